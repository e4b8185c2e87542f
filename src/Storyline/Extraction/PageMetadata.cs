using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Storyline.Extraction;

/// <summary>What a page says about itself in meta tags, Open Graph, JSON-LD, <c>&lt;time&gt;</c>, bylines and links.</summary>
internal sealed partial record PageMetadata(string Title, string? Byline, DateTimeOffset? Published, string? Site, string? Url, string? DeclaredLanguage)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
        "BackgroundNewsArticle", "Report", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase) { "WebPage", "ItemPage" };

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>Reads the metadata of a parsed page; <paramref name="fetchUrl"/> is where it came from, when known.</summary>
    public static PageMetadata Read(IDocument page, string? fetchUrl)
    {
        var found = PageElements.Find(page);
        var ld = ReadJsonLd(found.LinkedData);
        var metas = found.Metas;
        string? Meta(string key) => metas.GetValueOrDefault(key);
        var baseUrl = fetchUrl ?? Absolute(Meta("og:url"), null);
        var url = Absolute(found.Canonical?.GetAttribute("href"), baseUrl)
            ?? Absolute(Meta("og:url"), fetchUrl) ?? Absolute(ld.Url, fetchUrl) ?? fetchUrl;
        var site = Clean(Meta("og:site_name")) ?? Clean(ld.Publisher) ?? Clean(Meta("application-name")) ?? HostName(url);
        var rawTitle = Clean(Meta("og:title")) ?? Clean(ld.Headline) ?? Clean(Meta("twitter:title"))
            ?? Clean(found.FirstHeading?.TextContent) ?? Clean(page.Title) ?? "";
        var title = Titles.StripSiteName(rawTitle, site);
        var published = ld.Published
            ?? PublicationDates.ParseMachine(Meta("article:published_time"))
            ?? PublicationDates.ParseMachine(found.DatePublished is { } dated ? dated.GetAttribute("content") ?? dated.GetAttribute("datetime") ?? ShortText(dated) : null)
            ?? FirstMeta(metas, "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time", "article:published", "article.published", "published_time")
            ?? PublicationDates.ParseMachine(found.Time?.GetAttribute("datetime"))
            ?? ld.PagePublished
            ?? ShownDate(found.Dated)
            ?? DateNearHeading(page, found.FirstHeading, title)
            ?? PublicationDates.ParseMachine(Meta("article:modified_time"));
        var byline = Clean(ld.Author) ?? PersonName(Meta("author")) ?? PersonName(Meta("article:author"))
            ?? PersonName(Meta("sailthru.author")) ?? PersonName(Meta("parsely-author")) ?? BylineFromPage(found.Bylines);
        var language = LanguageDeclared(Clean(page.DocumentElement?.GetAttribute("lang")), Clean(Meta("og:locale")) ?? Clean(Meta("content-language")));
        return new PageMetadata(title, byline, published, site, url, language);
    }

    // The page's own language; a locale in the metadata adds the region when it is of the same language
    // (<html lang="en"> with og:locale "en_GB" is British English).
    private static string? LanguageDeclared(string? lang, string? locale)
    {
        if (lang is null || locale is null)
        {
            return lang ?? locale;
        }
        var sameLanguage = locale.Length > lang.Length && locale.StartsWith(lang, StringComparison.OrdinalIgnoreCase) && locale[lang.Length] is '-' or '_';
        return sameLanguage ? locale : lang;
    }

    // The first date a reader sees under the headline in an element marked as one ("<span class=\"article-publish-date\">
    // November 19, 2019, 9:02 AM</span>", "<time>March 3, 2021</time>"), else the first above it; a long text is a
    // container or a list, not a dateline.
    private static DateTimeOffset? ShownDate(List<(IElement Element, bool AfterHeading)> dated) =>
        ShownDate(dated, afterHeading: true) ?? ShownDate(dated, afterHeading: false);

    private static DateTimeOffset? ShownDate(List<(IElement Element, bool AfterHeading)> dated, bool afterHeading)
    {
        foreach (var (element, after) in dated)
        {
            if (after == afterHeading && PublicationDates.FindInText(ShortText(element)) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    // A short line of text just under the headline, or just above it, that holds a date: "Written by Jo Reyes on November
    // 14, 2019", "publiziert am 30. Juli 2018", "기사입력 :[ 2018-08-25 15:24 ]". Pages that mark their date nowhere
    // still show it there; lines under the headline are read first, and prose (a long line) is skipped. The headline is
    // the first h1, or on pages without one the first line that reads as the title.
    private static DateTimeOffset? DateNearHeading(IDocument page, IElement? heading, string title)
    {
        if (page.Body is not { } body || (heading is null && title.Length == 0))
        {
            return null;
        }
        var above = new Queue<string>();
        var passed = false;
        var below = 0;
        foreach (var node in body.GetDescendants())
        {
            if (node is not IText text || node.ParentElement is { LocalName: "script" or "style" or "noscript" or "template" })
            {
                continue;
            }
            if (heading?.Contains(node) == true)
            {
                passed = true;
                continue;
            }
            if (Clean(text.Data) is not { Length: <= MaxDatelineCharacters } line)
            {
                continue;
            }
            if (!passed)
            {
                passed = heading is null && line == title;
                if (!passed)
                {
                    above.Enqueue(line);
                    if (above.Count > LinesNearHeading)
                    {
                        above.Dequeue();
                    }
                }
                continue;
            }
            if (PublicationDates.FindInText(line) is { } date)
            {
                return date;
            }
            if (++below == LinesNearHeading)
            {
                break;
            }
        }
        return passed ? above.Reverse().Select(PublicationDates.FindInText).FirstOrDefault(d => d is not null) : null;
    }

    private const int LinesNearHeading = 8;

    private static string? ShortText(IElement element)
    {
        // Markup indents: the raw text may be several times the length of what a reader sees.
        var raw = element.TextContent;
        var text = raw.Length <= 5 * MaxDatelineCharacters ? Clean(raw) : null;
        return text?.Length <= MaxDatelineCharacters ? text : null;
    }

    private const int MaxDatelineCharacters = 80;

    private static DateTimeOffset? FirstMeta(Dictionary<string, string> metas, params string[] names)
    {
        foreach (var name in names)
        {
            if (PublicationDates.ParseMachine(metas.GetValueOrDefault(name)) is { } date)
            {
                return date;
            }
        }
        return null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = Whitespace().Replace(System.Net.WebUtility.HtmlDecode(value), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? PersonName(string? value)
    {
        var text = Clean(value);
        if (text is null || text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.Length > 120)
        {
            return null;
        }
        return Bylines.Strip(text);
    }

    private static string? BylineFromPage(List<IElement> candidates)
    {
        foreach (var element in candidates)
        {
            if (Bylines.Strip(Clean(element.TextContent)) is { Length: > 2 and < 100 } name)
            {
                return name;
            }
        }
        return null;
    }

    private static string? HostName(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host)
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : null;

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        var trimmed = href.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.ToString();
        }
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var root) && Uri.TryCreate(root, trimmed, out var resolved))
        {
            return resolved.ToString();
        }
        return null;
    }

    // PagePublished is the date of the web page that holds the article (schema.org WebPage), for sites that date the page only.
    private sealed record LinkedData(string? Headline, string? Author, DateTimeOffset? Published, string? Publisher, string? Url, DateTimeOffset? PagePublished);

    private static LinkedData ReadJsonLd(List<IElement> scripts)
    {
        var found = new LinkedData(null, null, null, null, null, null);
        foreach (var script in scripts)
        {
            var json = script.TextContent;
            if (json.Length is 0 or > 2_000_000)
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(json, JsonOptions);
                foreach (var item in Items(doc.RootElement, 0))
                {
                    if (!IsOfType(item, ArticleTypes))
                    {
                        if (found.PagePublished is null && IsOfType(item, PageTypes))
                        {
                            found = found with { PagePublished = PublicationDates.ParseMachine(Str(item, "datePublished")) };
                        }
                        continue;
                    }
                    found = found with
                    {
                        Headline = found.Headline ?? Str(item, "headline") ?? Str(item, "name"),
                        Author = found.Author ?? Names(item, "author"),
                        Published = found.Published ?? PublicationDates.ParseMachine(Str(item, "datePublished")) ?? PublicationDates.ParseMachine(Str(item, "dateCreated")),
                        Publisher = found.Publisher ?? Names(item, "publisher"),
                        Url = found.Url ?? Str(item, "url") ?? IdOf(item, "mainEntityOfPage"),
                    };
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the rest of the page still counts.
            }
        }
        return found;
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Items(item, depth + 1))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
            {
                foreach (var inner in Items(graph, depth + 1))
                {
                    yield return inner;
                }
            }
            if (element.TryGetProperty("mainEntity", out var main))
            {
                foreach (var inner in Items(main, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsOfType(JsonElement item, HashSet<string> types)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            return false;
        }
        return type.ValueKind switch
        {
            JsonValueKind.String => types.Contains(type.GetString() ?? ""),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && types.Contains(t.GetString() ?? "")),
            _ => false,
        };
    }

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    private static string? IdOf(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "@id") ?? Str(value, "url"),
            _ => null,
        };
    }

    /// <summary>The name(s) in a person/organisation property: a string, an object with name, or an array of them.</summary>
    private static string? Names(JsonElement item, string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }
        var names = new List<string>();
        void Add(JsonElement v)
        {
            if (v.ValueKind == JsonValueKind.String && PersonName(v.GetString()) is { } s)
            {
                names.Add(s);
            }
            else if (v.ValueKind == JsonValueKind.Object && Str(v, "name") is { } n && PersonName(n) is { } p)
            {
                names.Add(p);
            }
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in value.EnumerateArray().Take(10))
            {
                Add(v);
            }
        }
        else
        {
            Add(value);
        }
        return names.Count == 0 ? null : string.Join(", ", names.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Bylines as pages write them: "By Jane Doe", "By. Jane Doe", "Jane Doe, Reuters".</summary>
internal static partial class Bylines
{
    /// <summary>The name(s) in a byline, without the "By" and trailing role words; null when nothing is left.</summary>
    public static string? Strip(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }
        var text = ByPrefix().Replace(byline.Trim(), "");
        // "Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019": the byline element also holds the dateline.
        text = TrailingDateline().Replace(text, "").Trim(' ', ',', '|', '-', '·');
        return text.Length == 0 ? null : text;
    }

    /// <summary>The name in a line that is a byline ("By Jane Doe", "By. Hyo Jin Kim", "Written by ...", "Author: ..."), or null.</summary>
    public static string? FromLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        var match = BylineLine().Match(trimmed);
        // "By Monday, officials had left." is a sentence, not a byline.
        if (!match.Success || trimmed.EndsWith('.') && !trimmed.EndsWith(" Jr.", StringComparison.Ordinal))
        {
            return null;
        }
        // "By Jane Doe November 19, 2019" — a date after the name is not part of it.
        var name = TrailingDate().Replace(match.Groups["name"].Value, "").Trim(' ', ',', '|');
        return name.Length == 0 ? null : name;
    }

    [GeneratedRegex(@"\s+(?:Updated|Published|Posted)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDateline();

    [GeneratedRegex(@"\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Updated|Published|Posted)\b.*$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"^(?:(?:written\s+)?by|por|par|von|di|door|av|przez|oleh|від|от|(?:authors?|autor(?:in)?|auteur|reporter|penulis)\s*:)[\s.:]+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"^(?i:(?:(?:written|reported|posted)\s+)?by[.:]?|(?:authors?|autor(?:in)?|auteur|reporter|penulis)\s*:)\s+(?<name>[\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|and|&|de|van|von|da|bin|al-?[\p{L}]*)){0,6}(?:\s*,\s*[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3})*)(?:\s*[|,·\-–]?\s+.{0,60})?$", RegexOptions.None)]
    private static partial Regex BylineLine();
}

/// <summary>Page titles without the site name that pages append or prepend.</summary>
internal static class Titles
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / "];

    /// <summary>Removes a " - Site" / "Site | " part: the part naming the site, or a short part beside a much longer one.</summary>
    public static string StripSiteName(string title, string? site)
    {
        foreach (var separator in Separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
            {
                continue;
            }
            var last = parts[^1].Trim();
            var first = parts[0].Trim();
            if (NamesSite(last, site) || (WordCount(last) <= 4 && WordCount(title) - WordCount(last) >= 4 && parts.Length == 2))
            {
                return string.Join(separator, parts[..^1]).Trim();
            }
            if (NamesSite(first, site))
            {
                return string.Join(separator, parts[1..]).Trim();
            }
        }
        return title;
    }

    private static bool NamesSite(string part, string? site)
    {
        if (string.IsNullOrEmpty(site) || part.Length == 0)
        {
            return false;
        }
        static string Squash(string s) => new([.. s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        var a = Squash(part);
        var b = Squash(site);
        return a.Length > 0 && b.Length > 0 && (a == b || a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
