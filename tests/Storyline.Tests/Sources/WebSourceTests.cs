using Storyline.Ingest;
using Storyline.Ingest.Web;
using Storyline.Tests.Support;

namespace Storyline.Tests.Sources;

public sealed class WebSourceTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private NewsServer _server = null!;

    public async Task InitializeAsync() => _server = await NewsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    internal static string RssOf(string title, params (string Link, string Title, string Date)[] items) =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{title}</title><link>https://example.org/</link><description>d</description>
        {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{i.Link}</link><pubDate>{i.Date}</pubDate><dc:creator>Lee Ji-woo</dc:creator></item>"))}
        </channel></rss>
        """;

    [Fact]
    public void Read_FeedUrl_FetchesEachItem_AndTheFeedFillsTheGaps()
    {
        _server.Text("rss.xml", RssOf("Harbour Times",
            (_server.At("a/1"), "Ferry service restored", "Mon, 22 Jan 2024 07:30:00 +0100"),
            (_server.At("a/2"), "Port strike ends", "Mon, 22 Jan 2024 08:00:00 +0100"),
            (_server.At("a/gone"), "Removed story", "Mon, 22 Jan 2024 08:30:00 +0100")), "application/rss+xml");
        _server.Text("a/1", NewsServer.Page("Ferry service restored"));
        _server.Text("a/2", NewsServer.Page("Port strike ends"), "text/html; charset=windows-1252");
        using var web = new WebSource(NewsServer.Options);

        var items = web.Read([_server.At("rss.xml")], IngestHints.None).ToList();

        Assert.Equal(3, items.Count);
        var gone = Assert.Single(items, i => i.Error is not null);
        Assert.Equal(_server.At("a/gone"), gone.Origin);
        Assert.Equal("HTTP 404 Not Found", gone.Error);
        var second = items.Single(i => i.Origin == _server.At("a/2")).Document!;
        Assert.Equal(_server.At("a/2"), second.Url);
        Assert.Equal("text/html; charset=windows-1252", second.ContentType);
        Assert.Equal(new DateTimeOffset(2024, 1, 22, 8, 0, 0, TimeSpan.FromHours(1)), second.Published);
        Assert.Equal("Harbour Times", second.Source);
        Assert.Equal("Port strike ends", second.Title);
        Assert.Equal("Lee Ji-woo", second.Byline);
        Assert.Equal(DocumentFormat.Html, second.Format);
    }

    [Fact]
    public void Read_CallerHints_WinOverTheFeedTitle()
    {
        _server.Text("hinted.xml", RssOf("Feed Title", (_server.At("h/1"), "One", "Mon, 22 Jan 2024 07:30:00 GMT")));
        _server.Text("h/1", NewsServer.Page("One"));
        using var web = new WebSource(NewsServer.Options);

        var item = Assert.Single(web.Read([_server.At("hinted.xml")], new IngestHints(Source: "Given Outlet")));

        Assert.Equal("Given Outlet", item.Document!.Source);
    }

    [Fact]
    public void Read_PageUrl_YieldsOneDocumentNamedByTheUrlGiven()
    {
        _server.Redirect("short", "/long/path");
        _server.Text("long/path", NewsServer.Page("Redirected page"));
        using var web = new WebSource(NewsServer.Options);

        var item = Assert.Single(web.Read([_server.At("short")], IngestHints.None));

        Assert.Equal(_server.At("short"), item.Origin);
        Assert.Equal(_server.At("long/path"), item.Document!.Url);
    }

    [Fact]
    public void Read_OpmlFile_ReadsEveryFeedItLists()
    {
        _server.Text("one.xml", RssOf("One", (_server.At("o/1"), "First", "Mon, 22 Jan 2024 07:30:00 GMT")));
        _server.Text("two.atom", $"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Two</title><id>urn:two</id><updated>2024-01-22T07:00:00Z</updated>
            <entry><title>Second</title><id>urn:two:1</id><link href="{_server.At("o/2")}"/><updated>2024-01-22T07:00:00Z</updated></entry></feed>
            """, "application/atom+xml");
        _server.Text("o/1", NewsServer.Page("First"));
        _server.Text("o/2", NewsServer.Page("Second"));
        var opml = _dir.File("feeds.opml");
        File.WriteAllText(opml, $"""
            <opml version="2.0"><body>
            <outline text="one" xmlUrl="{_server.At("one.xml")}"/><outline text="two" xmlUrl="{_server.At("two.atom")}"/>
            </body></opml>
            """);
        using var web = new WebSource(NewsServer.Options);

        var items = web.Read([opml], IngestHints.None).ToList();

        Assert.Equal([_server.At("o/1"), _server.At("o/2")], items.Select(i => i.Origin).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.NotNull(i.Document));
        Assert.Equal("Two", items.Single(i => i.Origin == _server.At("o/2")).Document!.Source);
    }

    [Fact]
    public void Read_LocalFeedFile_FetchesItsItems()
    {
        _server.Text("l/1", NewsServer.Page("Local feed item"));
        var path = _dir.File("saved.rss");
        File.WriteAllText(path, RssOf("Saved", (_server.At("l/1"), "Local feed item", "Mon, 22 Jan 2024 07:30:00 GMT")));
        using var web = new WebSource(NewsServer.Options);

        var item = Assert.Single(web.Read([path], IngestHints.None));

        Assert.Equal("Saved", item.Document!.Source);
    }

    [Fact]
    public void Read_FailingSources_GiveOneLineEach_AndTheOthersGoOn()
    {
        _server.Text("fine", NewsServer.Page("Fine page"));
        _server.Text("image", "GIF89a", "image/gif");
        _server.Text("bad.xml", "<rss version=\"2.0\"><channel><item><title>cut", "application/rss+xml");
        var notFeed = _dir.File("notes.xml");
        File.WriteAllText(notFeed, "<notes><note>hello</note></notes>");
        using var web = new WebSource(NewsServer.Options);

        var items = web.Read(["http://127.0.0.1:1/refused", _server.At("image"), _server.At("bad.xml"), notFeed, _dir.File("absent.opml"), _server.At("fine")], IngestHints.None).ToList();

        Assert.Equal(6, items.Count);
        Assert.NotNull(items.Single(i => i.Origin == _server.At("fine")).Document);
        Assert.StartsWith("cannot connect", items.Single(i => i.Origin == "http://127.0.0.1:1/refused").Error, StringComparison.Ordinal);
        Assert.Equal("not a web page (image/gif)", items.Single(i => i.Origin == _server.At("image")).Error);
        Assert.StartsWith("malformed feed", items.Single(i => i.Origin == _server.At("bad.xml")).Error, StringComparison.Ordinal);
        Assert.Equal("not an RSS, Atom or OPML document", items.Single(i => i.Origin == notFeed).Error);
        Assert.Equal("no such file or folder", items.Single(i => i.Origin == _dir.File("absent.opml")).Error);
    }

    [Fact]
    public void Read_StoppedEarly_CancelsTheRemainingFetches()
    {
        for (var i = 0; i < 20; i++)
        {
            _server.Text($"many/{i}", NewsServer.Page($"Page {i}"));
        }
        using var web = new WebSource(NewsServer.Options with { MaxConcurrency = 1, HostDelay = TimeSpan.FromMilliseconds(50) });

        var first = web.Read(Enumerable.Range(0, 20).Select(i => _server.At($"many/{i}")), IngestHints.None).First();

        Assert.NotNull(first.Document);
        Thread.Sleep(200);
        Assert.True(_server.Requests.Count < 20, $"{_server.Requests.Count} requests after stopping");
    }
}
