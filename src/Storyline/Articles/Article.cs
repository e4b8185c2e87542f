namespace Storyline.Articles;

/// <summary>A news article after extraction: the unit every later stage works on.</summary>
/// <remarks>
/// <see cref="Id"/> is the caller's id when the input carried one (JSON Lines), otherwise a
/// short hash of the content. <see cref="ContentHash"/> identifies the text itself and is what
/// makes ingest idempotent: the same document ingested twice is stored once.
/// </remarks>
public sealed record Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Body text, paragraphs separated by a blank line.</summary>
    public required string Text { get; init; }
    public string? Url { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>The outlet (site name or source label) that published the article.</summary>
    public string? Source { get; init; }
    /// <summary>ISO 639-1 code, or null when the language could not be told.</summary>
    public string? Language { get; init; }
    /// <summary>Where the raw document came from: a file path, an archive member or a URL.</summary>
    public string? Origin { get; init; }

    public string ContentHash => ContentHashing.Of(Title, Text);
}
