namespace Storyline.Articles;

/// <summary>Who published an article, named and counted one way everywhere: lists, story views, counts.</summary>
public static class Outlets
{
    /// <summary>The name given to the articles whose outlet nothing tells.</summary>
    public const string Unknown = "unknown";

    /// <summary>The article's outlet as shown: its source label, else the site of its address, else <see cref="Unknown"/>.</summary>
    public static string Name(Article article) => Name(article.Source, article.Url);

    /// <summary>What tells outlets apart when counting them: the outlet's name, or the article itself when its outlet is unknown.</summary>
    /// <remarks>
    /// Two reports of unknown origin that are not copies of each other (copies are found apart from this) are taken as
    /// two sources: a folder of plain-text dumps names no outlet at all, and counting it as one source would say its
    /// reports never corroborate one another. Compare keys ignoring case.
    /// </remarks>
    public static string Key(Article article) =>
        Name(article) is var name && name != Unknown ? name : "article:" + article.Id;

    /// <inheritdoc cref="Name(Article)"/>
    public static string Name(string? source, string? url) => Of(source, url) ?? Unknown;

    /// <summary>The outlet as ingest stores it: the source label, else the site of the address, else null.</summary>
    /// <remarks>A label that is itself a host name ("www.NPR.org") is written as a site is ("npr.org").</remarks>
    public static string? Of(string? source, string? url)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return SiteOf(url);
        }
        source = source.Trim();
        return IsSite(source) ? SiteOf("http://" + source) ?? source : source;
    }

    /// <summary>Whether <paramref name="name"/> is the article's outlet naming itself ("Photo: Left Bank Daily", "a Metro Courier reader").</summary>
    /// <remarks>
    /// Compared on letters and digits alone, ignoring case, a leading "The" and a company's trailing "Publishing",
    /// "Media", "Group" and the like, with the source label and with the first part of the site ("leftbankdaily" of
    /// leftbankdaily.com.ua).
    /// </remarks>
    public static bool IsOwnName(Article article, string name)
    {
        ArgumentNullException.ThrowIfNull(article);
        return IsOwnName(article.Source, article.Url, name);
    }

    /// <summary>Whether <paramref name="name"/> is the outlet of an article with this source label and address naming itself.</summary>
    /// <inheritdoc cref="IsOwnName(Article, string)" path="/remarks"/>
    public static bool IsOwnName(string? source, string? url, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Folded(name);
        if (key.Length == 0)
        {
            return false;
        }
        bool Names(string? outlet) => outlet is not null && Folded(IsSite(outlet) ? outlet.Split('.')[0] : outlet) == key;
        return Names(Of(source, null)) || Names(SiteOf(url));
    }

    private static bool IsSite(string outlet) => outlet.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(outlet) == UriHostNameType.Dns;

    private static readonly HashSet<string> CompanyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Publishing", "Publications", "Publishers", "Media", "Group", "Company", "Co", "Corporation", "Corp", "Inc", "Ltd", "LLC",
        "plc", "Holdings", "Newspapers", "GmbH", "AG", "SA",
    };

    // A name's words without a leading "The" and trailing company words, letters and digits only, in lower case.
    private static string Folded(string name)
    {
        var words = name.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0].Equals("The", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && CompanyWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Concat(words.SelectMany(w => w.Where(char.IsLetterOrDigit))).ToLowerInvariant();
    }

    /// <summary>The host of an absolute address, lower case and without a leading "www.", or null.</summary>
    public static string? SiteOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
