using Storyline.Articles;

namespace Storyline.Clustering;

/// <summary>What the clusterer needs to know of one article.</summary>
public sealed record ClusterItem(string Id, string Title, string Text)
{
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }
    /// <summary>ISO 639-1 code when known; picks the analyzer.</summary>
    public string? Language { get; init; }

    /// <summary>Where the article was published; its slug stands in for a missing title.</summary>
    public string? Url { get; init; }

    /// <summary>The clustering view of an <see cref="Article"/>.</summary>
    public static ClusterItem FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ClusterItem(article.Id, article.Title, article.Text)
        {
            Published = article.Published,
            Source = article.Source,
            Language = article.Language,
            Url = article.Url,
        };
    }
}

/// <summary>The clusterer's decision for one article.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="StoryId">The story it joined or opened.</param>
/// <param name="DuplicateOf">The id of the earlier article this one copies (wire syndication, re-post), or null.</param>
/// <param name="MergedStories">Stories this decision folded into <paramref name="StoryId"/>; their articles now belong to it.</param>
public sealed record ClusterAssignment(string ArticleId, long StoryId, string? DuplicateOf, IReadOnlyList<long> MergedStories)
{
    /// <summary>The similarity of the article to the story it joined (0 when it opened a new story, 1 for a copy).</summary>
    public double Similarity { get; init; }

    /// <summary>True when the article opened a new story.</summary>
    public bool OpenedStory { get; init; }
}

/// <summary>Assigns articles to stories online, in arrival order, using only what has arrived so far.</summary>
/// <remarks>
/// Deterministic: the same stream gives the same stories, whether fed in one run or in batches
/// with <see cref="Save"/> and a reload in between. Not thread-safe: one writer at a time.
/// </remarks>
public interface IStoryClusterer
{
    ClusterAssignment Add(ClusterItem item);

    /// <summary>The story a (possibly since merged) story id now stands for.</summary>
    long Resolve(long storyId);

    /// <summary>Writes the whole state so that a reload continues exactly where this left off.</summary>
    void Save(Stream stream);
}
