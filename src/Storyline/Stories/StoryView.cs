using Storyline.Articles;

namespace Storyline.Stories;

/// <summary>One article as a member of a story.</summary>
/// <param name="Article">The article.</param>
/// <param name="DuplicateOf">The id of the article it copies, or null for an independent report.</param>
/// <param name="FirstSeen">When the store first received it.</param>
public sealed record StoryArticle(Article Article, string? DuplicateOf, DateTimeOffset FirstSeen);

/// <summary>A place in an article that backs a statement: the article and the sentence.</summary>
public sealed record Citation(string Article, string Sentence);

/// <summary>A person, organisation or place, with the other names the sources use for it.</summary>
/// <param name="Type">person, organization, place or other.</param>
public sealed record StoryEntity(string Name, string Type, IReadOnlyList<string> Aliases)
{
    public int Mentions { get; init; }

    /// <summary>How many sources name it.</summary>
    public int Sources { get; init; }
}

/// <summary>An event on the story's timeline, dated by event time.</summary>
/// <param name="Date">ISO form at the stated granularity: 2024-01-15, 2024-01, 2000, or a range 2024-01-15/2024-01-17.</param>
/// <param name="Granularity">day, month, year or range.</param>
public sealed record TimelineEvent(string Date, string Granularity, string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>True for background: an event well before the story's first report (a ship's launch, an earlier visit).</summary>
    public bool Background { get; init; }

    /// <summary>
    /// True for what was still to come when the story's latest report was written: its days begin after that report's (a
    /// launch set for June, a trial scheduled for March, a deadline, a forecast).
    /// </summary>
    public bool Expected { get; init; }
}

/// <summary>One value that sources give for a claim, with who gives it.</summary>
public sealed record ClaimValue(string Value, IReadOnlyList<Citation> Citations)
{
    /// <summary>When the value was first published: the earliest dated article citing it (null when none is dated).</summary>
    public DateTimeOffset? FirstReported { get; init; }
}

/// <summary>What the sources say about one thing, and whether they agree.</summary>
/// <param name="Status">
/// agree; conflict; or updated: a toll the sources give differently because it rose as the news came in, its values
/// in the order they were first reported (see <see cref="ClaimValue.FirstReported"/>).
/// </param>
public sealed record Claim(string About, IReadOnlyList<ClaimValue> Values, string Status)
{
    /// <summary>For an updated toll, the figure it rose to ("5"; "7" when a later "7" sharpens an "at least 5"); null otherwise.</summary>
    public string? Latest { get; init; }
}

/// <summary>An outlet that reported the story.</summary>
/// <param name="FirstSeen">When the outlet first reported the story: its earliest article's publication time, else when the store received it.</param>
public sealed record StorySource(string Name, DateTimeOffset FirstSeen, int Articles)
{
    /// <summary>What <see cref="FirstSeen"/> is: "published" (the article's own date) or "received" (arrival in the store, for an undated article).</summary>
    public string FirstSeenFrom { get; init; } = "published";
}

/// <summary>An article line in a story view.</summary>
public sealed record StoryArticleLine(string Id, string Title, string? Source, DateTimeOffset? Published, string? Url, string? DuplicateOf);

/// <summary>The reconciled view of one story: what <c>show</c> prints and the API serves.</summary>
public sealed record StoryView
{
    public required long Id { get; init; }
    public required string Headline { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<StoryArticleLine> Articles { get; init; }
    public required IReadOnlyList<StorySource> Sources { get; init; }
    public required int IndependentSources { get; init; }
    public required IReadOnlyList<StoryEntity> Entities { get; init; }
    public required IReadOnlyList<TimelineEvent> Timeline { get; init; }
    public required IReadOnlyList<Claim> Claims { get; init; }
}

/// <summary>Builds the story view from the story's articles.</summary>
public interface IStorySynthesizer
{
    StoryView Synthesize(long storyId, IReadOnlyList<StoryArticle> articles);

    /// <summary>The story's headline alone, as <see cref="Synthesize"/> would give it.</summary>
    /// <remarks>Ingest refreshes the headline of every story a batch touches; a synthesizer that can pick it without the whole view should.</remarks>
    string Headline(long storyId, IReadOnlyList<StoryArticle> articles) => Synthesize(storyId, articles).Headline;
}
