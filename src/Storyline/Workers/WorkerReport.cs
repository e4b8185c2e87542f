namespace Storyline.Workers;

/// <summary>What one worker did in a run.</summary>
/// <param name="Enqueued">Inputs this worker put on the queue (inputs other workers had already queued are not counted).</param>
/// <param name="Extracted">Queued inputs this worker extracted (failures included).</param>
/// <param name="Failures">Inputs this worker found bad while extracting, each with its reason.</param>
/// <param name="Assigned">Queued items this worker took through assignment.</param>
/// <param name="New">Articles stored by this worker's assignment rounds.</param>
/// <param name="Duplicates">Articles its assignment rounds skipped as already stored.</param>
/// <param name="Copies">New articles that copy an earlier one.</param>
public sealed record WorkerReport(int Enqueued, int Extracted, IReadOnlyList<IngestFailure> Failures, int Assigned, int New, int Duplicates, int Copies);

/// <summary>How a worker runs.</summary>
/// <param name="Follow">Keep polling the queue for new items instead of stopping once it is drained.</param>
/// <param name="PollInterval">How long an idle worker waits before looking again.</param>
public sealed record WorkerOptions(bool Follow = false, TimeSpan? PollInterval = null)
{
    public static WorkerOptions Default { get; } = new();

    internal TimeSpan Poll => PollInterval ?? TimeSpan.FromMilliseconds(50);
}
