using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Storyline.Ingest.Feeds;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds and OPML outlines, and tells them apart from pages by their first element.</summary>
/// <remarks>
/// XML is read with DTDs ignored and no resolver, so a hostile feed cannot reach files or the
/// network through entities. Dates keep the offset the feed wrote; RFC 822 dates with zone names
/// (<c>EST</c>, <c>GMT</c>) and a few common sloppy forms are accepted too. A feed that is not
/// well-formed only because of HTML entities (<c>&amp;nbsp;</c>) or bare ampersands, a common
/// fault of hand-made feeds, is repaired and read again.
/// </remarks>
public static partial class FeedReader
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
        var window = content[..Math.Min(content.Length, 4096)];
        var encoding = window switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => Encoding.UTF8,
        };
        var head = encoding.GetString(window);
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
                "rss" or "rdf" => FeedKind.Rss,
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
            return Read(xml, baseUrl);
        }
        catch (XmlException first) when (Repair(content.Span) is { } repaired)
        {
            try
            {
                using var xml = XmlReader.Create(new StringReader(repaired), Safe);
                return Read(xml, baseUrl);
            }
            catch (Exception e) when (IsFeedError(e))
            {
                return FeedOutcome.Failed($"malformed feed: {first.Message}");
            }
        }
        catch (Exception e) when (IsFeedError(e))
        {
            return FeedOutcome.Failed($"malformed feed: {e.Message}");
        }
    }

    private static bool IsFeedError(Exception e) =>
        e is XmlException or InvalidOperationException or FormatException or ArgumentException or System.Runtime.Serialization.SerializationException;

    private static FeedOutcome Read(XmlReader xml, Uri? baseUrl)
    {
        xml.MoveToContent();
        if (xml.LocalName == "RDF")
        {
            return ReadRdf(XDocument.Load(xml), baseUrl);
        }
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

    /// <summary>RSS 1.0: items are siblings of the channel, dates and authors come from Dublin Core.</summary>
    private static FeedOutcome ReadRdf(XDocument document, Uri? baseUrl)
    {
        static string? Child(XElement parent, string name) => Clean(parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value);
        var root = document.Root!;
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var entries = new List<FeedEntry>();
        foreach (var item in root.Elements().Where(e => e.Name.LocalName == "item"))
        {
            if (Resolve(Child(item, "link"), baseUrl) is not { } link)
            {
                continue;
            }
            var about = item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;
            DateTimeOffset? published = FeedDates.TryParse(Child(item, "date"), out var date) ? date : null;
            entries.Add(new FeedEntry(string.IsNullOrWhiteSpace(about) ? link.AbsoluteUri : about.Trim(), link, Child(item, "title"), published, Child(item, "creator")));
        }
        return new FeedOutcome(new Feed(channel is null ? null : Child(channel, "title"), entries), null);
    }

    /// <summary>The document with HTML named entities and bare ampersands made well-formed, or null when there is nothing to repair.</summary>
    private static string? Repair(ReadOnlySpan<byte> content)
    {
        var text = Decode(content);
        var repaired = LooseAmpersand().Replace(text, match =>
        {
            if (!match.Groups["name"].Success)
            {
                return "&amp;";
            }
            var decoded = WebUtility.HtmlDecode(match.Value);
            return decoded == match.Value ? "&amp;" + match.Groups["name"].Value + ";" : decoded;
        });
        return repaired == text ? null : repaired;
    }

    /// <summary>Decodes by byte order mark, then by the XML declaration's encoding, then as UTF-8.</summary>
    private static string Decode(ReadOnlySpan<byte> content)
    {
        using var reader = new StreamReader(new MemoryStream(content.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        if (Equals(reader.CurrentEncoding, Encoding.UTF8) && DeclaredEncoding().Match(text) is { Success: true } declared)
        {
            try
            {
                var encoding = Encoding.GetEncoding(declared.Groups[1].Value);
                if (!Equals(encoding, Encoding.UTF8))
                {
                    return encoding.GetString(content);
                }
            }
            catch (ArgumentException)
            {
                // An encoding this runtime does not know: UTF-8 is the best remaining guess.
            }
        }
        return text;
    }

    [GeneratedRegex(@"&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|(?:lt|gt|amp|quot|apos);)(?:(?<name>[A-Za-z][A-Za-z0-9]{1,31});)?", RegexOptions.CultureInvariant)]
    private static partial Regex LooseAmpersand();

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9._-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredEncoding();

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
        if (link is not null)
        {
            return Resolve(link.OriginalString, baseUrl);
        }
        // An RSS guid that is a permalink, or an Atom id that is a URL, still names the article; any other id does not.
        return Uri.TryCreate(item.Id?.Trim(), UriKind.Absolute, out var id) && !id.IsFile ? Resolve(id.AbsoluteUri, null) : null;
    }

    /// <summary>An absolute http(s) URL from a link as written, resolved against the feed's URL when relative.</summary>
    private static Uri? Resolve(string? link, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }
        if (!Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri) || uri.IsFile)
        {
            if (baseUrl is null || !Uri.TryCreate(baseUrl, link.Trim(), out uri))
            {
                return null;
            }
        }
        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri : null;
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
