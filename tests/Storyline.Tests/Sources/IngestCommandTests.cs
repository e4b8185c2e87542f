using System.Text.Json;
using Storyline.Cli;
using Storyline.Tests.Support;

namespace Storyline.Tests.Sources;

public sealed class IngestCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private NewsServer _server = null!;

    public async Task InitializeAsync() => _server = await NewsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = StorylineCli.Run([.. args, "--db", _dir.File("ingest.db")], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Ingest_LoopbackUrl_IsRefusedWithoutAllowPrivate()
    {
        _server.Text("page", NewsServer.Page("A local page"));

        var (exit, output, error) = Run("ingest", _server.At("page"));

        Assert.Equal(2, exit);
        Assert.Contains($"error: {_server.At("page")}: refused to connect to 127.0.0.1: 127.0.0.1 is a loopback address", error, StringComparison.Ordinal);
        Assert.Contains("read 1, new 0", output, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void Ingest_FeedUrlAndFiles_WithAllowPrivate_StoresEveryArticle()
    {
        _server.Text("feed.xml", WebSourceTests.RssOf("Harbour Times",
            (_server.At("s/1"), "Ferry service restored", "Mon, 22 Jan 2024 07:30:00 +0100"),
            (_server.At("s/2"), "Port strike ends", "Mon, 22 Jan 2024 08:00:00 +0100")), "application/rss+xml");
        _server.Text("s/1", NewsServer.Page("Ferry service restored"));
        _server.Text("s/2", NewsServer.Page("Port strike ends", "Dock workers voted to accept the offer after a week of talks."));
        var jsonl = _dir.File("np.jsonl");
        File.WriteAllText(jsonl, """{"title": "Storm closes the harbour", "maintext": "Ships stayed in port.", "date_publish": "2024-01-20 10:00:00", "source_domain": "example.com"}""" + "\n");

        var (exit, output, error) = Run("ingest", _server.At("feed.xml"), jsonl, "--allow-private", "--json");

        Assert.True(exit == 0, error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(3, report.GetProperty("read").GetInt32());
        Assert.Equal(3, report.GetProperty("new").GetInt32());
    }
}
