using Storyline.Ingest;

namespace Storyline.Extraction;

/// <summary>Turns raw documents (web pages, text dumps) into articles.</summary>
/// <remarks>Implementations are thread-safe and never throw for bad input: they return a failed outcome.</remarks>
public interface IArticleExtractor
{
    /// <summary>Extracts one document on its own.</summary>
    ExtractionOutcome Extract(RawDocument document);

    /// <summary>
    /// Extracts a batch, using what the documents share: lines and blocks that recur across
    /// documents of one site are template, not article. Outcomes come back in input order.
    /// </summary>
    IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents);
}
