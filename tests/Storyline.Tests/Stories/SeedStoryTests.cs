using Storyline.Articles;
using Storyline.Stories;
using Storyline.Tests.Support;

namespace Storyline.Tests.Stories;

/// <summary>The two seed reports of one event, synthesised into one story.</summary>
public class SeedStoryTests
{
    private static readonly DateTimeOffset Published = new(2024, 1, 21, 0, 0, 0, TimeSpan.Zero);

    private static StoryView? Synthesize()
    {
        if (SharedData.Root is null)
        {
            return null;
        }
        var members = Directory.GetFiles(SharedData.Path("seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(ReadSeed)
            .ToList();
        return new StorySynthesizer().Synthesize(1, members);
    }

    /// <summary>Title = first headline-like line; body = the remaining prose lines, with the obvious chrome (menus, link lists) dropped.</summary>
    private static StoryArticle ReadSeed(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = lines.FindIndex(IsHeadline);
        var body = lines.Skip(title + 1).Where(l => Words(l).Length >= 6 && !l.StartsWith('•') && !MostlyCapitalised(l));
        var article = new Article
        {
            Id = Path.GetFileNameWithoutExtension(path),
            Title = lines[title],
            Text = string.Join("\n\n", body),
            Published = Published,
            Source = Path.GetFileNameWithoutExtension(path),
        };
        return new StoryArticle(article, null, Published);
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsHeadline(string line) => Words(line).Length is >= 3 and <= 15 && MostlyCapitalised(line);

    /// <summary>Link lists and headlines: most words capitalised, and no closing full stop.</summary>
    private static bool MostlyCapitalised(string line)
    {
        var words = Words(line).Where(w => char.IsLetter(w[0])).ToList();
        var capitalised = words.Count(w => char.IsUpper(w[0])) * 100;
        return capitalised > words.Count * 70 || (capitalised > words.Count * 50 && !line.EndsWith('.'));
    }

    private static StoryEntity EntityNamed(StoryView view, string name) =>
        Assert.Single(view.Entities, e => e.Name.Equals(name, StringComparison.Ordinal) || e.Aliases.Contains(name));

    [Fact]
    public void Seeds_EntitiesMergeSpellingVariantsAndKeepDifferentPeopleApart()
    {
        if (Synthesize() is not { } view)
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
        if (Synthesize() is not { } view)
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
        if (Synthesize() is not { } view)
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
        if (Synthesize() is not { } view)
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
