using Dapper;
using Npgsql;

namespace Storyline.Storage;

/// <summary>The PostgreSQL schema as a list of forward migrations, applied in order on open.</summary>
/// <remarks>
/// Written for a later move to a sharded PostgreSQL (Citus): every large table has one distribution
/// key (<c>articles.id</c>, <c>article_hashes.content_hash</c>, <c>stories.id</c>) and there are no
/// foreign keys between them; uniqueness of content hashes lives in its own table keyed by the hash
/// because a sharded table can only enforce uniqueness on its distribution key.
/// </remarks>
internal static class PostgresSchema
{
    /// <summary>Serialises migrations between processes opening the same database at once.</summary>
    internal const long MigrationLock = 0x5354_4F52_594C_0001;

    private static readonly string[] Migrations =
    [
        // 1: articles (arrival order in seq), content hashes, stories' cached headlines, clusterer state, feeds.
        """
        CREATE TABLE articles (
            id           text PRIMARY KEY,
            seq          bigint GENERATED ALWAYS AS IDENTITY,
            content_hash text NOT NULL,
            title        text NOT NULL,
            text         text NOT NULL,
            url          text,
            byline       text,
            published    text,
            source       text,
            language     text,
            origin       text,
            first_seen   text NOT NULL,
            activity_ms  bigint NOT NULL,
            story_id     bigint NOT NULL,
            duplicate_of text,
            search       tsvector GENERATED ALWAYS AS (
                             setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', text), 'B')) STORED
        );
        CREATE INDEX ix_articles_story ON articles (story_id, seq);
        CREATE INDEX ix_articles_search ON articles USING gin (search);
        CREATE TABLE article_hashes (
            content_hash text PRIMARY KEY,
            article_id   text NOT NULL
        );
        CREATE TABLE stories (
            id       bigint PRIMARY KEY,
            headline text NOT NULL
        );
        CREATE TABLE clusterer_state (
            id               int PRIMARY KEY CHECK (id = 1),
            state            bytea NOT NULL,
            version          bigint NOT NULL,
            assigned_through bigint NOT NULL DEFAULT 0
        );
        -- Megabytes rewritten on every batch: compressing them costs more CPU than the disk it saves.
        ALTER TABLE clusterer_state ALTER COLUMN state SET STORAGE EXTERNAL;
        CREATE TABLE feed_state (
            url           text PRIMARY KEY,
            etag          text,
            last_modified text,
            checked       text NOT NULL
        );
        CREATE TABLE feed_items (
            feed_url text NOT NULL,
            item_key text NOT NULL,
            seen     text NOT NULL,
            PRIMARY KEY (feed_url, item_key)
        );
        """,
        // 2: the work queue shared by workers: inputs in stream order, extracted articles waiting for assignment.
        """
        CREATE TABLE work_items (
            seq      bigint PRIMARY KEY,
            item_key text NOT NULL UNIQUE,
            origin   text NOT NULL,
            status   smallint NOT NULL DEFAULT 0,
            input    bytea,
            article  text,
            error    text
        );
        CREATE INDEX ix_work_items_pending ON work_items (seq) WHERE status = 0;
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    public static void Migrate(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, transaction);
        connection.Execute("CREATE TABLE IF NOT EXISTS storyline_schema (version int NOT NULL)", transaction: transaction);
        var version = connection.ExecuteScalar<int?>("SELECT max(version) FROM storyline_schema", transaction: transaction) ?? 0;
        if (version > CurrentVersion)
        {
            throw new StoreException($"The store has schema version {version}, newer than this build understands ({CurrentVersion}).");
        }
        for (var next = version; next < CurrentVersion; next++)
        {
            connection.Execute(Migrations[next], transaction: transaction);
            connection.Execute("INSERT INTO storyline_schema (version) VALUES (@v)", new { v = next + 1 }, transaction);
        }
        transaction.Commit();
    }
}
