using Storyline.Articles;

namespace Storyline.Ingest;

/// <summary>One input to ingest: a raw document to extract, an article that came structured, or an input that could not be read.</summary>
/// <remarks>Exactly one of <see cref="Document"/>, <see cref="Article"/> and <see cref="Error"/> is set.</remarks>
public sealed record IngestItem
{
    private IngestItem(string origin) => Origin = origin;

    /// <summary>File path, archive member, line of a JSON Lines file, or URL.</summary>
    public string Origin { get; }
    public RawDocument? Document { get; private init; }
    public Article? Article { get; private init; }
    public string? Error { get; private init; }

    public static IngestItem FromDocument(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new IngestItem(document.Origin) { Document = document };
    }

    public static IngestItem FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new IngestItem(article.Origin ?? article.Id) { Article = article };
    }

    public static IngestItem Failed(string origin, string error) => new(origin) { Error = error };
}

/// <summary>What the caller knows of inputs that may not say it themselves.</summary>
/// <param name="Published">Publication date for inputs that carry none.</param>
/// <param name="Source">Outlet name for inputs that carry none.</param>
public sealed record IngestHints(DateTimeOffset? Published = null, string? Source = null)
{
    public static IngestHints None { get; } = new();
}
