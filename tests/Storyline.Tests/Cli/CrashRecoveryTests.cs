using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cli;

/// <summary>Ingest killed with SIGKILL mid-way, then run again: every article stored exactly once.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Ingest_KilledMidway_ThenRerun_StoresEveryArticleExactlyOnce()
    {
        const int Articles = 20_000;
        var feed = _dir.File("feed.jsonl");
        await File.WriteAllLinesAsync(feed, Enumerable.Range(0, Articles).Select(i => Some.JsonLine(
            $"k{i}", $"Report {i} on the port strike", $"Dockers in city {i % 97} walked out on day {i}. Talks number {i} ended without agreement.")));
        var db = _dir.File("crash.db");

        using (var first = StartIngest(feed, db))
        {
            // Wait for the first committed batch, then kill without warning.
            var deadline = Stopwatch.StartNew();
            while (Count(db) == 0 && !first.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20);
            }
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var afterKill = Count(db);
        Assert.InRange(afterKill, 1, Articles);

        using (var second = StartIngest(feed, db))
        {
            await second.WaitForExitAsync();
            Assert.Equal(0, second.ExitCode);
        }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(DISTINCT id) FROM articles";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal((Articles, Articles), (reader.GetInt32(0), reader.GetInt32(1)));
    }

    private static Process StartIngest(string feed, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Storyline.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "ingest", feed, "--db", db })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int Count(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM articles";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet
        }
    }
}
