namespace Storyline;

/// <summary>An input that could not be ingested, and why.</summary>
public sealed record IngestFailure(string Origin, string Reason);

/// <summary>What one ingest run did.</summary>
/// <param name="Read">Inputs seen (documents, JSON articles, unreadable items).</param>
/// <param name="New">Articles stored by this run.</param>
/// <param name="Duplicates">Inputs already stored (same content or same id), skipped.</param>
/// <param name="Copies">New articles that copy an earlier one (wire syndication); stored, but not counted as independent sources.</param>
/// <param name="Failures">Inputs that failed, each with its reason.</param>
/// <param name="Stories">Stories that received articles in this run.</param>
public sealed record IngestReport(int Read, int New, int Duplicates, int Copies, IReadOnlyList<IngestFailure> Failures, IReadOnlyList<long> Stories)
{
    public int Failed => Failures.Count;
}

/// <summary>Progress of an ingest run, reported after each committed batch.</summary>
public readonly record struct IngestProgress(int Read, int New, int Duplicates, int Failed);
