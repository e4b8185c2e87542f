using Npgsql;
using Storyline.Storage;
using Xunit.Abstractions;

namespace Storyline.Tests.Storage;

/// <summary>The store contract on PostgreSQL (a server started for the class), plus connection strings and migrations.</summary>
public sealed class PostgresStoryStoreTests(PostgresFixture fixture, ITestOutputHelper output) : StoryStoreContract, IClassFixture<PostgresFixture>
{
    private string? _db;

    protected override IStoryStore? OpenNew()
    {
        if (fixture.Server is not { } server)
        {
            output.WriteLine($"skipped: {PostgresServer.Unavailable}");
            return null;
        }
        _db = server.CreateDatabase();
        return PostgresStoryStore.Open(_db);
    }

    protected override IStoryStore Reopen() => PostgresStoryStore.Open(_db!);

    [PostgresFact]
    public void Server_IsAvailable() => Assert.NotNull(fixture.Server);

    [PostgresFact]
    public void StoreLocator_AConnectionString_OpensPostgres_AndMigratesOnce()
    {
        var db = fixture.Server!.CreateDatabase();
        using (var first = StoreLocator.Open(db))
        {
            Assert.IsType<PostgresStoryStore>(first);
        }
        using var second = PostgresStoryStore.Open(db);
        using var count = new NpgsqlCommand("SELECT count(*) FROM storyline_schema", second.Connection);

        Assert.Equal(2L, count.ExecuteScalar());
    }

    [PostgresFact]
    public void Open_AUriNamingTheSameDatabase_SeesTheSameData()
    {
        var builder = new NpgsqlConnectionStringBuilder(fixture.Server!.CreateDatabase());
        using (var store = PostgresStoryStore.Open(builder.ConnectionString))
        {
            store.SetHeadlines(new Dictionary<long, string> { [1] = "x" });
            store.Commit(new StoreBatch([], [], [4, 2]));
        }
        var uri = $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}?pooling=false";

        using var again = StoreLocator.Open(uri);

        Assert.Equal([4, 2], again.LoadClustererState());
    }

    [Theory]
    [InlineData("postgres://ann:s%40cret@db.example:6432/news?sslmode=require", "db.example", 6432, "news", "ann", "s@cret")]
    [InlineData("postgresql://db.example/news", "db.example", 5432, "news", null, null)]
    [InlineData("Host=db.example;Port=5433;Database=news;Username=ann", "db.example", 5433, "news", "ann", null)]
    public void ToConnectionString_ReadsUrisAndKeywordStrings(string db, string host, int port, string database, string? user, string? password)
    {
        var builder = PostgresStoryStore.ToConnectionString(db);

        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    [Fact]
    public void Open_AnUnreachableServer_FailsWithTheServerNamed()
    {
        var error = Assert.Throws<StoreException>(() => PostgresStoryStore.Open("Host=127.0.0.1;Port=1;Database=nothing;Timeout=2"));

        Assert.Contains("127.0.0.1:1/nothing", error.Message, StringComparison.Ordinal);
    }
}
