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
        Assert.Single(view.Entities, e => e.Name == name || e.Aliases.Contains(name));

    [Fact]
    public void Seeds_MergeTheSameEntitiesUnderTheirVariantNames()
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
    }

    [Fact]
    public void Seeds_TimelinePlacesBothVisits_AndTheSourcesAgreeOnJuly2000()
    {
        if (IngestSeeds() is not { } view)
        {
            return;
        }
        Assert.Contains(view.Timeline, e => e.Date == "2024-01-15/2024-01-17");
        var previous = Assert.Single(view.Timeline, e => e.Date.StartsWith("2000-07", StringComparison.Ordinal));
        Assert.Equal("2000-07-19", previous.Date);
        var claim = Assert.Single(view.Claims, c => c.Values.Any(v => v.Value.StartsWith("2000-07", StringComparison.Ordinal)));
        Assert.Equal("agree", claim.Status);
        Assert.Equal(2, claim.Values.SelectMany(v => v.Citations).Select(c => c.Article).Distinct().Count());
    }

    [Fact]
    public void Seeds_SummaryCarriesNoSiteChromeOrDisclaimer()
    {
        if (IngestSeeds() is not { } view)
        {
            return;
        }
        foreach (var chrome in new[] { "automatically generated", "Comments0", "Latest Stories", "Quick access", "Weekly Best", "@", "MrBeast" })
        {
            Assert.DoesNotContain(chrome, view.Summary, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Putin", view.Summary, StringComparison.Ordinal);
        Assert.Equal(2, view.IndependentSources);
    }
}
