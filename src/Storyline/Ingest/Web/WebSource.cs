using System.Threading.Channels;
using Storyline.Ingest.Feeds;

namespace Storyline.Ingest.Web;

/// <summary>Turns URLs, feeds and outlines of feeds into ingest items, yielded as their fetches complete.</summary>
/// <remarks>
/// A URL is fetched and judged by its content: an RSS or Atom feed has each item's link fetched,
/// an OPML outline has each feed it lists read in turn, anything else is a page. Up to
/// <see cref="FetchOptions.MaxConcurrency"/> fetches run at once, politely per host (see
/// <see cref="PageFetcher"/>). The enumeration is synchronous so that it feeds
/// <see cref="Pipeline.Ingest"/> directly; stopping it early cancels the fetches still running.
/// Every failure (an unreachable host, a 404, a malformed feed) is one failed item naming the URL.
/// </remarks>
public sealed class WebSource : IDisposable
{
    private readonly TimeProvider _time;

    public WebSource(FetchOptions? options = null, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        Fetcher = new PageFetcher(options, _time);
    }

    public PageFetcher Fetcher { get; }

    /// <summary>True for an argument that names a web resource rather than a file.</summary>
    public static bool IsUrl(string target) =>
        target is not null && (target.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a file that may hold a feed or an outline: <c>.xml</c>, <c>.rss</c>, <c>.atom</c>, <c>.opml</c>.</summary>
    public static bool IsFeedFile(string path) =>
        Path.GetExtension(path ?? "").ToLowerInvariant() is ".xml" or ".rss" or ".atom" or ".opml";

    /// <summary>Reads URLs (pages, feeds, outlines) and local feed or outline files.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> targets, IngestHints hints, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(hints);
        var list = targets.ToList();
        return Drain((writer, token) => Task.WhenAll(list.Select(t => ReadTargetAsync(t, hints, writer, token))), cancellation);
    }

    /// <summary>Fetches the articles that feed entries link to; each item's origin is its entry's link.</summary>
    public IEnumerable<IngestItem> ReadEntries(IEnumerable<(FeedEntry Entry, string? FeedTitle)> entries, IngestHints hints, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(hints);
        var list = entries.ToList();
        return Drain((writer, token) => Task.WhenAll(list.Select(e => ReadEntryAsync(e.Entry, e.FeedTitle, hints, writer, token))), cancellation);
    }

    /// <summary>Fetches one resource (see <see cref="PageFetcher.FetchAsync"/>).</summary>
    public Task<FetchResult> FetchAsync(Uri url, CacheValidators? validators = null, CancellationToken cancellation = default) =>
        Fetcher.FetchAsync(url, validators, cancellation);

    public void Dispose() => Fetcher.Dispose();

    private static IEnumerable<IngestItem> Drain(Func<ChannelWriter<IngestItem>, CancellationToken, Task> produce, CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(64) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var producer = Task.Run(async () =>
        {
            try
            {
                await produce(channel.Writer, stop.Token);
                channel.Writer.TryComplete();
            }
            catch (Exception e)
            {
                channel.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
        try
        {
            while (channel.Reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
            {
                while (channel.Reader.TryRead(out var item))
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // The consumer stopped early or failed: stop fetching, and let the producer finish before the token goes.
            stop.Cancel();
            producer.GetAwaiter().GetResult();
        }
    }

    private async Task ReadTargetAsync(string target, IngestHints hints, ChannelWriter<IngestItem> writer, CancellationToken cancellation)
    {
        if (IsUrl(target))
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var url))
            {
                await writer.WriteAsync(IngestItem.Failed(target, "not a valid URL"), cancellation);
                return;
            }
            await ReadUrlAsync(target, url, hints, writer, followOutline: true, cancellation);
            return;
        }
        byte[] content;
        try
        {
            var info = new FileInfo(target);
            if (info.Exists && info.Length > Fetcher.Options.MaxBytes)
            {
                await writer.WriteAsync(IngestItem.Failed(target, "the file is too large for a feed"), cancellation);
                return;
            }
            content = await File.ReadAllBytesAsync(target, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await writer.WriteAsync(IngestItem.Failed(target, e is FileNotFoundException or DirectoryNotFoundException ? "no such file or folder" : $"cannot read: {e.Message}"), cancellation);
            return;
        }
        await ReadXmlAsync(target, content, baseUrl: null, hints, writer, followOutline: true, orElse: "not an RSS, Atom or OPML document", cancellation);
    }

    private async Task ReadUrlAsync(string origin, Uri url, IngestHints hints, ChannelWriter<IngestItem> writer, bool followOutline, CancellationToken cancellation)
    {
        var result = await FetchAsync(url, cancellation: cancellation);
        if (!result.Succeeded)
        {
            await writer.WriteAsync(IngestItem.Failed(origin, result.Error ?? $"HTTP {result.Status}"), cancellation);
            return;
        }
        if (FeedReader.Sniff(result.Content.Span) == FeedKind.None)
        {
            await writer.WriteAsync(PageItem(origin, result, hints, entry: null, feedTitle: null), cancellation);
            return;
        }
        await ReadXmlAsync(origin, result.Content, result.Url, hints, writer, followOutline, orElse: null, cancellation);
    }

    private async Task ReadXmlAsync(string origin, ReadOnlyMemory<byte> content, Uri? baseUrl, IngestHints hints, ChannelWriter<IngestItem> writer, bool followOutline, string? orElse, CancellationToken cancellation)
    {
        switch (FeedReader.Sniff(content.Span))
        {
            case FeedKind.Rss or FeedKind.Atom:
                var outcome = FeedReader.ReadFeed(content, baseUrl);
                if (outcome.Feed is not { } feed)
                {
                    await writer.WriteAsync(IngestItem.Failed(origin, outcome.Error!), cancellation);
                    return;
                }
                var entries = feed.Entries.DistinctBy(e => e.Link.AbsoluteUri);
                await Task.WhenAll(entries.Select(e => ReadEntryAsync(e, feed.Title, hints, writer, cancellation)));
                return;
            case FeedKind.Opml when followOutline:
                var feeds = FeedReader.ReadOutline(content, out var error);
                if (error is not null)
                {
                    await writer.WriteAsync(IngestItem.Failed(origin, error), cancellation);
                    return;
                }
                // Feeds listed in an outline are read as feeds or pages, but an outline they lead to is not followed again.
                await Task.WhenAll(feeds.Select(f => ReadUrlAsync(f.AbsoluteUri, f, hints, writer, followOutline: false, cancellation)));
                return;
            case FeedKind.Opml:
                await writer.WriteAsync(IngestItem.Failed(origin, "an outline listed in an outline is not followed"), cancellation);
                return;
            default:
                await writer.WriteAsync(IngestItem.Failed(origin, orElse ?? "not a feed"), cancellation);
                return;
        }
    }

    private async Task ReadEntryAsync(FeedEntry entry, string? feedTitle, IngestHints hints, ChannelWriter<IngestItem> writer, CancellationToken cancellation)
    {
        var origin = entry.Link.AbsoluteUri;
        var result = await FetchAsync(entry.Link, cancellation: cancellation);
        var item = result.Succeeded
            ? PageItem(origin, result, hints, entry, feedTitle)
            : IngestItem.Failed(origin, result.Error ?? $"HTTP {result.Status}");
        await writer.WriteAsync(item, cancellation);
    }

    private IngestItem PageItem(string origin, FetchResult result, IngestHints hints, FeedEntry? entry, string? feedTitle)
    {
        var mediaType = result.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        DocumentFormat? format = mediaType switch
        {
            null or "" or "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
            "text/plain" => DocumentFormat.TextDump,
            _ => null,
        };
        if (format is null)
        {
            return IngestItem.Failed(origin, $"not a web page ({mediaType})");
        }
        if (result.Content.IsEmpty)
        {
            return IngestItem.Failed(origin, "the response is empty");
        }
        return IngestItem.FromDocument(new RawDocument(origin, result.Content, format.Value)
        {
            Url = result.Url.AbsoluteUri,
            ContentType = result.ContentType,
            Published = entry?.Published ?? hints.Published,
            Source = hints.Source ?? feedTitle,
            Title = entry?.Title,
            Byline = entry?.Author,
            Fetched = _time.GetUtcNow(),
        });
    }
}
