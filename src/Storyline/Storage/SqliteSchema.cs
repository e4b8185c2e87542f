using Dapper;
using Microsoft.Data.Sqlite;

namespace Storyline.Storage;

/// <summary>The SQLite schema as a list of forward migrations, applied in order on open.</summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        // 1: articles in arrival order, stories' cached headlines, the clusterer's state, full-text index.
        """
        CREATE TABLE articles (
            seq          INTEGER PRIMARY KEY AUTOINCREMENT,
            id           TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title        TEXT NOT NULL,
            text         TEXT NOT NULL,
            url          TEXT,
            byline       TEXT,
            published    TEXT,
            source       TEXT,
            language     TEXT,
            origin       TEXT,
            first_seen   TEXT NOT NULL,
            activity_ms  INTEGER NOT NULL,
            story_id     INTEGER NOT NULL,
            duplicate_of TEXT
        );
        CREATE INDEX ix_articles_story ON articles (story_id);
        CREATE TABLE stories (
            id       INTEGER PRIMARY KEY,
            headline TEXT NOT NULL
        );
        CREATE TABLE clusterer_state (
            id    INTEGER PRIMARY KEY CHECK (id = 1),
            state BLOB NOT NULL
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
        END;
        """,
        // 2: what watch remembers of each feed: cache validators for conditional requests, and the items already taken.
        """
        CREATE TABLE feed_state (
            url           TEXT PRIMARY KEY,
            etag          TEXT,
            last_modified TEXT,
            checked       TEXT NOT NULL
        );
        CREATE TABLE feed_items (
            feed_url TEXT NOT NULL,
            item_key TEXT NOT NULL,
            seen     TEXT NOT NULL,
            PRIMARY KEY (feed_url, item_key)
        ) WITHOUT ROWID;
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentVersion => Migrations.Length;

    public static void Migrate(SqliteConnection connection)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > CurrentVersion)
        {
            throw new StoreException($"The store has schema version {version}, newer than this build understands ({CurrentVersion}).");
        }
        for (var next = version; next < CurrentVersion; next++)
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(Migrations[next], transaction: transaction);
            // PRAGMA takes no parameters; the value is our own integer.
            connection.Execute($"PRAGMA user_version = {next + 1}", transaction: transaction);
            transaction.Commit();
        }
    }
}
