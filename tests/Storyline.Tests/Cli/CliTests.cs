using System.Text.Json;
using Storyline.Cli;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = StorylineCli.Run([.. args, "--db", _dir.File("cli.db")], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string WriteJsonl(params string[] lines)
    {
        var path = _dir.File($"{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Ingest_AllGood_ExitsZero_AndPrintsTheSummary()
    {
        var feed = WriteJsonl(Some.JsonLine("a1", "Putin plans to visit North Korea", "The Kremlin said a date was not set."));

        var (exit, output, _) = Run("ingest", feed);

        Assert.Equal(0, exit);
        Assert.Contains("read 1, new 1, duplicates 0, copies 0, failed 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SomeBad_ExitsTwo_NamesEachFailure_AndStoresTheRest()
    {
        var feed = WriteJsonl(Some.JsonLine("a1", "Putin plans to visit North Korea", "Body."), "{broken");

        var (exit, _, error) = Run("ingest", feed, _dir.File("missing.html"), "--json");
        var (_, list, _) = Run("stories", "--json");

        Assert.Equal(2, exit);
        Assert.Contains($"{feed}:2: invalid JSON", error, StringComparison.Ordinal);
        Assert.Contains("missing.html: no such file or folder", error, StringComparison.Ordinal);
        Assert.Single(JsonDocument.Parse(list).RootElement.EnumerateArray());
    }

    [Fact]
    public void Ingest_Json_ReportsCountsAndFailures()
    {
        var feed = WriteJsonl(Some.JsonLine("a1", "Putin plans to visit North Korea", "Body."), "{broken");

        var (_, output, _) = Run("ingest", feed, "--json");
        var report = JsonDocument.Parse(output).RootElement;

        Assert.Equal(2, report.GetProperty("read").GetInt32());
        Assert.Equal(1, report.GetProperty("new").GetInt32());
        Assert.Equal(1, report.GetProperty("failed").GetInt32());
        Assert.Equal($"{feed}:2", report.GetProperty("failures")[0].GetProperty("origin").GetString());
    }

    [Fact]
    public void Ingest_ABadPublishedDate_IsAUsageError()
    {
        var (exit, _, error) = Run("ingest", _dir.Path, "--published", "someday");

        Assert.Equal(1, exit);
        Assert.Contains("--published 'someday' is not a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_Json_HasTheDocumentedShape()
    {
        Run("ingest", WriteJsonl(
            Some.JsonLine("a1", "Putin plans to visit North Korea", "Body one.", source: "inews24"),
            Some.JsonLine("a2", "Putin plans to visit North Korea", "Body two.", source: "Antara")));

        var (exit, output, _) = Run("stories", "--json", "--limit", "5");
        var story = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());

        Assert.Equal(0, exit);
        Assert.Equal(
            ["id", "headline", "articles", "sources", "first_seen", "last_seen"],
            story.EnumerateObject().Select(p => p.Name));
        Assert.Equal((2, 2), (story.GetProperty("articles").GetInt32(), story.GetProperty("sources").GetInt32()));
    }

    [Fact]
    public void Show_PrintsTheStory_AndJsonHasTheDocumentedFields()
    {
        Run("ingest", WriteJsonl(Some.JsonLine("a1", "Putin plans to visit North Korea", "Body one.")));
        var id = JsonDocument.Parse(Run("stories", "--json").Out).RootElement[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var text = Run("show", id);
        var json = JsonDocument.Parse(Run("show", id, "--json").Out).RootElement;

        Assert.Contains("Putin plans to visit North Korea", text.Out, StringComparison.Ordinal);
        foreach (var field in new[] { "id", "headline", "summary", "articles", "sources", "independent_sources", "entities", "timeline", "claims" })
        {
            Assert.True(json.TryGetProperty(field, out _), $"show --json lacks '{field}'");
        }
    }

    [Fact]
    public void Show_ReportsOfUnnamedOutlets_AreOneLineOfSources_AndUntitledArticlesSaySo()
    {
        static string Unnamed(string id, string text) => JsonSerializer.Serialize(new { id, title = "", text, published = "2024-03-09T08:00:00Z" });
        Run("ingest", WriteJsonl(
            Unnamed("u1", "A fire broke out on the ferry Hanbit Star off Geoje Island on Sunday, killing three passengers, the Korea Coast Guard said."),
            Unnamed("u2", "Three people died when fire swept the car deck of the ferry Hanbit Star near Geoje Island, coast guard officials said on Sunday."),
            Some.JsonLine("n1", "Fire on ferry Hanbit Star off Geoje kills three", "The Korea Coast Guard said three people died in a fire on the ferry Hanbit Star off Geoje Island.", "2024-03-09T09:00:00Z")));
        var stories = JsonDocument.Parse(Run("stories", "--json").Out).RootElement;
        var id = Assert.Single(stories.EnumerateArray()).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var text = Run("show", id).Out;

        Assert.Contains("3 articles from 3 sources", text, StringComparison.Ordinal);
        Assert.Contains("2 articles from outlets not named", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.TrimStart().StartsWith("unknown ", StringComparison.Ordinal));
        Assert.Contains("(untitled)  [u1]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_AnUnknownStory_ExitsOne()
    {
        var (exit, _, error) = Run("show", "424242");

        Assert.Equal(1, exit);
        Assert.Contains("no story 424242", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FindsArticlesWithTheirStory()
    {
        Run("ingest", WriteJsonl(
            Some.JsonLine("a1", "Putin plans to visit North Korea", "The Kremlin said a date was not set."),
            Some.JsonLine("a2", "Floods in Jakarta", "Heavy rain flooded the capital.")));

        var (exit, output, _) = Run("search", "kremlin", "--json");
        var hit = Assert.Single(JsonDocument.Parse(output).RootElement.EnumerateArray());

        Assert.Equal(0, exit);
        Assert.Equal("a1", hit.GetProperty("article").GetString());
        Assert.True(hit.GetProperty("story").GetInt64() > 0);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("stories")]
    [InlineData("show")]
    [InlineData("search")]
    [InlineData("demo")]
    [InlineData("extract")]
    public void EveryCommand_HasHelp(string command)
    {
        var (exit, output, _) = Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOption_IsAUsageError()
    {
        Assert.Equal(1, Run("stories", "--no-such-option").Exit);
    }
}
