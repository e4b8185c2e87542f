using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Extraction;
using Storyline.Text.Language;

namespace Storyline.Ingest;

/// <summary>The outcome of reading one line of an articles JSON Lines file, with the gold label when it carries one.</summary>
/// <param name="LineNumber">1-based line number in the input.</param>
/// <param name="Article">The article, or null when the line is bad.</param>
/// <param name="Error">Why the line is bad, or null.</param>
/// <param name="Story">The <c>story</c> label when the line carries one (gold data for tests and benchmarks); the pipeline never reads it.</param>
public sealed record ArticleLine(int LineNumber, Article? Article, string? Error, string? Story = null)
{
    public bool Succeeded => Article is not null;

    /// <summary>What was wrong with a line that was still read (a date that could not be read), or null.</summary>
    public string? Warning { get; init; }
}

/// <summary>Reads articles that arrive as JSON: one object, an array, or JSON Lines.</summary>
/// <remarks>
/// Fields: <c>id, title, text, published, source, url</c> (the dev-set format), plus <c>byline</c>
/// and <c>language</c> when present; any other field (such as a gold <c>story</c>) is ignored.
/// news-please's fields stand in when the standard ones are absent: <c>maintext</c> (or
/// <c>description</c>) for text, <c>date_publish</c>, <c>source_domain</c>, <c>authors</c>.
/// A bad line is reported by number and the rest are still read; a known field of the wrong JSON
/// type (an array for <c>text</c>, say) makes the line bad rather than silently empty.
/// </remarks>
public static class ArticleJson
{
    private static readonly string[] TextFields = ["id", "title", "text", "maintext", "description", "published", "date_publish", "source", "source_domain", "url", "byline", "language"];

    /// <summary>Reads JSON Lines as labelled articles: the reader the <c>cluster</c> command, the quality gates and the benchmarks share.</summary>
    /// <remarks>
    /// Unlike ingest, a line with neither title nor text is kept as an (empty) article, and one whose date cannot be read
    /// as an undated article with a <see cref="ArticleLine.Warning"/>, so that every id of a stream gets a story.
    /// </remarks>
    public static IEnumerable<ArticleLine> ReadLabelled(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLabelledLines(reader);
    }

    /// <summary>Reads the JSON Lines file at <paramref name="path"/> (gzipped when it ends in <c>.gz</c>; standard input for <c>-</c>) as labelled articles.</summary>
    public static IEnumerable<ArticleLine> ReadLabelledFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path == "-" ? ReadLabelledLines(Console.In) : ReadLabelledFileLines(path);
    }

    private static IEnumerable<ArticleLine> ReadLabelledFileLines(string path)
    {
        using var reader = new StreamReader(InputReader.OpenDecompressed(path), Encoding.UTF8);
        foreach (var line in ReadLabelledLines(reader))
        {
            yield return line;
        }
    }

    private static IEnumerable<ArticleLine> ReadLabelledLines(TextReader reader) =>
        ParseLines(
            reader,
            (number, element) => FromElement(element, $"line {number}", IngestHints.None, strict: false) is var item && item.Article is not null
                ? new ArticleLine(number, item.Article, null, Label(element)) { Warning = UnreadDate(element, item.Article) }
                : new ArticleLine(number, null, item.Error),
            (number, error) => new ArticleLine(number, null, error));

    private static string? Label(JsonElement element) => String(element, "story");

    // A stream to cluster keeps a report whose date cannot be read (undated, with a warning): every id gets its story.
    private static string? UnreadDate(JsonElement element, Article article) =>
        article.Published is null && PublishedText(element) is { } raw ? NotADate(raw) : null;

    private static string NotADate(string raw) => $"\"published\" is not a date: '{raw}'";

    private static string? PublishedText(JsonElement element) => FirstOf(element, "published", "date_publish");

    /// <summary>Parses JSON Lines; each line yields an article or an error naming the line.</summary>
    public static IEnumerable<IngestItem> ReadLines(TextReader reader, string origin, IngestHints hints)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ParseLines(
            reader,
            (number, element) => FromElement(element, $"{origin}:{number}", hints),
            (number, error) => IngestItem.Failed($"{origin}:{number}", error));
    }

    /// <summary>One result per non-blank line: the parsed object handed to <paramref name="parsed"/>, or why the line is not JSON.</summary>
    private static IEnumerable<T> ParseLines<T>(TextReader reader, Func<int, JsonElement, T> parsed, Func<int, string, T> invalid)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            T result;
            try
            {
                using var json = JsonDocument.Parse(line);
                result = parsed(number, json.RootElement);
            }
            catch (JsonException e)
            {
                result = invalid(number, $"invalid JSON: {e.Message}");
            }
            yield return result;
        }
    }

    /// <summary>Parses a JSON document holding one article object or an array of them.</summary>
    public static IReadOnlyList<IngestItem> ReadDocument(string json, string origin, IngestHints hints)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select((e, i) => FromElement(e, $"{origin}[{i}]", hints)).ToList()
                : [FromElement(root, origin, hints)];
        }
        catch (JsonException e)
        {
            return [IngestItem.Failed(origin, $"invalid JSON: {e.Message}")];
        }
    }

    /// <summary>Maps one JSON object to an article, or explains why it is not one.</summary>
    /// <param name="strict">
    /// Whether an object must be fit to store (ingest): one with neither title nor text is refused, as is one whose date
    /// cannot be read, rather than stored undated. Otherwise (a stream to cluster, where every id gets its story) both are
    /// kept, the second undated.
    /// </param>
    public static IngestItem FromElement(JsonElement element, string origin, IngestHints hints, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(hints);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return IngestItem.Failed(origin, $"expected a JSON object, found {element.ValueKind}");
        }
        if (TextFields.FirstOrDefault(f => element.TryGetProperty(f, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null)) is { } wrong)
        {
            return IngestItem.Failed(origin, $"\"{wrong}\" must be a string, not {element.GetProperty(wrong).ValueKind.ToString().ToLowerInvariant()}");
        }
        var text = Decoded(FirstOf(element, "text", "maintext") ?? String(element, "description"));
        var title = Decoded(String(element, "title"));
        if (strict && text.Length == 0 && title.Length == 0)
        {
            return IngestItem.Failed(origin, "the article has neither \"title\" nor \"text\"");
        }
        DateTimeOffset? published = hints.Published;
        if (PublishedText(element) is { } raw)
        {
            var parsed = ParseDate(raw);
            if (parsed is null && strict)
            {
                return IngestItem.Failed(origin, NotADate(raw));
            }
            published = parsed ?? published;
        }
        var id = String(element, "id") is { Length: > 0 } given ? given : ContentHashing.ShortId(ContentHashing.Of(title, text));
        return IngestItem.FromArticle(new Article
        {
            Id = id,
            Title = title,
            Text = text,
            Url = FirstOf(element, "url"),
            Byline = String(element, "byline") ?? Authors(element),
            Published = published,
            Source = Outlets.Of(FirstOf(element, "source", "source_domain") ?? hints.Source, FirstOf(element, "url")),
            // Most feeds and dumps carry no language; tokens, stems and stop words depend on it downstream.
            Language = String(element, "language") ?? LanguageIdentifier.Identify(title, text).Code,
            Origin = origin,
        });
    }

    // A JSON article's title and text are plain text, yet exports of scraped pages often keep the page's character
    // references ("&amp;", "&#124;"); read as they stand, "amp" would be a word of the article.
    private static string Decoded(string? value) => value is null ? "" : WebUtility.HtmlDecode(value).Trim();

    /// <summary>Reads a publication date as feeds and exports write it: ISO 8601 and the like, a written date
    /// ("21 January 2024", "21/01/2024"), or Unix time in seconds or milliseconds.</summary>
    internal static DateTimeOffset? ParseDate(string raw)
    {
        var text = raw.Trim();
        if (text.Length is >= 9 and <= 13 && text.All(char.IsAsciiDigit))
        {
            var number = long.Parse(text, CultureInfo.InvariantCulture);
            var epoch = text.Length >= 12 ? DateTimeOffset.FromUnixTimeMilliseconds(number) : DateTimeOffset.FromUnixTimeSeconds(number);
            return epoch.Year is >= 1990 and <= 2100 ? epoch : null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : PublicationDates.ParseMachine(text);
    }

    /// <summary>The first of the named fields that holds non-blank text.</summary>
    private static string? FirstOf(JsonElement element, params string[] names) =>
        names.Select(n => String(element, n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Authors(JsonElement element)
    {
        if (!element.TryGetProperty("authors", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var names = value.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!.Trim()).Where(a => a.Length > 0).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
