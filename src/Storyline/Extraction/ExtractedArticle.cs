namespace Storyline.Extraction;

/// <summary>What extraction found in one raw document.</summary>
/// <param name="Title">The article's headline (empty when none was found).</param>
/// <param name="Text">Body text, paragraphs separated by a blank line.</param>

public sealed record ExtractedArticle(string Title, string Text)
{
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Site { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    /// <summary>Where the body came from: a path of the content element, or line ranges of a dump.</summary>
    public string? Evidence { get; init; }
}

/// <summary>The result of extracting one document: an article, or the reason there is none.</summary>
/// <remarks>A bad document is a value, not an exception: batches go on and reports name the item.</remarks>
public sealed record ExtractionOutcome(string Origin, ExtractedArticle? Article, string? Error)
{
    public bool Succeeded => Article is not null && Error is null;

    public static ExtractionOutcome Success(string origin, ExtractedArticle article) => new(origin, article, null);

    public static ExtractionOutcome Failure(string origin, string reason) => new(origin, null, reason);
}
