using System.Diagnostics;
using Npgsql;
using Storyline.Storage;
using Storyline.Tests.Storage;
using Storyline.Tests.Support;
using Xunit.Abstractions;

namespace Storyline.Tests.Workers;

/// <summary>The 5,000-article stream (the start of clusters-dev multinews-train) and the stories one process makes of it, shared by the multi-worker tests.</summary>
public sealed class FiveThousandArticles : IDisposable
{
    public const int Articles = 5_000;
    private readonly TempDir _dir = new();
    private readonly Lazy<HashSet<string>> _reference;

    public FiveThousandArticles()
    {
        if (SharedData.Root is not null)
        {
            File = _dir.File("stream.jsonl");
            System.IO.File.WriteAllLines(File, System.IO.File.ReadLines(SharedData.Path("data", "clusters-dev", "multinews-train.jsonl")).Take(Articles));
        }
        _reference = new Lazy<HashSet<string>>(() =>
        {
            using var store = SqliteStoryStore.Open(_dir.File("reference.db"));
            new PipelineBuilder().Build().Ingest(store, Storyline.Ingest.InputReader.Read([File!], Storyline.Ingest.IngestHints.None));
            return MultiWorkerTests.Partition(store.ListStories(int.MaxValue).Select(s => (s.Id, store.GetStoryArticles(s.Id).Select(a => a.Article.Id))));
        });
    }

    /// <summary>The stream file, or null when the shared data is not beside the repository.</summary>
    public string? File { get; }

    /// <summary>The stories of a single in-process ingest into SQLite, as the partition of article ids.</summary>
    public HashSet<string> Reference => _reference.Value;

    public void Dispose() => _dir.Dispose();
}

/// <summary>Three worker processes on one stream store every article once and make the stories a single process makes, even when one is killed.</summary>
public sealed class MultiWorkerTests(PostgresFixture postgres, FiveThousandArticles stream, ITestOutputHelper output)
    : IClassFixture<PostgresFixture>, IClassFixture<FiveThousandArticles>
{
    private const int Workers = 3;

    [PostgresFact]
    public async Task ThreeWorkers_SameStream_StoreEachArticleOnce_AndMakeTheStoriesOfOneProcess()
    {
        if (Unavailable())
        {
            return;
        }
        var db = postgres.Server!.CreateDatabase("workers");

        var workers = Enumerable.Range(0, Workers).Select(_ => StartWorker(db)).ToList();
        foreach (var worker in workers)
        {
            await Finish(worker);
            Assert.Equal(0, worker.ExitCode);
        }

        AssertSameAsOneProcess(db);
    }

    [PostgresFact]
    public async Task ThreeWorkers_OneKilledMidRun_StoreEachArticleOnce_AndMakeTheStoriesOfOneProcess()
    {
        if (Unavailable())
        {
            return;
        }
        var db = postgres.Server!.CreateDatabase("workers");

        var workers = Enumerable.Range(0, Workers).Select(_ => StartWorker(db)).ToList();
        var deadline = Stopwatch.StartNew();
        while (AssignedThrough(db) < 500 && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(20);
        }
        var atKill = AssignedThrough(db);
        workers[0].Kill(entireProcessTree: true);
        await workers[0].WaitForExitAsync();
        output.WriteLine($"killed one worker with {atKill} items assigned");
        foreach (var worker in workers.Skip(1))
        {
            await Finish(worker);
            Assert.Equal(0, worker.ExitCode);
        }

        Assert.InRange(atKill, 1, FiveThousandArticles.Articles - 1);
        AssertSameAsOneProcess(db);
    }

    internal static HashSet<string> Partition(IEnumerable<(long Story, IEnumerable<string> Articles)> stories) =>
        stories.Select(s => string.Join(' ', s.Articles.Order(StringComparer.Ordinal))).ToHashSet(StringComparer.Ordinal);

    private bool Unavailable()
    {
        if (stream.File is not null)
        {
            return false;
        }
        Assert.False(PostgresServer.Required, "../shared/data is missing; CI provides it.");
        output.WriteLine("skipped: ../shared/data is not beside the repository");
        return true;
    }

    private void AssertSameAsOneProcess(string db)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        var rows = new List<(string Id, long Story)>();
        using (var command = new NpgsqlCommand("SELECT id, story_id FROM articles", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        using (var queue = new NpgsqlCommand("SELECT count(*) FILTER (WHERE status = 3), count(*) FROM work_items", connection))
        using (var reader = queue.ExecuteReader())
        {
            reader.Read();
            Assert.Equal((FiveThousandArticles.Articles, FiveThousandArticles.Articles), (reader.GetInt64(0), reader.GetInt64(1)));
        }
        var reference = stream.Reference;

        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(reference.Sum(s => s.Split(' ').Length), rows.Count);
        var stories = Partition(rows.GroupBy(r => r.Story).Select(g => (g.Key, g.Select(r => r.Id))));
        Assert.Equal(reference.Count, stories.Count);
        Assert.True(reference.SetEquals(stories), $"{reference.Except(stories).Count()} stories of the single process are not among the workers' stories");
    }

    private static long AssignedThrough(string db)
    {
        try
        {
            using var connection = new NpgsqlConnection(db);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT coalesce(max(assigned_through), 0) FROM clusterer_state", connection);
            return (long)command.ExecuteScalar()!;
        }
        catch (PostgresException)
        {
            return 0; // schema not created yet
        }
    }

    private Process StartWorker(string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Storyline.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "worker", stream.File!, "--db", db })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            try
            {
                output.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                // The test has already finished.
            }
        }
    }

    private static async Task Finish(Process worker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await worker.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            worker.Kill(entireProcessTree: true);
            throw;
        }
    }
}
