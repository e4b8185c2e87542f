using Dapper;
using Npgsql;
using NpgsqlTypes;
using Storyline.Clustering;
using Storyline.Ingest;
using Storyline.Storage;

namespace Storyline.Workers;

/// <summary>One of any number of ingest workers sharing a PostgreSQL store through its work queue.</summary>
/// <remarks>
/// <para>
/// Inputs are queued in stream order (<see cref="Enqueue"/>), idempotently, so workers given the
/// same inputs queue them once. Extraction then runs in parallel: a worker claims the next
/// pending chunk with <c>FOR UPDATE SKIP LOCKED</c> and keeps the transaction open while it
/// extracts, so a worker that dies mid-chunk releases the rows and another takes them.
/// </para>
/// <para>
/// Story assignment is serialised, because the clusterer is online and its decisions depend on
/// order: the worker that wins <c>pg_try_advisory_xact_lock</c> takes the run of extracted items
/// that directly follows the last assigned one (stopping at the first item not yet extracted),
/// drops what is stored, clusters and commits articles, merges, clusterer state and the new
/// assignment mark in one transaction, as <see cref="Pipeline.Ingest"/> does. The stories are
/// therefore those a single process would make from the same stream. The clusterer stays cached
/// in memory with the state version it matches, and is reloaded only when another worker moved on.
/// </para>
/// <para>Not thread-safe: one worker per store instance.</para>
/// </remarks>
public sealed class IngestWorker
{
    /// <summary>Serialises enqueueing, so that sequence numbers follow commit order.</summary>
    internal const long EnqueueLock = 0x5354_4F52_594C_0002;

    /// <summary>Serialises story assignment.</summary>
    internal const long AssignLock = 0x5354_4F52_594C_0003;

    private readonly Pipeline _pipeline;
    private readonly PostgresStoryStore _store;
    private IStoryClusterer? _clusterer;
    private long _clustererVersion = -1;

    public IngestWorker(Pipeline pipeline, PostgresStoryStore store)
    {
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _store = store ?? throw new ArgumentNullException(nameof(store));
    }

    private NpgsqlConnection Connection => _store.Connection;

    /// <summary>Queues the inputs in their order; returns how many were new to the queue.</summary>
    /// <exception cref="StoreException">The store failed; chunks queued before it are kept.</exception>
    public int Enqueue(IEnumerable<IngestItem> items, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var queued = 0;
        foreach (var chunk in WorkItems.Keyed(items).Chunk(_pipeline.BatchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            queued += Guard(() => EnqueueChunk(chunk));
        }
        return queued;
    }

    private int EnqueueChunk((string Key, IngestItem Item)[] chunk)
    {
        // Keys are unique within a run (Keyed numbers repeated origins), so only earlier runs' keys need skipping.
        using var transaction = Connection.BeginTransaction();
        // Under the lock every new row numbers after every committed one, so the assigner never
        // passes a position that a slower enqueuer fills in later.
        Connection.Execute("SELECT pg_advisory_xact_lock(@EnqueueLock)", new { EnqueueLock });
        using var insert = new NpgsqlCommand(
            """
            WITH input AS (SELECT * FROM unnest(@keys, @origins, @inputs) WITH ORDINALITY AS t(item_key, origin, input, n)),
                 fresh AS (SELECT * FROM input WHERE NOT EXISTS (SELECT 1 FROM work_items w WHERE w.item_key = input.item_key))
            INSERT INTO work_items (seq, item_key, origin, input)
            SELECT (SELECT coalesce(max(seq), 0) FROM work_items) + row_number() OVER (ORDER BY n), item_key, origin, input
            FROM fresh
            """,
            Connection);
        insert.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(c => c.Key).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("origins", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = chunk.Select(c => c.Item.Origin).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter("inputs", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = chunk.Select(c => WorkItems.EncodeInput(c.Item)).ToArray() });
        var inserted = insert.ExecuteNonQuery();
        transaction.Commit();
        return inserted;
    }

    /// <summary>Extracts and assigns queued items until the queue is drained (or, with <see cref="WorkerOptions.Follow"/>, until cancelled).</summary>
    /// <exception cref="StoreException">The store failed; work committed before it is kept, work in flight returns to the queue.</exception>
    public WorkerReport Run(WorkerOptions? options = null, CancellationToken cancellation = default)
    {
        options ??= WorkerOptions.Default;
        var tally = new Tally();
        while (!cancellation.IsCancellationRequested)
        {
            // The worker whose clusterer is current assigns all that is ready before it extracts, so
            // the lock tends to stay with it while the others extract: a handover costs the new
            // holder a reload of the whole state.
            var assigned = 0;
            if (IsCurrent())
            {
                int round;
                while ((round = Guard(() => AssignOnce(tally))) > 0 && !cancellation.IsCancellationRequested)
                {
                    assigned += round;
                }
            }
            var extracted = Guard(() => ExtractOnce(tally));
            if (extracted == 0 && assigned == 0)
            {
                assigned = Guard(() => AssignOnce(tally));
            }
            if (assigned > 0 || extracted > 0)
            {
                continue;
            }
            if (!options.Follow && !Guard(HasUnassigned))
            {
                break;
            }
            // Others hold the remaining items or the assignment lock; look again shortly.
            cancellation.WaitHandle.WaitOne(options.Poll);
        }
        return new WorkerReport(0, tally.Extracted, tally.Failures, tally.Assigned, tally.New, tally.Duplicates, tally.Copies);
    }

    /// <summary>Claims the next pending chunk, extracts it and records each article or error; returns the number of items done.</summary>
    internal int ExtractOnce(Tally tally)
    {
        using var transaction = Connection.BeginTransaction();
        // The row locks last until commit: if this process dies while extracting, the rows unlock and another worker takes them.
        var claimed = Connection.Query<(long Seq, string Origin, byte[] Input)>(
                "SELECT seq, origin, input FROM work_items WHERE status = 0 ORDER BY seq LIMIT @limit FOR UPDATE SKIP LOCKED",
                new { limit = _pipeline.BatchSize })
            .ToList();
        if (claimed.Count == 0)
        {
            return 0;
        }
        var items = claimed.Select(c => WorkItems.DecodeInput(c.Origin, c.Input)).ToList();
        var outcomes = _pipeline.Extract(items);
        var articles = outcomes.Select(o => o.Article is { } a ? WorkItems.EncodeArticle(a) : null).ToArray();
        var errors = outcomes.Select(o => o.Article is null ? o.Error : null).ToArray();
        using var update = new NpgsqlCommand(
            """
            UPDATE work_items w SET status = CASE WHEN u.article IS NULL THEN 2 ELSE 1 END, article = u.article, error = u.error, input = NULL
            FROM unnest(@seqs, @articles, @errors) AS u(seq, article, error)
            WHERE w.seq = u.seq
            """,
            Connection);
        update.Parameters.Add(new NpgsqlParameter("seqs", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = claimed.Select(c => c.Seq).ToArray() });
        update.Parameters.Add(new NpgsqlParameter("articles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = articles });
        update.Parameters.Add(new NpgsqlParameter("errors", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = errors });
        update.ExecuteNonQuery();
        transaction.Commit();
        tally.Extracted += claimed.Count;
        for (var i = 0; i < claimed.Count; i++)
        {
            if (errors[i] is { } error)
            {
                tally.Failures.Add(new IngestFailure(claimed[i].Origin, error));
            }
        }
        return claimed.Count;
    }

    /// <summary>If no other worker is assigning, assigns the extracted items that follow the last assigned one; returns how many.</summary>
    internal int AssignOnce(Tally tally)
    {
        using var transaction = Connection.BeginTransaction();
        if (!Connection.ExecuteScalar<bool>("SELECT pg_try_advisory_xact_lock(@AssignLock)", new { AssignLock }))
        {
            return 0;
        }
        var (version, through) = _store.LoadAssignmentMark();
        var rows = Connection.Query<(long Seq, short Status, string? Article)>(
            "SELECT seq, status, article FROM work_items WHERE seq > @through ORDER BY seq LIMIT @limit",
            new { through, limit = _pipeline.BatchSize });
        // Only the run up to the first item still being extracted: stories depend on order.
        var ready = rows.TakeWhile(r => r.Status is (short)WorkStatus.Extracted or (short)WorkStatus.Failed).ToList();
        if (ready.Count == 0)
        {
            return 0;
        }
        try
        {
            var clusterer = CurrentClusterer(version);
            var articles = ready.Where(r => r.Article is not null).Select(r => WorkItems.DecodeArticle(r.Article!)).ToList();
            var (batch, duplicates) = _pipeline.Prepare(_store, clusterer, articles);
            var last = ready[^1].Seq;
            var newVersion = _store.CommitWithin(batch, assignedThrough: last);
            Connection.Execute(
                "UPDATE work_items SET status = @assigned, article = NULL WHERE seq > @through AND seq <= @last",
                new { assigned = (short)WorkStatus.Assigned, through, last });
            _pipeline.RefreshHeadlines(_store, batch.Articles.Select(a => clusterer.Resolve(a.StoryId)).ToHashSet());
            transaction.Commit();
            _clustererVersion = newVersion;
            tally.Assigned += ready.Count;
            tally.New += batch.Articles.Count;
            tally.Duplicates += duplicates;
            tally.Copies += batch.Articles.Count(a => a.DuplicateOf is not null);
            return ready.Count;
        }
        catch
        {
            // The clusterer has moved past a batch that was not committed.
            _clusterer = null;
            _clustererVersion = -1;
            throw;
        }
    }

    /// <summary>True when this worker's cached clusterer matches the committed state, so assigning costs it no reload.</summary>
    private bool IsCurrent() =>
        _clusterer is not null && Guard(() => Connection.ExecuteScalar<long?>("SELECT version FROM clusterer_state WHERE id = 1")) == _clustererVersion;

    private IStoryClusterer CurrentClusterer(long version)
    {
        if (_clusterer is null || _clustererVersion != version)
        {
            var (state, stored) = _store.LoadClustererStateVersioned();
            _clusterer = _pipeline.RestoreClusterer(state);
            _clustererVersion = stored;
        }
        return _clusterer;
    }

    private bool HasUnassigned() =>
        Connection.ExecuteScalar<bool>(
            "SELECT EXISTS (SELECT 1 FROM work_items WHERE seq > coalesce((SELECT assigned_through FROM clusterer_state WHERE id = 1), 0))");

    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (NpgsqlException e)
        {
            throw new StoreException($"Worker failed on the store '{_store.Name}': {e.Message}", e);
        }
    }

    /// <summary>Running counts of a worker's run.</summary>
    internal sealed class Tally
    {
        public int Extracted { get; set; }
        public List<IngestFailure> Failures { get; } = [];
        public int Assigned { get; set; }
        public int New { get; set; }
        public int Duplicates { get; set; }
        public int Copies { get; set; }
    }
}
