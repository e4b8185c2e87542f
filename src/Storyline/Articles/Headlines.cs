using Storyline.Text.Entities;

namespace Storyline.Articles;

/// <summary>Headlines as written by outlets, read for what they say.</summary>
public static class Headlines
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — "];

    private static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "News", "Times", "Post", "Daily", "Herald", "Journal", "Tribune", "Wire", "Online", "Today", "Press", "Magazine",
        "Network", "Gazette", "Telegraph", "Express", "Mail", "Standard", "Observer", "Insider", "Reporter", "Weekly",
        "Chronicle", "Courier", "Globe", "Independent", "Mirror", "Radio", "TV", "Media",
    };

    /// <summary>
    /// A headline without the outlet a syndicated or copied title still carries at its end ("... Happened - IndieWire",
    /// "... app store | Reuters", "... - BBC News"): the article's own outlet, one word shaped as a body's name, or a few
    /// capitalised words ending as outlets' names do; not a speaker ("... - Mattis"). What is left must still read as a
    /// headline of four words or more.
    /// </summary>
    public static string WithoutOutlet(string title, string? source, string? url)
    {
        ArgumentNullException.ThrowIfNull(title);
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var head = title[..at].TrimEnd();
            var tail = title[(at + separator.Length)..].Trim();
            var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var named = words.Length is >= 1 and <= 4 && words.All(w => char.IsUpper(w[0]) || (w is "of" or "the" or "and" or "&" && w != words[0]))
                && (Outlets.IsOwnName(source, url, tail)
                    || (words.Length == 1 && IsOutletShaped(words[0]))
                    || OutletWords.Contains(words[^1]));
            if (named && head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
            {
                return head;
            }
        }
        return title;
    }

    // One word that names a body, not a speaker ("... - Mattis"): in capitals ("CNN"), capitalised inside ("IndieWire",
    // "TechCrunch"), or a known organisation ("Reuters").
    private static bool IsOutletShaped(string word) =>
        word.Length >= 2 && word.All(char.IsLetter)
        && (word.All(char.IsUpper) || word.Skip(1).Any(char.IsUpper) || Gazetteer.Lookup(word) is { Type: EntityType.Organization });
}
