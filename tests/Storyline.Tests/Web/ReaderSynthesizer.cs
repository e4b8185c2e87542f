using Storyline.Stories;

namespace Storyline.Tests.Web;

/// <summary>The standard synthesis plus an entity, a timeline and claims, so the page has every section to show.</summary>
internal sealed class ReaderSynthesizer : IStorySynthesizer
{
    private readonly StorySynthesizer _inner = new();

    public StoryView Synthesize(long storyId, IReadOnlyList<StoryArticle> articles)
    {
        var view = _inner.Synthesize(storyId, articles);
        var lines = view.Articles;
        var cite = (StoryArticleLine line) => new Citation(line.Id, line.Title);
        return view with
        {
            Entities =
            [
                new StoryEntity("Vladimir Putin", "person", ["Putin", "President Putin"]) { Mentions = 3 },
                new StoryEntity("Pyongyang", "place", []) { Mentions = 2 },
                new StoryEntity("The Kremlin", "organization", ["Kremlin"]) { Mentions = 2 },
            ],
            Timeline =
            [
                new TimelineEvent("2000-07-19", "day", "Putin last visited Pyongyang in July 2000.", [cite(lines[0])]) { Background = true },
                .. lines.Select(l => new TimelineEvent(l.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "2024", "day", l.Title, [cite(l)])),
                new TimelineEvent("2030-06", "month", "The summit is to be held in June.", [cite(lines[0])]) { Expected = true },
            ],
            // Built from whatever articles the clusterer put together, even a single one.
            Claims =
            [
                new Claim("Who announced it", [new ClaimValue("The Kremlin", lines.Select(cite).ToList())], "agree"),
                new Claim("When it takes place", [new ClaimValue("No date set", [cite(lines[0])]), new ClaimValue("Soon", [cite(lines[^1])])], "conflict"),
                new Claim("people killed",
                    [
                        new ClaimValue("3", [cite(lines[0])]) { FirstReported = new DateTimeOffset(2024, 1, 19, 8, 0, 0, TimeSpan.Zero) },
                        new ClaimValue("5", [cite(lines[^1])]) { FirstReported = new DateTimeOffset(2024, 1, 19, 20, 30, 0, TimeSpan.Zero) },
                    ], "updated") { Latest = "5" },
            ],
        };
    }
}
