namespace Storyline.Clustering;

/// <summary>The headline words many sites put in an article's address (<c>/news/rihanna-cousin-shot-dead/</c>).</summary>
internal static class UrlSlug
{
    private const int MinWords = 3;

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
