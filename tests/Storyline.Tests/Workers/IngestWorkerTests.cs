using Npgsql;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Tests.Storage;
using Storyline.Tests.Support;
using Storyline.Workers;
using Xunit.Abstractions;

namespace Storyline.Tests.Workers;

/// <summary>Workers in one process, stepped by hand: the queue's guarantees without timing.</summary>
public sealed class IngestWorkerTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly List<IDisposable> _open = [];

    public void Dispose()
    {
        _open.ForEach(d => d.Dispose());
        _dir.Dispose();
    }

    private static Pipeline Pipeline() => new PipelineBuilder().WithBatchSize(4).WithTimeProvider(new FixedClock(Some.Day)).Build();

    private static List<IngestItem> Items(int count) =>
        Enumerable.Range(0, count)
            .Select(i => Some.Item($"Story number {i % 3} develops {(i % 7 == 0 ? "further" : "")}", $"Report {i} on story {i % 3}: officials said {i} things.", id: $"a{i}"))
            .ToList();

    private PostgresStoryStore OpenStore(string db)
    {
        var store = PostgresStoryStore.Open(db);
        _open.Add(store);
        return store;
    }

    private string? NewDatabase()
    {
        if (postgres.Server is null)
        {
            output.WriteLine($"skipped: {PostgresServer.Unavailable}");
        }
        return postgres.Server?.CreateDatabase("worker");
    }

    private HashSet<string> OneProcess(IEnumerable<IngestItem> items)
    {
        using var store = SqliteStoryStore.Open(_dir.File($"{Guid.NewGuid():N}.db"));
        Pipeline().Ingest(store, items);
        return Stories(store);
    }

    private static HashSet<string> Stories(IStoryStore store) =>
        MultiWorkerTests.Partition(store.ListStories(int.MaxValue).Select(s => (s.Id, store.GetStoryArticles(s.Id).Select(a => a.Article.Id))));

    [PostgresFact]
    public void Enqueue_TheSameInputsTwice_QueuesThemOnce()
    {
        if (NewDatabase() is not { } db)
        {
            return;
        }
        var first = new IngestWorker(Pipeline(), OpenStore(db));
        var second = new IngestWorker(Pipeline(), OpenStore(db));

        Assert.Equal(10, first.Enqueue(Items(10)));
        Assert.Equal(0, second.Enqueue(Items(10)));
        Assert.Equal(2, second.Enqueue(Items(12)));
    }

    [PostgresFact]
    public void Run_SampleDocuments_StoresWhatIngestStores_AndReportsBadInputs()
    {
        if (NewDatabase() is not { } db)
        {
            return;
        }
        var items = SampleCorpus.Items().Append(IngestItem.Failed("missing.html", "no such file or folder")).ToList();
        var worker = new IngestWorker(Pipeline(), OpenStore(db));

        worker.Enqueue(items);
        var report = worker.Run();

        using var reference = SqliteStoryStore.Open(_dir.File("reference.db"));
        var expected = Pipeline().Ingest(reference, items);
        Assert.Equal((expected.New, expected.Duplicates, expected.Copies), (report.New, report.Duplicates, report.Copies));
        Assert.Equal(expected.Failures, report.Failures);
        Assert.Equal(items.Count, report.Assigned);
        var store = OpenStore(db);
        Assert.Equal(Stories(reference), Stories(store));
        Assert.Equal(reference.ListStories(100).Select(s => s.Headline), store.ListStories(100).Select(s => s.Headline));
    }

    [PostgresFact]
    public void TwoWorkersTakingTurns_MakeTheStoriesOfOneProcess()
    {
        if (NewDatabase() is not { } db)
        {
            return;
        }
        var items = Items(40);
        var a = new IngestWorker(Pipeline(), OpenStore(db));
        var b = new IngestWorker(Pipeline(), OpenStore(db));
        var tally = new IngestWorker.Tally();
        a.Enqueue(items);

        // Each assigns after the other, so each must pick up the clusterer state the other committed.
        var turn = 0;
        while (a.ExtractOnce(tally) + b.ExtractOnce(tally) > 0 || turn < 30)
        {
            (turn++ % 2 == 0 ? a : b).AssignOnce(tally);
        }

        Assert.Equal(40, tally.Assigned);
        Assert.Equal(OneProcess(items), Stories(OpenStore(db)));
    }

    [PostgresFact]
    public void ItemsHeldByADeadWorker_AreSkipped_ThenTakenOnceItsConnectionDrops()
    {
        if (NewDatabase() is not { } db)
        {
            return;
        }
        var items = Items(12);
        var survivor = new IngestWorker(Pipeline(), OpenStore(db));
        survivor.Enqueue(items);
        var tally = new IngestWorker.Tally();
        var doomed = new NpgsqlConnection(db);
        doomed.Open();
        var claim = doomed.BeginTransaction();
        using (var hold = new NpgsqlCommand("SELECT seq FROM work_items WHERE status = 0 ORDER BY seq LIMIT 4 FOR UPDATE SKIP LOCKED", doomed))
        {
            hold.ExecuteNonQuery();
        }

        Assert.Equal(4, survivor.ExtractOnce(tally));
        Assert.Equal(4, survivor.ExtractOnce(tally));
        Assert.Equal(0, survivor.ExtractOnce(tally));
        // The held items come first in the stream, so nothing can be assigned past them.
        Assert.Equal(0, survivor.AssignOnce(tally));

        claim.Dispose();
        doomed.Dispose();
        var report = survivor.Run();

        Assert.Equal(12, report.Assigned);
        var store = OpenStore(db);
        Assert.Equal(12, store.CountArticles());
        Assert.Equal(OneProcess(items), Stories(store));
    }
}
