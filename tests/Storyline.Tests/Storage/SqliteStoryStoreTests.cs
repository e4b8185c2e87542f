using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Storage;

/// <summary>The store contract on SQLite, plus what is particular to a SQLite file.</summary>
public sealed class SqliteStoryStoreTests : StoryStoreContract, IDisposable
{
    private readonly TempDir _dir = new();
    private string? _path;

    public void Dispose() => _dir.Dispose();

    protected override IStoryStore? OpenNew()
    {
        _path = _dir.File($"{Guid.NewGuid():N}.db");
        return SqliteStoryStore.Open(_path);
    }

    protected override IStoryStore Reopen() => SqliteStoryStore.Open(_path!);

    [Fact]
    public void Open_AFileThatIsNotAStore_FailsWithTheFileNamed()
    {
        var path = _dir.File("not-a-db.db");
        File.WriteAllText(path, "this is plain text, not a SQLite database, and it is long enough to have a header");

        var error = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StoreLocator_APath_OpensSqlite()
    {
        using var store = StoreLocator.Open(_dir.File("located.db"));

        Assert.IsType<SqliteStoryStore>(store);
    }
}
