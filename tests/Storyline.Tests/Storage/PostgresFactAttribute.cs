namespace Storyline.Tests.Storage;

/// <summary>A fact that needs a PostgreSQL server: skipped with a reason when none can be had, except in CI, which installs one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        // In CI a missing server is a broken setup, so the test runs and fails rather than passing quietly.
        if (PostgresServer.Unavailable is { } reason && !PostgresServer.Required)
        {
            Skip = reason + "; the PostgreSQL tests need it.";
        }
    }
}

/// <summary>One server for a test class, each test taking its own database; null where PostgreSQL is missing and not required.</summary>
public sealed class PostgresFixture : IDisposable
{
    private readonly PostgresServer? _server = PostgresServer.Unavailable is null || PostgresServer.Required ? PostgresServer.Start() : null;

    internal PostgresServer? Server => _server;

    public void Dispose() => _server?.Dispose();
}
