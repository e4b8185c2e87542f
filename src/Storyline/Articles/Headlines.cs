using System.Text.RegularExpressions;
using Storyline.Text.Entities;

namespace Storyline.Articles;

/// <summary>Headlines as written by outlets, read for what they say.</summary>
public static partial class Headlines
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

    /// <summary>How many words a headline made from a report's lead keeps at most.</summary>
    public const int MaxLeadWords = 25;

    /// <summary>
    /// A headline made from a report's lead sentence, for a report that has no title: the sentence up to the first clause
    /// that attributes, qualifies or adds to it (", police said", ", his spokesman said saturday, despite ...", ", which
    /// ...", " — "), once at least eight words stand before it, and at most <see cref="MaxLeadWords"/> words (a few more
    /// are spared), cut at a word with an ellipsis beyond that; without its closing full stop, as headlines are written.
    /// </summary>
    public static string FromLead(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        foreach (Match boundary in ClauseBoundary().Matches(text))
        {
            var words = Words(text[..boundary.Index]).Length;
            if (words > MaxLeadWords)
            {
                break;
            }
            if (words >= 8 && !InsideBrackets(text.AsSpan(0, boundary.Index)))
            {
                text = text[..boundary.Index];
                break;
            }
        }
        text = text.TrimEnd().TrimEnd('.').TrimEnd();
        var all = Words(text);
        return all.Length <= MaxLeadWords + LeadWordsSpared ? text : string.Join(' ', all[..MaxLeadWords]).TrimEnd(',', ';', ':') + "…";
    }

    // A lead a few words over the limit is kept whole rather than cut just before its end.
    private const int LeadWordsSpared = 7;

    // Whether a bracket opened before the end of the text is still open there: a cut there would leave it open.
    private static bool InsideBrackets(ReadOnlySpan<char> text) => text.Count('(') > text.Count(')');

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Where a clause that attributes, qualifies or adds to a lead begins.
    [GeneratedRegex(@",\s+(?:[\p{L}.'’-]+\s+){0,5}(?:said|says|reported|reports|announced|confirmed|told)\b|,\s+(?:which|who|whose|where|after|as|while|despite|according to|but|although|though|because|amid|in what|saying|prompting|sparking|leaving|including)\s|\s[—–]\s|;\s", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();

    // One word that names a body, not a speaker ("... - Mattis"): in capitals ("CNN"), capitalised inside ("IndieWire",
    // "TechCrunch"), or a known organisation ("Reuters").
    private static bool IsOutletShaped(string word) =>
        word.Length >= 2 && word.All(char.IsLetter)
        && (word.All(char.IsUpper) || word.Skip(1).Any(char.IsUpper) || Gazetteer.Lookup(word) is { Type: EntityType.Organization });
}
