using Storyline.Ingest.Web;
using Storyline.Storage;

namespace Storyline.Ingest.Feeds;

/// <summary>What one poll of the watched feeds did.</summary>
/// <param name="Feeds">Feeds polled.</param>
/// <param name="Unchanged">Feeds that answered 304 Not Modified.</param>
/// <param name="NewEntries">Entries not taken before, whose articles were fetched this time.</param>
/// <param name="Ingest">What ingesting those articles did.</param>
/// <param name="FeedFailures">Feeds that could not be fetched or read.</param>
public sealed record WatchReport(int Feeds, int Unchanged, int NewEntries, IngestReport Ingest, IReadOnlyList<IngestFailure> FeedFailures)
{
    /// <summary>Every failure of the poll: feeds, then articles.</summary>
    public IEnumerable<IngestFailure> Failures => FeedFailures.Concat(Ingest.Failures);
}

/// <summary>Polls feeds and ingests only the entries not taken before, remembering both in the store so that a restart picks up where it stopped.</summary>
/// <remarks>
/// Each feed is fetched with the ETag and Last-Modified of its last answer, so an unchanged feed
/// costs one 304. An entry is remembered once its article was fetched; an entry whose fetch failed
/// is not, and its feed's validators are then not advanced, so the next poll tries it again.
/// The store is used from the calling thread only.
/// </remarks>
public sealed class FeedWatcher
{
    private readonly Pipeline _pipeline;
    private readonly WebSource _web;
    private readonly TimeProvider _time;

    public FeedWatcher(Pipeline pipeline, WebSource web, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(web);
        _pipeline = pipeline;
        _web = web;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Polls every <paramref name="interval"/> until cancelled, reporting after each poll; returns normally on cancellation.</summary>
    public async Task RunAsync(IStoryStore store, IReadOnlyList<Uri> feeds, IngestHints hints, TimeSpan interval, Action<WatchReport> report, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        try
        {
            while (true)
            {
                report(await PollAsync(store, feeds, hints, cancellation));
                await Task.Delay(interval, _time, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Ctrl+C: the batches committed so far are kept, and the state saved with them.
        }
    }

    /// <summary>Polls each feed once and ingests the articles of its new entries.</summary>
    public async Task<WatchReport> PollAsync(IStoryStore store, IReadOnlyList<Uri> feeds, IngestHints hints, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(feeds);
        ArgumentNullException.ThrowIfNull(hints);
        var states = feeds.Select(f => store.GetFeedState(f.AbsoluteUri)).ToList();
        // Feeds are fetched together (the fetcher keeps each host polite); the store is touched only here.
        var answers = await Task.WhenAll(feeds.Select((feed, i) =>
            _web.FetchAsync(feed, states[i] is { } s ? new CacheValidators(s.ETag, s.LastModified) : null, cancellation)));
        var failures = new List<IngestFailure>();
        var polled = new List<(Uri Url, FetchResult Answer, Feed Feed, List<FeedEntry> New)>();
        var unchanged = 0;
        for (var i = 0; i < feeds.Count; i++)
        {
            var (url, answer) = (feeds[i], answers[i]);
            if (answer.NotModified)
            {
                unchanged++;
                store.SaveFeedState(new FeedState(url.AbsoluteUri, states[i]?.ETag, states[i]?.LastModified, _time.GetUtcNow()));
                continue;
            }
            if (!answer.Succeeded)
            {
                failures.Add(new IngestFailure(url.AbsoluteUri, answer.Error ?? $"HTTP {answer.Status}"));
                continue;
            }
            if (FeedReader.Sniff(answer.Content.Span) is not (FeedKind.Rss or FeedKind.Atom))
            {
                failures.Add(new IngestFailure(url.AbsoluteUri, "not an RSS or Atom feed"));
                continue;
            }
            var outcome = FeedReader.ReadFeed(answer.Content, answer.Url);
            if (outcome.Feed is not { } feed)
            {
                failures.Add(new IngestFailure(url.AbsoluteUri, outcome.Error!));
                continue;
            }
            var entries = feed.Entries.DistinctBy(e => e.Key).ToList();
            var seen = store.FindSeenItems(url.AbsoluteUri, entries.Select(e => e.Key).ToList());
            polled.Add((url, answer, feed, entries.Where(e => !seen.Contains(e.Key)).ToList()));
        }

        var fetched = new HashSet<string>(StringComparer.Ordinal);
        var items = _web.ReadEntries(polled.SelectMany(p => p.New.Select(e => (e, p.Feed.Title))), hints, cancellation)
            .Select(item =>
            {
                if (item.Error is null)
                {
                    fetched.Add(item.Origin);
                }
                return item;
            });
        var ingest = _pipeline.Ingest(store, items, cancellation: cancellation);

        var now = _time.GetUtcNow();
        foreach (var (url, answer, _, fresh) in polled)
        {
            var taken = fresh.Where(e => fetched.Contains(e.Link.AbsoluteUri)).Select(e => e.Key).ToList();
            store.MarkItemsSeen(url.AbsoluteUri, taken, now);
            var validators = taken.Count == fresh.Count ? answer.Validators : null;
            store.SaveFeedState(new FeedState(url.AbsoluteUri, validators?.ETag, validators?.LastModified, now));
        }
        return new WatchReport(feeds.Count, unchanged, polled.Sum(p => p.New.Count), ingest, failures);
    }

    /// <summary>The feeds to watch from the user's arguments: feed URLs, OPML outlines, or files listing feed URLs one per line.</summary>
    public static IReadOnlyList<Uri> LoadFeedList(IEnumerable<string> arguments, List<IngestFailure> problems)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(problems);
        var feeds = new List<Uri>();
        foreach (var argument in arguments)
        {
            if (WebSource.IsUrl(argument))
            {
                if (Uri.TryCreate(argument, UriKind.Absolute, out var url))
                {
                    feeds.Add(url);
                }
                else
                {
                    problems.Add(new IngestFailure(argument, "not a valid URL"));
                }
                continue;
            }
            byte[] content;
            try
            {
                content = File.ReadAllBytes(argument);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new IngestFailure(argument, e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot read: {e.Message}"));
                continue;
            }
            switch (FeedReader.Sniff(content))
            {
                case FeedKind.Opml:
                    feeds.AddRange(FeedReader.ReadOutline(content, out var error));
                    if (error is not null)
                    {
                        problems.Add(new IngestFailure(argument, error));
                    }
                    break;
                case FeedKind.Rss or FeedKind.Atom:
                    problems.Add(new IngestFailure(argument, "a feed file cannot be watched; watch its URL, or ingest the file once"));
                    break;
                default:
                    feeds.AddRange(FeedReader.ReadList(System.Text.Encoding.UTF8.GetString(content), out var rejected));
                    problems.AddRange(rejected.Select(line => new IngestFailure(argument, $"not a feed URL: '{line}'")));
                    break;
            }
        }
        return feeds.Distinct().ToList();
    }
}
