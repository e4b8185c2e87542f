namespace Storyline.Storage;

/// <summary>Opens the store a <c>--db</c> value names.</summary>
public static class StoreLocator
{
    /// <summary>Opens a SQLite file path. (Server stores plug in here.)</summary>
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static IStoryStore Open(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException("PostgreSQL stores are not supported by this build yet; use a SQLite file path.");
        }
        return SqliteStoryStore.Open(db);
    }
}
