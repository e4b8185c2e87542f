using Dapper;
using Microsoft.Data.Sqlite;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Storage;

/// <summary>The embedded store: one SQLite file, WAL mode, full-text search with FTS5.</summary>
/// <remarks>
/// The schema is versioned with <c>PRAGMA user_version</c> and migrated forward on open. One
/// instance holds one connection and is not thread-safe; open one per thread or process. Several
/// processes may read while one writes (WAL).
/// </remarks>
public sealed class SqliteStoryStore : IStoryStore
{
    private readonly SqliteConnection _connection;

    private SqliteStoryStore(SqliteConnection connection) => _connection = connection;

    /// <summary>The path of the database file.</summary>
    public string Path => _connection.DataSource;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and migrates it to the current schema.</summary>
    /// <exception cref="StoreException">The file cannot be opened or is not a Storyline store.</exception>
    public static SqliteStoryStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
            SqliteSchema.Migrate(connection);
            return new SqliteStoryStore(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"Cannot open the store '{path}': {e.Message}", e);
        }
    }

    public IReadOnlySet<string> FindKnown(IReadOnlyCollection<string> contentHashes, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        ArgumentNullException.ThrowIfNull(ids);
        var known = new HashSet<string>(StringComparer.Ordinal);
        // Chunked so that a large batch stays under SQLite's limit on bound parameters.
        foreach (var chunk in contentHashes.Chunk(500))
        {
            known.UnionWith(_connection.Query<string>("SELECT content_hash FROM articles WHERE content_hash IN @chunk", new { chunk }));
        }
        foreach (var chunk in ids.Chunk(500))
        {
            known.UnionWith(_connection.Query<string>("SELECT id FROM articles WHERE id IN @chunk", new { chunk }));
        }
        return known;
    }

    public byte[]? LoadClustererState() =>
        _connection.QuerySingleOrDefault<byte[]>("SELECT state FROM clusterer_state WHERE id = 1");

    public void Commit(StoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var transaction = _connection.BeginTransaction();
        foreach (var stored in batch.Articles)
        {
            var a = stored.Article;
            _connection.Execute(
                """
                INSERT INTO articles (id, content_hash, title, text, url, byline, published, source, language, origin,
                                      first_seen, activity_ms, story_id, duplicate_of)
                VALUES (@Id, @Hash, @Title, @Text, @Url, @Byline, @Published, @Source, @Language, @Origin,
                        @FirstSeen, @ActivityMs, @StoryId, @DuplicateOf)
                """,
                new
                {
                    a.Id,
                    Hash = a.ContentHash,
                    a.Title,
                    a.Text,
                    a.Url,
                    a.Byline,
                    Published = StoredTime.FormatOptional(a.Published),
                    a.Source,
                    a.Language,
                    a.Origin,
                    FirstSeen = StoredTime.Format(stored.FirstSeen),
                    ActivityMs = (a.Published ?? stored.FirstSeen).ToUnixTimeMilliseconds(),
                    stored.StoryId,
                    stored.DuplicateOf,
                },
                transaction);
        }
        foreach (var (from, into) in batch.Merges)
        {
            _connection.Execute("UPDATE articles SET story_id = @into WHERE story_id = @from", new { from, into }, transaction);
            _connection.Execute("DELETE FROM stories WHERE id = @from", new { from }, transaction);
        }
        _connection.Execute(
            "INSERT INTO clusterer_state (id, state) VALUES (1, @state) ON CONFLICT (id) DO UPDATE SET state = excluded.state",
            new { state = batch.ClustererState },
            transaction);
        transaction.Commit();
    }

    public void SetHeadlines(IReadOnlyDictionary<long, string> headlines)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        using var transaction = _connection.BeginTransaction();
        foreach (var (id, headline) in headlines)
        {
            _connection.Execute(
                "INSERT INTO stories (id, headline) VALUES (@id, @headline) ON CONFLICT (id) DO UPDATE SET headline = excluded.headline",
                new { id, headline },
                transaction);
        }
        transaction.Commit();
    }

    public IReadOnlyList<StorySummary> ListStories(int limit, DateTimeOffset? activeSince = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = _connection.Query<(long Id, string? Headline, string FirstTitle, long Articles, long Sources, long First, long Last)>(
            $"""
            SELECT * FROM (
                SELECT a.story_id, s.headline, MIN(a.title), COUNT(*), COUNT(DISTINCT COALESCE(lower(NULLIF(trim(a.source), '')), 'article:' || a.id)),
                       {StorySummaryRows.Days}
                FROM articles a LEFT JOIN stories s ON s.id = a.story_id
                GROUP BY a.story_id
            ) story
            WHERE last_ms >= @since
            ORDER BY last_ms DESC, story_id
            LIMIT @limit
            """,
            new { limit, since = activeSince?.ToUnixTimeMilliseconds() ?? long.MinValue });
        return rows.Select(StorySummaryRows.ToSummary).ToList();
    }

    public IReadOnlyList<StoryArticle> GetStoryArticles(long storyId) => ArticleRow.OfStory(_connection, storyId);

    public Article? GetArticle(string id) => ArticleRow.Find(_connection, id);

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = ToFtsQuery(query);
        if (match.Length == 0)
        {
            return [];
        }
        return _connection.Query<(string Id, string Title, string? Source, string? Published, long StoryId, string? Headline, string Snippet)>(
                """
                SELECT a.id, a.title, a.source, a.published, a.story_id, s.headline,
                       snippet(articles_fts, 1, '[', ']', '…', 16)
                FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                LEFT JOIN stories s ON s.id = a.story_id
                WHERE articles_fts MATCH @match
                ORDER BY bm25(articles_fts, 3.0, 1.0)
                LIMIT @limit
                """,
                new { match, limit })
            .Select(r => new SearchHit(r.Id, r.Title, r.Source, StoredTime.ParseOptional(r.Published), r.StoryId, r.Headline ?? r.Title, r.Snippet))
            .ToList();
    }

    public int CountArticles() => _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles");

    public FeedState? GetFeedState(string feedUrl) => FeedStateRows.Get(_connection, feedUrl);

    public void SaveFeedState(FeedState state) => FeedStateRows.Save(_connection, state);

    public IReadOnlySet<string> FindSeenItems(string feedUrl, IReadOnlyCollection<string> itemKeys)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(itemKeys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in itemKeys.Chunk(500))
        {
            seen.UnionWith(_connection.Query<string>("SELECT item_key FROM feed_items WHERE feed_url = @feedUrl AND item_key IN @chunk", new { feedUrl, chunk }));
        }
        return seen;
    }

    public void MarkItemsSeen(string feedUrl, IReadOnlyCollection<string> itemKeys, DateTimeOffset seen)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(itemKeys);
        using var transaction = _connection.BeginTransaction();
        var when = StoredTime.Format(seen);
        foreach (var key in itemKeys)
        {
            _connection.Execute(
                "INSERT INTO feed_items (feed_url, item_key, seen) VALUES (@feedUrl, @key, @when) ON CONFLICT DO NOTHING",
                new { feedUrl, key, when },
                transaction);
        }
        transaction.Commit();
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Turns plain words into an FTS5 query that matches all of them, so user text never reads as query syntax.</summary>
    internal static string ToFtsQuery(string query)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= query.Length; i++)
        {
            var inWord = i < query.Length && char.IsLetterOrDigit(query[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add($"\"{query[start..i]}\"");
                start = -1;
            }
        }
        return string.Join(' ', words);
    }


}
