using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Stories;
using Storyline.Tests.Support;

namespace Storyline.Tests.EndToEnd;

/// <summary>
/// The two seed reports, ingested as files the way a user would (text dumps, publication date given
/// on the command line), must come out as one reconciled story.
/// </summary>
public sealed class SeedStoryEndToEndTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private StoryView? IngestSeeds()
    {
        if (SharedData.Root is null)
        {
            return null;
        }
        using var store = SqliteStoryStore.Open(_dir.File("seeds.db"));
        var pipeline = new PipelineBuilder().Build();
        var hints = new IngestHints(new DateTimeOffset(2024, 1, 21, 0, 0, 0, TimeSpan.Zero));
        var report = pipeline.Ingest(store, InputReader.Read([SharedData.Path("seeds")], hints));
        Assert.Equal((2, 0), (report.New, report.Failed));
        var story = Assert.Single(report.Stories);
        return pipeline.Show(store, story);
    }

    private static StoryEntity EntityNamed(StoryView view, string name) =>
        Assert.Single(view.Entities, e => e.Name.Equals(name, StringComparison.Ordinal) || e.Aliases.Contains(name));

    [Fact]
    public void Seeds_EntitiesMergeSpellingVariantsAndKeepDifferentPeopleApart()
    {
        if (IngestSeeds() is not { } view)
        {
            return;
        }
        Assert.Same(EntityNamed(view, "Choi Sun-hee"), EntityNamed(view, "Choe Son-hui"));
        Assert.Same(EntityNamed(view, "Kim Jong Un"), EntityNamed(view, "Kim Jong-un"));
        Assert.NotSame(EntityNamed(view, "Kim Jong Un"), EntityNamed(view, "Kim Jong Il"));
        var northKorea = EntityNamed(view, "North Korea");
        Assert.Same(northKorea, EntityNamed(view, "DPRK"));
        Assert.Same(northKorea, EntityNamed(view, "Democratic People's Republic of Korea"));
        Assert.Same(EntityNamed(view, "Vladimir Putin"), EntityNamed(view, "Putin"));
        Assert.Equal("person", EntityNamed(view, "Choe Son-hui").Type);
        Assert.Equal("place", northKorea.Type);
        Assert.Same(EntityNamed(view, "KCNA"), EntityNamed(view, "North Korea Central News Agency"));
    }

    [Fact]
    public void Seeds_TimelinePlacesChoesVisitAndPutinsPreviousVisit()
    {
        if (IngestSeeds() is not { } view)
        {
            return;
        }
        var choe = Assert.Single(view.Timeline, e => e.Date == "2024-01-15/2024-01-17");
        Assert.Equal("range", choe.Granularity);
        Assert.Contains("visited Russia", choe.Text, StringComparison.Ordinal);

        var previous = Assert.Single(view.Timeline, e => e.Date.StartsWith("2000-07", StringComparison.Ordinal));
        Assert.Equal("2000-07-19", previous.Date);
        Assert.Equal("day", previous.Granularity);
        Assert.Equal(2, previous.Citations.Select(c => c.Article).Distinct().Count());

        var dates = view.Timeline.Select(e => e.Date).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Seeds_BothSourcesAgreeOnPutinsPreviousVisit()
    {
        if (IngestSeeds() is not { } view)
        {
            return;
        }
        var claim = Assert.Single(view.Claims, c => c.Values.Any(v => v.Value.StartsWith("2000-07", StringComparison.Ordinal)));
        Assert.Equal("agree", claim.Status);
        Assert.Contains("Putin", claim.About, StringComparison.Ordinal);
        Assert.Equal(["2000-07", "2000-07-19"], claim.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.Equal(2, claim.Values.SelectMany(v => v.Citations).Select(c => c.Article).Distinct().Count());
    }

    [Fact]
    public void Seeds_SummaryDrawsOnBothSourcesWithoutChrome()
    {
        if (IngestSeeds() is not { } view)
        {
            return;
        }
        Assert.DoesNotContain("automatically generated", view.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Comments", view.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("@", view.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("JAKARTA", view.Summary, StringComparison.Ordinal);
        Assert.Contains("Putin", view.Summary, StringComparison.Ordinal);
        var sentences = Storyline.Text.Sentences.SentenceSplitter.Split(view.Summary);
        Assert.InRange(sentences.Count, 3, 5);
        Assert.Equal(2, view.IndependentSources);
        Assert.Contains(view.Headline, new[] { "Putin Plans to Visit North Korea", "North Korea Announces Vladimir Putin's Visit Plan To Pyongyang" });
    }
}
