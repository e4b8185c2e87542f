using Microsoft.AspNetCore.Http;
using Storyline.Cli;
using Storyline.Ingest;
using Storyline.Ingest.Feeds;
using Storyline.Ingest.Web;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Sources;

public sealed class FeedWatcherTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Pipeline _pipeline = new PipelineBuilder().Build();
    private NewsServer _server = null!;
    private List<(string Link, string Title)> _items = [];
    private string _etag = "\"v1\"";

    public async Task InitializeAsync()
    {
        _server = await NewsServer.StartAsync();
        // A feed that honours If-None-Match, as most news sites' CDNs do.
        _server.Map("watched.xml", context =>
        {
            if (context.Request.Headers.IfNoneMatch == _etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            context.Response.Headers.ETag = _etag;
            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(WebSourceTests.RssOf("Watched", _items.Select(i => (i.Link, i.Title, "Mon, 22 Jan 2024 07:30:00 GMT")).ToArray()));
        });
        // One that only knows Last-Modified.
        _server.Map("dated.xml", context =>
        {
            const string modified = "Mon, 22 Jan 2024 07:30:00 GMT";
            if (context.Request.Headers.IfModifiedSince == modified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
            context.Response.Headers.LastModified = modified;
            return context.Response.WriteAsync(WebSourceTests.RssOf("Dated", (_server.At("p/dated"), "Dated story", modified)));
        });
        foreach (var name in new[] { "one", "two", "three", "dated" })
        {
            _server.Text($"p/{name}", NewsServer.Page($"The {name} story", $"A report numbered {name} about the harbour and the ferries."));
        }
        _items = [(_server.At("p/one"), "The one story"), (_server.At("p/two"), "The two story")];
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private async Task<WatchReport> PollAsync(params string[] feeds)
    {
        using var store = SqliteStoryStore.Open(_dir.File("watch.db"));
        using var web = new WebSource(NewsServer.Options);
        return await new FeedWatcher(_pipeline, web).PollAsync(store, feeds.Select(f => _server.Url(f)).ToList(), IngestHints.None);
    }

    private int Articles()
    {
        using var store = SqliteStoryStore.Open(_dir.File("watch.db"));
        return store.CountArticles();
    }

    [Fact]
    public async Task Poll_FirstTime_IngestsEveryEntry_ThenAnUnchangedFeedCostsA304()
    {
        var first = await PollAsync("watched.xml");
        var second = await PollAsync("watched.xml");

        Assert.Equal(2, first.NewEntries);
        Assert.Equal(2, first.Ingest.New);
        Assert.Empty(first.Failures);
        Assert.Equal(1, second.Unchanged);
        Assert.Equal(0, second.NewEntries);
        Assert.Equal("\"v1\"", _server.Requests.Last(r => r.Path == "/watched.xml").Headers["If-None-Match"]);
        Assert.Equal(1, _server.Count("p/one"));
        Assert.Equal(2, Articles());
    }

    [Fact]
    public async Task Poll_ChangedFeed_IngestsOnlyTheNewEntries()
    {
        await PollAsync("watched.xml");
        _items.Insert(0, (_server.At("p/three"), "The three story"));
        _etag = "\"v2\"";

        var report = await PollAsync("watched.xml");

        Assert.Equal(1, report.NewEntries);
        Assert.Equal(1, report.Ingest.New);
        Assert.Equal(1, _server.Count("p/one"));
        Assert.Equal(3, Articles());
    }

    [Fact]
    public async Task Poll_AfterARestartWithoutValidators_DoesNotReingest()
    {
        await PollAsync("watched.xml");
        // The server forgets its ETags (a redeploy): the feed comes back whole, but the store remembers its items.
        _etag = "\"v-after-restart\"";

        var report = await PollAsync("watched.xml");

        Assert.Equal(0, report.Unchanged);
        Assert.Equal(0, report.NewEntries);
        Assert.Equal(1, _server.Count("p/one"));
        Assert.Equal(2, Articles());
    }

    [Fact]
    public async Task Poll_LastModifiedOnly_IsRevalidatedToo()
    {
        await PollAsync("dated.xml");

        var second = await PollAsync("dated.xml");

        Assert.Equal(1, second.Unchanged);
        Assert.Equal("Mon, 22 Jan 2024 07:30:00 GMT", _server.Requests.Last(r => r.Path == "/dated.xml").Headers["If-Modified-Since"]);
    }

    [Fact]
    public async Task Poll_EntryWhoseFetchFailed_IsTriedAgainNextTime()
    {
        _items.Add((_server.At("p/later"), "Not yet published"));

        var first = await PollAsync("watched.xml");
        _server.Text("p/later", NewsServer.Page("Published at last"));
        var second = await PollAsync("watched.xml");

        Assert.Equal(_server.At("p/later"), Assert.Single(first.Failures).Origin);
        Assert.Equal(0, second.Unchanged);
        Assert.Equal(1, second.NewEntries);
        Assert.Equal(1, second.Ingest.New);
        Assert.Equal(3, Articles());
    }

    [Fact]
    public async Task Poll_BrokenFeed_IsOneFailure_AndTheOtherFeedsAreStillRead()
    {
        var report = await PollAsync("nowhere.xml", "watched.xml");

        var failure = Assert.Single(report.FeedFailures);
        Assert.Equal(_server.At("nowhere.xml"), failure.Origin);
        Assert.Equal(2, report.Ingest.New);
    }

    [Fact]
    public async Task Run_StopsCleanlyWhenCancelled()
    {
        using var store = SqliteStoryStore.Open(_dir.File("watch.db"));
        using var web = new WebSource(NewsServer.Options);
        using var stop = new CancellationTokenSource();
        var polls = 0;

        await new FeedWatcher(_pipeline, web).RunAsync(store, [_server.Url("watched.xml")], IngestHints.None, TimeSpan.FromHours(1), _ =>
        {
            polls++;
            stop.Cancel();
        }, stop.Token);

        Assert.Equal(1, polls);
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void LoadFeedList_ReadsUrlsListsAndOutlines()
    {
        var list = _dir.File("feeds.txt");
        File.WriteAllText(list, "# feeds\nhttps://a.example/rss\nnonsense\n");
        var opml = _dir.File("feeds.opml");
        File.WriteAllText(opml, FeedReaderTests.Opml);
        var problems = new List<IngestFailure>();

        var feeds = FeedWatcher.LoadFeedList([list, opml, "https://a.example/rss", _dir.File("missing.txt")], problems);

        Assert.Equal(["https://a.example/rss", "https://news.example/rss.xml", "https://wire.example/atom"], feeds.Select(f => f.AbsoluteUri));
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void WatchCommand_Once_PollsAndReports_AndKeepsStateInTheStore()
    {
        var db = _dir.File("cli.db");
        var list = _dir.File("feeds.txt");
        File.WriteAllText(list, _server.At("watched.xml") + "\n");

        var (exit, output, error) = Cli("watch", list, "--once", "--allow-private", "--db", db);
        var (again, output2, _) = Cli("watch", list, "--once", "--allow-private", "--db", db);

        Assert.True(exit == 0, error);
        Assert.Contains("feeds 1 (0 unchanged), new entries 2; read 2, new 2", output, StringComparison.Ordinal);
        Assert.Equal(0, again);
        Assert.Contains("feeds 1 (1 unchanged), new entries 0", output2, StringComparison.Ordinal);
    }

    [Fact]
    public void WatchCommand_LoopbackWithoutAllowPrivate_IsRefused()
    {
        var (exit, _, error) = Cli("watch", _server.At("watched.xml"), "--once", "--db", _dir.File("refused.db"));

        Assert.Equal(2, exit);
        Assert.Contains("127.0.0.1 is a loopback address", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2", 120)]
    [InlineData("1h", 3600)]
    [InlineData("00:00:30", 30)]
    public void WatchCommand_Interval_AcceptsUnits(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Storyline.Cli.Commands.WatchCommand.ParseInterval(text));

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = StorylineCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
