using Dapper;
using Npgsql;
using NpgsqlTypes;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Storage;

/// <summary>The server store: PostgreSQL through Npgsql, full-text search with <c>tsvector</c> and a GIN index.</summary>
/// <remarks>
/// The schema is versioned in <c>storyline_schema</c> and migrated forward on open, under an
/// advisory lock so that workers starting together migrate once. Articles are written with binary
/// <c>COPY</c>. One instance holds one connection and is not thread-safe; open one per thread or
/// process. Any number of processes may share the database; for concurrent ingest use the workers
/// (<see cref="Workers.IngestWorker"/>), which serialise story assignment.
/// </remarks>
public sealed class PostgresStoryStore : IStoryStore
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Migrated = new(StringComparer.Ordinal);

    private PostgresStoryStore(NpgsqlConnection connection, string name)
    {
        Connection = connection;
        Name = name;
    }

    /// <summary>The server and database, for messages (never the password).</summary>
    public string Name { get; }

    internal NpgsqlConnection Connection { get; }

    /// <summary>True for the <c>--db</c> values that name a PostgreSQL database rather than a SQLite file.</summary>
    public static bool Names(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens the database a URI (<c>postgres://user:password@host:port/db</c>) or an Npgsql connection string names, and migrates it.</summary>
    /// <exception cref="StoreException">The server cannot be reached or the database is not a Storyline store.</exception>
    public static PostgresStoryStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = ToConnectionString(db);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            throw new StoreException($"'{Redact(db)}' is not a PostgreSQL URI or connection string: {e.Message}", e);
        }
        var name = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            // Front ends open a store per request; the schema check is needed once per database and process.
            if (!Migrated.ContainsKey(builder.ConnectionString))
            {
                PostgresSchema.Migrate(connection);
                Migrated.TryAdd(builder.ConnectionString, true);
            }
            return new PostgresStoryStore(connection, name);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or StoreException)
        {
            connection.Dispose();
            throw e as StoreException ?? new StoreException($"Cannot open the store '{name}': {e.Message}", e);
        }
    }

    /// <summary>Turns a <c>postgres://</c> URI into Npgsql's keyword form; a keyword string passes through.</summary>
    internal static NpgsqlConnectionStringBuilder ToConnectionString(string db)
    {
        if (!db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new NpgsqlConnectionStringBuilder(db);
        }
        var uri = new Uri(db);
        var builder = new NpgsqlConnectionStringBuilder
        {
            // A socket directory may be given percent-encoded as the host (postgres://user@%2Ftmp%2Fpg/db).
            Host = Uri.UnescapeDataString(uri.Host.Length > 0 ? uri.Host : "localhost"),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            builder[Uri.UnescapeDataString(key).Replace('_', ' ')] = Uri.UnescapeDataString(value);
        }
        return builder;
    }

    private static string Redact(string db) => db.Contains("password", StringComparison.OrdinalIgnoreCase) || db.Contains('@') ? "(connection string)" : db;

    public IReadOnlySet<string> FindKnown(IReadOnlyCollection<string> contentHashes, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(contentHashes);
        ArgumentNullException.ThrowIfNull(ids);
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (contentHashes.Count > 0)
        {
            known.UnionWith(Connection.Query<string>("SELECT content_hash FROM article_hashes WHERE content_hash = ANY(@hashes)", new { hashes = contentHashes.ToArray() }));
        }
        if (ids.Count > 0)
        {
            known.UnionWith(Connection.Query<string>("SELECT id FROM articles WHERE id = ANY(@ids)", new { ids = ids.ToArray() }));
        }
        return known;
    }

    public byte[]? LoadClustererState() => LoadClustererStateVersioned().State;

    /// <summary>The clusterer state with the version it was committed as (0 for none), so a cached clusterer can tell it is stale.</summary>
    internal (byte[]? State, long Version) LoadClustererStateVersioned() =>
        Connection.QuerySingleOrDefault<(byte[]?, long)?>("SELECT state, version FROM clusterer_state WHERE id = 1") ?? (null, 0);

    /// <summary>The clusterer state's version and the last work item assigned, read for an assignment round.</summary>
    internal (long Version, long AssignedThrough) LoadAssignmentMark() =>
        Connection.QuerySingleOrDefault<(long, long)?>("SELECT version, assigned_through FROM clusterer_state WHERE id = 1") ?? (0, 0);

    public void Commit(StoreBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        try
        {
            using var transaction = Connection.BeginTransaction();
            // Waits for a worker's assignment round in progress, so batches never interleave.
            Connection.Execute("SELECT pg_advisory_xact_lock(@AssignLock)", new { AssignLock = Workers.IngestWorker.AssignLock });
            CommitWithin(batch, assignedThrough: null);
            transaction.Commit();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"Cannot commit to the store '{Name}': {e.Message}", e);
        }
    }

    /// <summary>Writes a batch inside the caller's transaction; returns the clusterer state's new version.</summary>
    /// <param name="assignedThrough">The last work item the batch covers, for workers; null leaves the mark alone.</param>
    internal long CommitWithin(StoreBatch batch, long? assignedThrough)
    {
        if (batch.Articles.Count > 0)
        {
            WriteArticles(batch.Articles);
        }
        foreach (var (from, into) in batch.Merges)
        {
            Connection.Execute("UPDATE articles SET story_id = @into WHERE story_id = @from", new { from, into });
            Connection.Execute("DELETE FROM stories WHERE id = @from", new { from });
        }
        return Connection.ExecuteScalar<long>(
            """
            INSERT INTO clusterer_state (id, state, version, assigned_through) VALUES (1, @state, 1, coalesce(@assignedThrough, 0))
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, version = clusterer_state.version + 1,
                assigned_through = coalesce(@assignedThrough, clusterer_state.assigned_through)
            RETURNING version
            """,
            new { state = batch.ClustererState, assignedThrough });
    }

    private void WriteArticles(IReadOnlyList<StoredArticle> articles)
    {
        using (var copy = Connection.BeginBinaryImport(
            "COPY articles (id, content_hash, title, text, url, byline, published, source, language, origin, first_seen, activity_ms, story_id, duplicate_of) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var stored in articles)
            {
                var a = stored.Article;
                copy.StartRow();
                copy.Write(a.Id, NpgsqlDbType.Text);
                copy.Write(a.ContentHash, NpgsqlDbType.Text);
                copy.Write(a.Title, NpgsqlDbType.Text);
                copy.Write(a.Text, NpgsqlDbType.Text);
                WriteOptional(copy, a.Url);
                WriteOptional(copy, a.Byline);
                WriteOptional(copy, StoredTime.FormatOptional(a.Published));
                WriteOptional(copy, a.Source);
                WriteOptional(copy, a.Language);
                WriteOptional(copy, a.Origin);
                copy.Write(StoredTime.Format(stored.FirstSeen), NpgsqlDbType.Text);
                copy.Write((a.Published ?? stored.FirstSeen).ToUnixTimeMilliseconds(), NpgsqlDbType.Bigint);
                copy.Write(stored.StoryId, NpgsqlDbType.Bigint);
                WriteOptional(copy, stored.DuplicateOf);
            }
            copy.Complete();
        }
        Connection.Execute(
            "INSERT INTO article_hashes (content_hash, article_id) SELECT * FROM unnest(@hashes, @ids)",
            new { hashes = articles.Select(s => s.Article.ContentHash).ToArray(), ids = articles.Select(s => s.Article.Id).ToArray() });
    }

    private static void WriteOptional(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    public void SetHeadlines(IReadOnlyDictionary<long, string> headlines)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        if (headlines.Count == 0)
        {
            return;
        }
        Connection.Execute(
            """
            INSERT INTO stories (id, headline) SELECT * FROM unnest(@ids, @texts)
            ON CONFLICT (id) DO UPDATE SET headline = excluded.headline
            """,
            new { ids = headlines.Keys.ToArray(), texts = headlines.Values.ToArray() });
    }

    public IReadOnlyList<StorySummary> ListStories(int limit, DateTimeOffset? activeSince = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var rows = Connection.Query<(long Id, string? Headline, string FirstTitle, long Articles, long Sources, long First, long Last)>(
            $"""
            SELECT * FROM (
                SELECT a.story_id, s.headline, MIN(a.title COLLATE "C"), COUNT(*), COUNT(DISTINCT COALESCE(lower(NULLIF(trim(a.source), '')), 'article:' || a.id)),
                       {StorySummaryRows.Days}
                FROM articles a LEFT JOIN stories s ON s.id = a.story_id
                GROUP BY a.story_id, s.headline
            ) story
            WHERE last_ms >= @since
            ORDER BY last_ms DESC, story_id
            LIMIT @limit
            """,
            new { limit, since = activeSince?.ToUnixTimeMilliseconds() ?? long.MinValue });
        return rows.Select(StorySummaryRows.ToSummary).ToList();
    }

    public IReadOnlyList<StoryArticle> GetStoryArticles(long storyId) => ArticleRow.OfStory(Connection, storyId);

    public Article? GetArticle(string id) => ArticleRow.Find(Connection, id);

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // plainto_tsquery reads the words as words: quotes, operators and colons are not syntax.
        return Connection.Query<(string Id, string Title, string? Source, string? Published, long StoryId, string? Headline, string Snippet)>(
                """
                WITH q AS (SELECT plainto_tsquery('simple', @query) AS query)
                SELECT a.id, a.title, a.source, a.published, a.story_id, s.headline,
                       ts_headline('simple', a.text, q.query, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=" … "')
                FROM q, articles a LEFT JOIN stories s ON s.id = a.story_id
                WHERE a.search @@ q.query
                ORDER BY ts_rank(a.search, q.query) DESC, a.seq
                LIMIT @limit
                """,
                new { query, limit })
            .Select(r => new SearchHit(r.Id, r.Title, r.Source, StoredTime.ParseOptional(r.Published), r.StoryId, r.Headline ?? r.Title, r.Snippet))
            .ToList();
    }

    public int CountArticles() => Connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles");

    public FeedState? GetFeedState(string feedUrl) => FeedStateRows.Get(Connection, feedUrl);

    public void SaveFeedState(FeedState state) => FeedStateRows.Save(Connection, state);

    public IReadOnlySet<string> FindSeenItems(string feedUrl, IReadOnlyCollection<string> itemKeys)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(itemKeys);
        return Connection.Query<string>("SELECT item_key FROM feed_items WHERE feed_url = @feedUrl AND item_key = ANY(@keys)", new { feedUrl, keys = itemKeys.ToArray() })
            .ToHashSet(StringComparer.Ordinal);
    }

    public void MarkItemsSeen(string feedUrl, IReadOnlyCollection<string> itemKeys, DateTimeOffset seen)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(itemKeys);
        Connection.Execute(
            "INSERT INTO feed_items (feed_url, item_key, seen) SELECT @feedUrl, k, @when FROM unnest(@keys) AS k ON CONFLICT DO NOTHING",
            new { feedUrl, keys = itemKeys.Distinct(StringComparer.Ordinal).ToArray(), when = StoredTime.Format(seen) });
    }

    public void Dispose() => Connection.Dispose();


}
