using System.Data;
using System.Globalization;
using Dapper;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Storage;

/// <summary>Times as both stores keep them: ISO 8601 text with the offset, so the outlet's time zone survives.</summary>
internal static class StoredTime
{
    public static string Format(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    public static string? FormatOptional(DateTimeOffset? value) => value is { } v ? Format(v) : null;

    public static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? ParseOptional(string? value) => value is null ? null : Parse(value);
}

// Dapper maps columns by name; snake_case keeps the SQL readable.
#pragma warning disable IDE1006, CA1812
/// <summary>An article row as both stores' <c>articles</c> tables hold it.</summary>
internal sealed record ArticleRow(
    string id, string title, string text, string? url, string? byline, string? published, string? source,
    string? language, string? origin, string first_seen, long story_id, string? duplicate_of)
{
    public const string Columns = "id, title, text, url, byline, published, source, language, origin, first_seen, story_id, duplicate_of";

    public Article ToArticle() => new()
    {
        Id = id,
        Title = title,
        Text = text,
        Url = url,
        Byline = byline,
        Published = StoredTime.ParseOptional(published),
        Source = source,
        Language = language,
        Origin = origin,
    };

    /// <summary>A story's articles in arrival order, each with what it copies and when it was first seen.</summary>
    public static IReadOnlyList<StoryArticle> OfStory(IDbConnection connection, long storyId) =>
        connection.Query<ArticleRow>($"SELECT {Columns} FROM articles WHERE story_id = @storyId ORDER BY seq", new { storyId })
            .Select(r => new StoryArticle(r.ToArticle(), r.duplicate_of, StoredTime.Parse(r.first_seen)))
            .ToList();

    /// <summary>The article stored under <paramref name="id"/>, or null.</summary>
    public static Article? Find(IDbConnection connection, string id) =>
        connection.QuerySingleOrDefault<ArticleRow>($"SELECT {Columns} FROM articles WHERE id = @id", new { id })?.ToArticle();
}
#pragma warning restore IDE1006, CA1812

/// <summary>The story list query both stores run: per story its headline, first title, counts and activity times (Unix ms).</summary>
internal static class StorySummaryRows
{
    /// <summary>
    /// The columns <c>first_ms</c> and <c>last_ms</c> of a story's articles grouped (alias <c>a</c>), the same on SQLite and
    /// PostgreSQL: its dated articles' publication times, its arrivals only when none is dated (see IStoryStore.ListStories).
    /// </summary>
    public const string Days = """
        COALESCE(MIN(CASE WHEN a.published IS NOT NULL THEN a.activity_ms END), MIN(a.activity_ms)) AS first_ms,
        COALESCE(MAX(CASE WHEN a.published IS NOT NULL THEN a.activity_ms END), MAX(a.activity_ms)) AS last_ms
        """;

    /// <summary>A list row as the story's summary: the stored headline, or its first title while it has none.</summary>
    public static StorySummary ToSummary((long Id, string? Headline, string FirstTitle, long Articles, long Sources, long First, long Last) row) => new(
        row.Id,
        row.Headline ?? row.FirstTitle,
        (int)row.Articles,
        (int)row.Sources,
        DateTimeOffset.FromUnixTimeMilliseconds(row.First),
        DateTimeOffset.FromUnixTimeMilliseconds(row.Last));
}

/// <summary>The <c>feed_state</c> table, whose SQL is the same on SQLite and PostgreSQL.</summary>
internal static class FeedStateRows
{
    public static FeedState? Get(IDbConnection connection, string feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var row = connection.QuerySingleOrDefault<(string Url, string? ETag, string? LastModified, string Checked)?>(
            "SELECT url, etag, last_modified, checked FROM feed_state WHERE url = @feedUrl", new { feedUrl });
        return row is { } r ? new FeedState(r.Url, r.ETag, r.LastModified, StoredTime.Parse(r.Checked)) : null;
    }

    public static void Save(IDbConnection connection, FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        connection.Execute(
            """
            INSERT INTO feed_state (url, etag, last_modified, checked) VALUES (@Url, @ETag, @LastModified, @Checked)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked = excluded.checked
            """,
            new { state.Url, state.ETag, state.LastModified, Checked = StoredTime.Format(state.Checked) });
    }
}
