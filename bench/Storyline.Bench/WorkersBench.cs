using System.Diagnostics;
using System.Globalization;
using Storyline.Bench.Clustering;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Tests.Storage;
using Storyline.Workers;

namespace Storyline.Bench;

/// <summary><c>workers [--counts 1,2,4] [--articles 5000] [--pages-repeat 10] [--db CONNSTR]</c>: articles/s with N worker processes sharing one PostgreSQL server.</summary>
/// <remarks>
/// Two workloads: structured articles (the start of clusters-dev multinews-train; extraction is
/// trivial, so story assignment, which is serialised, bounds the rate) and raw pages (the
/// extraction-dev HTML pages and text dumps, queued several times over; extraction dominates and
/// runs in parallel). For each, the queue is filled once, then N workers (child processes of this
/// program) drain it into a fresh database; the time is from their start to the last exit. The
/// peer figure is one in-process <see cref="Pipeline.Ingest"/> into SQLite on the same inputs.
/// Without <c>--db</c> a server is started in a temporary folder (durable settings, fsync on).
/// </remarks>
internal static class WorkersBench
{
    public const string Help = "[--counts 1,2,4] [--articles 5000] [--pages-repeat 10] [--db CONNSTR] (0 skips a workload)  articles/s with N worker processes on one PostgreSQL server";

    public static int Run(string[] args)
    {
        var counts = new[] { 1, 2, 4 };
        var articles = 5000;
        var repeat = 10;
        string? db = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--counts": counts = args[i + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--articles": articles = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--pages-repeat": repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--db": db = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 1;
            }
        }
        if (DevData.Find("clusters-dev") is not { } clusters || DevData.Find("extraction-dev") is not { } pages)
        {
            Console.Error.WriteLine("shared/data/clusters-dev and extraction-dev are needed");
            return 1;
        }
        if (db is null && PostgresServer.Unavailable is { } reason)
        {
            Console.Error.WriteLine($"{reason}; pass --db with a connection string");
            return 1;
        }
        var dir = Path.Combine(Path.GetTempPath(), $"storyline-workers-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            var stream = Path.Combine(dir, "articles.jsonl");
            File.WriteAllLines(stream, File.ReadLines(Path.Combine(clusters, "multinews-train.jsonl")).Take(articles));
            var workloads = new (string Name, string[] Inputs)[]
            {
                ($"{articles} structured articles", [stream]),
                ($"{repeat} x extraction-dev pages", Enumerable.Repeat(pages, repeat).ToArray()),
            }.Where(w => w.Inputs.Length > 0 && (articles > 0 || w.Inputs[0] != stream)).ToArray();
            using var server = db is null ? PostgresServer.Start(durable: true) : null;
            Console.WriteLine($"{Environment.ProcessorCount} cores; PostgreSQL {(db is null ? "started in a temporary folder" : "given by --db")}");
            Console.WriteLine($"{"workload",-30} {"workers",8} {"items",7} {"seconds",8} {"items/s",8} {"articles/s",10} {"cpu s",8}");
            Console.WriteLine("(seconds: wall clock, workers' start to last exit; cpu s: the workers' own CPU time, the server's not included)");
            foreach (var (name, inputs) in workloads)
            {
                var items = InputReader.Read(inputs, IngestHints.None).ToList();
                var watch = Stopwatch.StartNew();
                using (var sqlite = SqliteStoryStore.Open(Path.Combine(dir, $"{Guid.NewGuid():N}.db")))
                {
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var report = new PipelineBuilder().Build().Ingest(sqlite, items);
                    Print(name, "SQLite 1", items.Count, report.New, watch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
                }
                foreach (var count in counts)
                {
                    var target = server?.CreateDatabase("bench") ?? Fresh(db!);
                    using (var store = PostgresStoryStore.Open(target))
                    {
                        new IngestWorker(new PipelineBuilder().Build(), store).Enqueue(items);
                    }
                    watch.Restart();
                    var children = Enumerable.Range(0, count).Select(_ => StartChild(target)).ToList();
                    var cpu = TimeSpan.Zero;
                    foreach (var child in children)
                    {
                        // Each child prints its own CPU time as its last line: a process's times are gone once it is reaped.
                        var said = child.StandardOutput.ReadToEnd();
                        child.WaitForExit();
                        if (child.ExitCode != 0)
                        {
                            Console.Error.WriteLine($"a worker failed with exit code {child.ExitCode}");
                            return 1;
                        }
                        cpu += TimeSpan.FromMilliseconds(double.Parse(said.Trim(), CultureInfo.InvariantCulture));
                        child.Dispose();
                    }
                    var elapsed = watch.Elapsed;
                    using var after = PostgresStoryStore.Open(target);
                    Print(name, $"PG {count}", items.Count, after.CountArticles(), elapsed, cpu);
                }
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The child side: one worker draining the queue, as <c>storyline worker</c> does.</summary>
    public static int Child(string[] args)
    {
        using var store = PostgresStoryStore.Open(args[0]);
        new IngestWorker(new PipelineBuilder().Build(), store).Run();
        Console.WriteLine(Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
        return 0;
    }

    private static void Print(string workload, string workers, int items, int stored, TimeSpan elapsed, TimeSpan cpu) =>
        Console.WriteLine($"{workload,-30} {workers,8} {items,7} {elapsed.TotalSeconds,8:0.0} {items / elapsed.TotalSeconds,8:0} {stored / elapsed.TotalSeconds,10:0} {cpu.TotalSeconds,8:0.0}");

    private static string Fresh(string db)
    {
        // With a given server, each run gets its own schema-free database beside the one named.
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresStoryStore.ToConnectionString(db).ConnectionString);
        var name = $"storyline_bench_{Guid.NewGuid():N}"[..30];
        using (var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        builder.Database = name;
        return builder.ConnectionString;
    }

    private static Process StartChild(string db)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { typeof(WorkersBench).Assembly.Location, "workers-child", db })
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start a worker");
    }
}
