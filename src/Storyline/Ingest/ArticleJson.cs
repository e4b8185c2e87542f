using System.Globalization;
using System.Text.Json;
using Storyline.Articles;

namespace Storyline.Ingest;

/// <summary>Reads articles that arrive as JSON: one object, an array, or JSON Lines.</summary>
/// <remarks>
/// Fields: <c>id, title, text, published, source, url</c> (the dev-set format), plus <c>byline</c>
/// and <c>language</c> when present; any other field (such as a gold <c>story</c>) is ignored.
/// news-please's fields stand in when the standard ones are absent: <c>maintext</c> (or
/// <c>description</c>) for text, <c>date_publish</c>, <c>source_domain</c>, <c>authors</c>.
/// A bad line is reported by number and the rest are still read.
/// </remarks>
public static class ArticleJson
{
    /// <summary>Parses JSON Lines; each line yields an article or an error naming the line.</summary>
    public static IEnumerable<IngestItem> ReadLines(TextReader reader, string origin, IngestHints hints)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var where = $"{origin}:{number}";
            IngestItem item;
            try
            {
                using var json = JsonDocument.Parse(line);
                item = FromElement(json.RootElement, where, hints);
            }
            catch (JsonException e)
            {
                item = IngestItem.Failed(where, $"invalid JSON: {e.Message}");
            }
            yield return item;
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
    public static IngestItem FromElement(JsonElement element, string origin, IngestHints hints)
    {
        ArgumentNullException.ThrowIfNull(hints);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return IngestItem.Failed(origin, $"expected a JSON object, found {element.ValueKind}");
        }
        var text = (FirstOf(element, "text", "maintext") ?? String(element, "description"))?.Trim() ?? "";
        var title = String(element, "title")?.Trim() ?? "";
        if (text.Length == 0 && title.Length == 0)
        {
            return IngestItem.Failed(origin, "the article has neither \"title\" nor \"text\"");
        }
        DateTimeOffset? published = hints.Published;
        if (FirstOf(element, "published", "date_publish") is { Length: > 0 } raw)
        {
            if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return IngestItem.Failed(origin, $"\"published\" is not a date: '{raw}'");
            }
            published = parsed;
        }
        var id = String(element, "id") is { Length: > 0 } given ? given : ContentHashing.ShortId(ContentHashing.Of(title, text));
        return IngestItem.FromArticle(new Article
        {
            Id = id,
            Title = title,
            Text = text,
            Url = String(element, "url"),
            Byline = String(element, "byline") ?? Authors(element),
            Published = published,
            Source = String(element, "source") ?? String(element, "source_domain") ?? hints.Source,
            Language = String(element, "language"),
            Origin = origin,
        });
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
