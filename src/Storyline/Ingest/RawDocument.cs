namespace Storyline.Ingest;

/// <summary>How the bytes of a raw document are to be read.</summary>
public enum DocumentFormat
{
    /// <summary>A web page.</summary>
    Html,
    /// <summary>A plain-text dump of a rendered page, site chrome included.</summary>
    TextDump,
}

/// <summary>One document as it reached us, before extraction.</summary>
/// <param name="Origin">File path, archive member or URL; used in every report about the document.</param>
/// <param name="Content">The raw bytes, in whatever encoding they came.</param>
/// <param name="Format">How to read them.</param>
public sealed record RawDocument(string Origin, ReadOnlyMemory<byte> Content, DocumentFormat Format)
{
    /// <summary>The document's URL when known (HTTP fetch, WARC record).</summary>
    public string? Url { get; init; }
    /// <summary>The HTTP Content-Type header, whose charset wins over detection.</summary>
    public string? ContentType { get; init; }
    /// <summary>A publication date supplied by the caller; used when the document gives none.</summary>
    public DateTimeOffset? Published { get; init; }
    /// <summary>A source name supplied by the caller; used when the document gives none.</summary>
    public string? Source { get; init; }
    /// <summary>A title supplied by the source (a feed item's title); used when the document gives none.</summary>
    public string? Title { get; init; }
    /// <summary>An author supplied by the source (a feed item's author); used when the document gives none.</summary>
    public string? Byline { get; init; }
    /// <summary>When the document was fetched, when known (an HTTP fetch or a WARC record's date).</summary>
    public DateTimeOffset? Fetched { get; init; }
}
