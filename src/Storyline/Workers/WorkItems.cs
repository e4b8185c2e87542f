using System.Text.Json;
using Storyline.Articles;
using Storyline.Ingest;

namespace Storyline.Workers;

/// <summary>How queued inputs and extracted articles are written into <c>work_items</c> rows.</summary>
/// <remarks>
/// An input travels whole (a raw document's bytes included) so that a worker on another machine,
/// without the files, can extract it.
/// </remarks>
internal static class WorkItems
{
    /// <summary>Stream-order keys every worker given the same inputs agrees on: the origin, and its occurrence within the stream.</summary>
    public static IEnumerable<(string Key, IngestItem Item)> Keyed(IEnumerable<IngestItem> items)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var n = occurrences.TryGetValue(item.Origin, out var seen) ? seen + 1 : 0;
            occurrences[item.Origin] = n;
            yield return (n == 0 ? item.Origin : $"{item.Origin}#{n}", item);
        }
    }

    public static byte[] EncodeInput(IngestItem item)
    {
        var input = item switch
        {
            { Document: { } d } => new QueuedInput(
                Format: d.Format, Content: d.Content.ToArray(), Url: d.Url, ContentType: d.ContentType, Published: d.Published,
                Source: d.Source, Title: d.Title, Byline: d.Byline, Fetched: d.Fetched),
            { Article: { } a } => new QueuedInput(Article: a),
            _ => new QueuedInput(Error: item.Error),
        };
        return JsonSerializer.SerializeToUtf8Bytes(input);
    }

    /// <exception cref="JsonException">The row was not written by <see cref="EncodeInput"/>.</exception>
    public static IngestItem DecodeInput(string origin, byte[] bytes)
    {
        var input = JsonSerializer.Deserialize<QueuedInput>(bytes) ?? throw new JsonException("an empty work item");
        if (input.Article is { } article)
        {
            return IngestItem.FromArticle(article);
        }
        if (input.Content is { } content && input.Format is { } format)
        {
            return IngestItem.FromDocument(new RawDocument(origin, content, format)
            {
                Url = input.Url,
                ContentType = input.ContentType,
                Published = input.Published,
                Source = input.Source,
                Title = input.Title,
                Byline = input.Byline,
                Fetched = input.Fetched,
            });
        }
        return IngestItem.Failed(origin, input.Error ?? "an empty work item");
    }

    public static string EncodeArticle(Article article) => JsonSerializer.Serialize(article);

    /// <exception cref="JsonException">The row was not written by <see cref="EncodeArticle"/>.</exception>
    public static Article DecodeArticle(string json) => JsonSerializer.Deserialize<Article>(json) ?? throw new JsonException("an empty article");

    private sealed record QueuedInput(
        DocumentFormat? Format = null,
        byte[]? Content = null,
        string? Url = null,
        string? ContentType = null,
        DateTimeOffset? Published = null,
        string? Source = null,
        string? Title = null,
        string? Byline = null,
        DateTimeOffset? Fetched = null,
        Article? Article = null,
        string? Error = null);
}

/// <summary>The states of a work item, as stored in <c>work_items.status</c>.</summary>
internal enum WorkStatus : short
{
    Pending = 0,
    Extracted = 1,
    Failed = 2,
    Assigned = 3,
}
