namespace Storyline.Storage;

/// <summary>Opens the store a <c>--db</c> value names.</summary>
public static class StoreLocator
{
    /// <summary>Opens a PostgreSQL database (<c>postgres://...</c> or <c>Host=...;...</c>) or else a SQLite file path.</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static IStoryStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return PostgresStoryStore.Names(db) ? PostgresStoryStore.Open(db) : SqliteStoryStore.Open(db);
    }
}
