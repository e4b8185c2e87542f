using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Storage;

/// <summary>An article as stored: the article, its story and its place in the arrival order.</summary>
/// <param name="StoryId">The story it belongs to (after merges).</param>
/// <param name="DuplicateOf">The id of the earlier article it copies, or null for an independent report.</param>
/// <param name="FirstSeen">When the store received it.</param>
public sealed record StoredArticle(Article Article, long StoryId, string? DuplicateOf, DateTimeOffset FirstSeen);

/// <summary>One line of the story list.</summary>
/// <param name="Articles">Number of articles, copies included.</param>
/// <param name="Sources">Number of distinct outlets, as <see cref="Articles.Outlets.Key"/> tells them apart.</param>
/// <param name="FirstSeen">The earliest publication date of the story's articles; the earliest arrival when none is dated.</param>
/// <param name="LastSeen">The latest publication date of the story's articles; the latest arrival when none is dated.</param>
public sealed record StorySummary(long Id, string Headline, int Articles, int Sources, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

/// <summary>A full-text search hit.</summary>
/// <param name="Snippet">The matching passage, matched terms in [brackets].</param>
public sealed record SearchHit(string ArticleId, string Title, string? Source, DateTimeOffset? Published, long StoryId, string StoryHeadline, string Snippet);

/// <summary>Everything one ingest batch writes, committed atomically.</summary>
/// <param name="Articles">New articles with their assignments, in arrival order.</param>
/// <param name="Merges">Stories folded into others by this batch: every article of <c>From</c> moves to <c>Into</c>.</param>
/// <param name="ClustererState">The clusterer's state after the batch, so that the next run continues from it.</param>
public sealed record StoreBatch(IReadOnlyList<StoredArticle> Articles, IReadOnlyList<(long From, long Into)> Merges, byte[] ClustererState);

/// <summary>What a store remembers of one watched feed between polls.</summary>
/// <param name="ETag">The feed's last ETag, sent back as If-None-Match.</param>
/// <param name="LastModified">The feed's last Last-Modified header, sent back as If-Modified-Since.</param>
/// <param name="Checked">When the feed was last polled.</param>
public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset Checked);

/// <summary>Where articles, stories and the clusterer's state live.</summary>
/// <remarks>
/// Implementations commit a <see cref="StoreBatch"/> in one transaction: after a crash either the
/// whole batch is there or none of it is. SQLite is the embedded default; the interface is what a
/// server-backed store implements too.
/// </remarks>
public interface IStoryStore : IDisposable
{
    /// <summary>The content hashes and ids among those given that are already stored.</summary>
    IReadOnlySet<string> FindKnown(IReadOnlyCollection<string> contentHashes, IReadOnlyCollection<string> ids);

    /// <summary>The clusterer's state as last committed, or null for an empty store.</summary>
    byte[]? LoadClustererState();

    void Commit(StoreBatch batch);

    /// <summary>Caches the headline shown in story lists.</summary>
    void SetHeadlines(IReadOnlyDictionary<long, string> headlines);

    /// <summary>Stories, most recently active first (latest <see cref="StorySummary.LastSeen"/>).</summary>
    /// <remarks>
    /// A story's days are those of its dated reports: an undated report's arrival says when it reached the store, not when
    /// its news happened, so it counts only for a story with no dated report (an archive ingested today is not today's news).
    /// </remarks>
    IReadOnlyList<StorySummary> ListStories(int limit, DateTimeOffset? activeSince = null);

    /// <summary>A story's articles in arrival order; empty when there is no such story.</summary>
    IReadOnlyList<StoryArticle> GetStoryArticles(long storyId);

    Article? GetArticle(string id);

    /// <summary>Full-text search over titles and bodies; <paramref name="query"/> is plain words, not query syntax.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    int CountArticles();

    /// <summary>The state of a watched feed, or null for a feed never polled.</summary>
    FeedState? GetFeedState(string feedUrl) => throw new NotSupportedException($"{GetType().Name} keeps no feed state.");

    void SaveFeedState(FeedState state) => throw new NotSupportedException($"{GetType().Name} keeps no feed state.");

    /// <summary>The item keys among those given that were already taken from the feed.</summary>
    IReadOnlySet<string> FindSeenItems(string feedUrl, IReadOnlyCollection<string> itemKeys) => throw new NotSupportedException($"{GetType().Name} keeps no feed state.");

    /// <summary>Remembers items as taken from the feed, so later polls skip them.</summary>
    void MarkItemsSeen(string feedUrl, IReadOnlyCollection<string> itemKeys, DateTimeOffset seen) => throw new NotSupportedException($"{GetType().Name} keeps no feed state.");
}
