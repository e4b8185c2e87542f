namespace Storyline.Clustering;

/// <summary>The headline words many sites put in an article's address (<c>/news/rihanna-cousin-shot-dead/</c>).</summary>
internal static class UrlSlug
{
    private const int MinWords = 3;
    // Site names run to a few words ("World news - RT International"); a headline of more is no site name.
    private const int MaxSiteTitleWords = 5;

    /// <summary>The words of the path segment that reads most like a headline, or "" when none has three words.</summary>
    public static string Words(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return "";
        }
        var best = Array.Empty<string>();
        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var dot = segment.LastIndexOf('.');
            var stem = dot > 0 ? segment[..dot] : segment;
            // Ids and hashes ("7162002", "3f087a38...") carry no words; real words hold at least two letters, or are "a" or "I".
            var words = Uri.UnescapeDataString(stem)
                .Split(['-', '_', '+'], StringSplitOptions.RemoveEmptyEntries)
                .Where(IsWord)
                .ToArray();
            if (words.Length > best.Length)
            {
                best = words;
            }
        }
        return best.Length >= MinWords ? string.Join(' ', best) : "";
    }

    /// <summary>
    /// The headline to read for an article: its title, or the words of its address when the title is missing or only
    /// names the site ("ABC News", "World news - RT International"), as crawls of failed pages often give.
    /// </summary>
    public static string Headline(string? title, string? url)
    {
        if (!string.IsNullOrWhiteSpace(title) && !NamesSiteOnly(title, url))
        {
            return title;
        }
        var slug = Words(url);
        return slug.Length > 0 ? slug : title ?? "";
    }

    /// <summary>
    /// Whether a title only names the site: it is short, some of its capitalised words spell a label of the address's
    /// host ("ABC News" on abcnews.go.com, "RT" on www.rt.com), and it shares no word with the address's slug, as a
    /// headline there would.
    /// </summary>
    public static bool NamesSiteOnly(string? title, string? url)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(url))
        {
            return false;
        }
        // The title's length first: most titles are longer than a site's name, and the address need not be parsed.
        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
            .Where(w => w.Length > 0)
            .ToArray();
        if (words.Length is 0 or > MaxSiteTitleWords || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        var labels = uri.Host.Split('.').SkipLast(1).Where(l => l.Length >= 2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var spellsHost = false;
        for (var start = 0; start < words.Length && !spellsHost; start++)
        {
            var run = "";
            for (var end = start; end < words.Length && char.IsUpper(words[end][0]); end++)
            {
                run += words[end];
                spellsHost |= labels.Contains(run);
            }
        }
        if (!spellsHost)
        {
            return false;
        }
        var slug = Words(url).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return !words.Any(slug.Contains);
    }

    private static bool IsWord(string part)
    {
        if (part is "a" or "A" or "i" or "I")
        {
            return true; // the one-letter words of English, which a headline read from the address keeps
        }
        var letters = part.Count(char.IsLetter);
        var digits = part.Count(char.IsDigit);
        return letters >= 2 && digits <= letters && !(digits > 0 && part.Length >= 8);
    }
}
