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
        return source.Contains('.', StringComparison.Ordinal) && Uri.CheckHostName(source) == UriHostNameType.Dns ? SiteOf("http://" + source) ?? source : source;
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
