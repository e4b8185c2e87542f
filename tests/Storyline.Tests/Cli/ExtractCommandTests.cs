using System.Text.Json;
using Storyline.Cli;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, List<JsonElement> Lines) Extract(params string[] args)
    {
        var output = new StringWriter();
        var exit = StorylineCli.Run(["extract", .. args], output, new StringWriter());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (exit, lines);
    }

    private const string Page = """
        <html lang="en"><head><title>Ferry fire kills three | Harbour Ledger</title>
        <meta property="og:site_name" content="The Harbour Ledger">
        <meta property="article:published_time" content="2025-03-09T04:30:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Ferry fire kills three</h1>
        <p>A fire swept through the vehicle deck of a passenger ferry off the southern coast early on Sunday, killing three people and injuring dozens more, the coast guard said.</p>
        <p>The ship was sailing overnight with more than two hundred passengers on board when smoke was seen rising from the lower deck, and crew members led people to the upper decks.</p>
        <p>Investigators said they would examine whether a refrigerated truck parked on the deck was where the fire began, and whether the sprinklers worked as they should.</p>
        </article><footer>Copyright 2025 The Harbour Ledger</footer></body></html>
        """;

    [Fact]
    public void Extract_PrintsOneJsonObjectPerDocument_WithTheDocumentedFields_AndNamesFailures()
    {
        File.WriteAllText(_dir.File("page.html"), Page);

        var (exit, lines) = Extract(_dir.File("page.html"), _dir.File("missing.txt"), "--json");

        Assert.Equal(2, exit);
        Assert.Equal(2, lines.Count);
        var page = lines[0];
        foreach (var field in new[] { "path", "url", "title", "byline", "published", "site", "language", "text" })
        {
            Assert.True(page.TryGetProperty(field, out _), $"missing {field}");
        }
        Assert.Equal("Ferry fire kills three", page.GetProperty("title").GetString());
        Assert.Equal("en", page.GetProperty("language").GetString());
        Assert.StartsWith("2025-03-09T04:30:00", page.GetProperty("published").GetString(), StringComparison.Ordinal);
        Assert.Contains("refrigerated truck", page.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", page.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(page.TryGetProperty("error", out _));
        Assert.Equal(_dir.File("missing.txt"), lines[1].GetProperty("path").GetString());
        Assert.Contains("no such file", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_AFolder_IsWalkedInOrder_AndAllGoodExitsZero()
    {
        Directory.CreateDirectory(_dir.File("site"));
        File.WriteAllText(_dir.File("site/b.html"), Page);
        File.WriteAllText(_dir.File("site/a.html"), Page.Replace("three", "four", StringComparison.Ordinal));

        var (exit, lines) = Extract(_dir.File("site"));

        Assert.Equal(0, exit);
        Assert.Equal([_dir.File("site/a.html"), _dir.File("site/b.html")], lines.Select(l => l.GetProperty("path").GetString()));
    }
}
