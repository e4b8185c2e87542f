using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Storyline.Ingest.Feeds;

/// <summary>Reads RSS 2.0 and Atom 1.0 feeds and OPML outlines, and tells them apart from pages by their first element.</summary>
/// <remarks>
/// XML is read with DTDs ignored and no resolver, so a hostile feed cannot reach files or the
/// network through entities. Dates keep the offset the feed wrote; RFC 822 dates with zone names
/// (<c>EST</c>, <c>GMT</c>) and a few common sloppy forms are accepted too.
/// </remarks>
public static class FeedReader
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>What the document is, judged from its first element only, so a page that merely mentions <c>&lt;rss</c> stays a page.</summary>
    public static FeedKind Sniff(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 4096)]).Replace("\0", "", StringComparison.Ordinal);
        var i = 0;
        while (true)
        {
            while (i < head.Length && (char.IsWhiteSpace(head[i]) || head[i] == '\uFEFF'))
            {
                i++;
            }
            if (i >= head.Length || head[i] != '<')
            {
                return FeedKind.None;
            }
            var rest = head.AsSpan(i);
            if (rest.StartsWith("<?") || rest.StartsWith("<!--"))
            {
                var close = rest.StartsWith("<?") ? "?>" : "-->";
                var end = head.IndexOf(close, i, StringComparison.Ordinal);
                if (end < 0)
                {
                    return FeedKind.None;
                }
                i = end + close.Length;
                continue;
            }
            var name = new string(rest[1..].ToString().TakeWhile(c => char.IsLetterOrDigit(c) || c is ':' or '-' or '_').ToArray());
            var local = name.Contains(':', StringComparison.Ordinal) ? name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..] : name;
            return local.ToLowerInvariant() switch
            {
                "rss" => FeedKind.Rss,
                "feed" => FeedKind.Atom,
                "opml" => FeedKind.Opml,
                _ => FeedKind.None,
            };
        }
    }

    /// <summary>Reads an RSS or Atom feed; relative links are resolved against <paramref name="baseUrl"/>.</summary>
    public static FeedOutcome ReadFeed(ReadOnlyMemory<byte> content, Uri? baseUrl = null)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var xml = XmlReader.Create(stream, Safe);
            xml.MoveToContent();
            SyndicationFeedFormatter formatter = xml.LocalName == "feed" ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
            formatter.DateTimeParser = ParseDate;
            if (!formatter.CanRead(xml))
            {
                return FeedOutcome.Failed($"not an RSS 2.0 or Atom 1.0 feed (root element <{xml.Name}>)");
            }
            formatter.ReadFrom(xml);
            var feed = formatter.Feed;
            var entries = new List<FeedEntry>();
            foreach (var item in feed.Items)
            {
                if (LinkOf(item, baseUrl ?? feed.BaseUri) is not { } link)
                {
                    continue;
                }
                DateTimeOffset? published = item.PublishDate != default ? item.PublishDate
                    : item.LastUpdatedTime != default ? item.LastUpdatedTime : null;
                var key = string.IsNullOrWhiteSpace(item.Id) ? link.AbsoluteUri : item.Id.Trim();
                entries.Add(new FeedEntry(key, link, Clean(item.Title?.Text), published, AuthorOf(item)));
            }
            return new FeedOutcome(new Feed(Clean(feed.Title?.Text), entries), null);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or FormatException or ArgumentException or System.Runtime.Serialization.SerializationException)
        {
            return FeedOutcome.Failed($"malformed feed: {e.Message}");
        }
    }

    /// <summary>The feed URLs an OPML outline lists (the <c>xmlUrl</c> of every outline, nested ones included).</summary>
    public static IReadOnlyList<Uri> ReadOutline(ReadOnlyMemory<byte> content, out string? error)
    {
        error = null;
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var xml = XmlReader.Create(stream, Safe);
            var document = XDocument.Load(xml);
            if (document.Root?.Name.LocalName != "opml")
            {
                error = "not an OPML document";
                return [];
            }
            return document.Descendants()
                .Where(e => e.Name.LocalName == "outline")
                .Select(e => (string?)e.Attribute("xmlUrl"))
                .Select(u => Uri.TryCreate(u?.Trim(), UriKind.Absolute, out var uri) ? uri : null)
                .OfType<Uri>()
                .Distinct()
                .ToList();
        }
        catch (XmlException e)
        {
            error = $"malformed OPML: {e.Message}";
            return [];
        }
    }

    /// <summary>Feed URLs from a plain list: one per line, blank lines and <c>#</c> comments skipped.</summary>
    public static IReadOnlyList<Uri> ReadList(string text, out IReadOnlyList<string> rejected)
    {
        ArgumentNullException.ThrowIfNull(text);
        var urls = new List<Uri>();
        var bad = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (Uri.TryCreate(line, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                urls.Add(uri);
            }
            else
            {
                bad.Add(line);
            }
        }
        rejected = bad;
        return urls;
    }

    private static Uri? LinkOf(SyndicationItem item, Uri? baseUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
        // An RSS guid that is a permalink, or an Atom id that is a URL, still names the article.
        if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var id))
        {
            link = id;
        }
        if (link is null)
        {
            return null;
        }
        if (!link.IsAbsoluteUri)
        {
            if (baseUrl is null || !Uri.TryCreate(baseUrl, link, out var resolved))
            {
                return null;
            }
            link = resolved;
        }
        return link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps ? link : null;
    }

    private static string? AuthorOf(SyndicationItem item)
    {
        var names = item.Authors.Select(a => Clean(a.Name) ?? Clean(a.Email)).OfType<string>().ToList();
        if (names.Count == 0)
        {
            names.AddRange(item.ElementExtensions.ReadElementExtensions<string>("creator", DublinCore).Select(Clean).OfType<string>());
        }
        return names.Count == 0 ? null : string.Join(", ", names.Distinct());
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // An unreadable date leaves the entry undated rather than losing the whole feed, which is what failing here would do.
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        if (!FeedDates.TryParse(data.DateTimeString, out value))
        {
            value = default;
        }
        return true;
    }
}
