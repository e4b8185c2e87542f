using System.Buffers;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Text.Language;

namespace Storyline.Extraction;

/// <summary>Limits and switches of the extraction stage.</summary>
/// <param name="MaxInputBytes">Bytes of one document that are read; the rest of a larger document is ignored.</param>
/// <param name="MinBodyCharacters">A body shorter than this is "no article" (index and error pages).</param>
public sealed record ExtractionOptions(int MaxInputBytes = 4 * 1024 * 1024, int MinBodyCharacters = 80)
{
    public static ExtractionOptions Default { get; } = new();
}

/// <summary>The extraction stage: web pages through AngleSharp and a block scorer, text dumps through a line classifier.</summary>
/// <remarks>
/// Thread-safe and stateless between calls; never throws for bad input (a failed outcome says why). Input beyond
/// <see cref="ExtractionOptions.MaxInputBytes"/> is cut before parsing so time and memory stay bounded.
/// <see cref="ExtractBatch"/> also learns each site's template from the batch and removes it from text dumps.
/// </remarks>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly ExtractionOptions _options;
    private readonly HtmlParserOptions _parserOptions = new() { IsScripting = false, IsKeepingSourceReferences = false };

    public ArticleExtractor(ExtractionOptions? options = null)
    {
        _options = options ?? ExtractionOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxInputBytes, 1024);
    }

    public ExtractionOutcome Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Guarded(document, () => document.Format == DocumentFormat.Html ? FromHtml(document) : FromDump(document, null));
    }

    public IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var dumps = new Dictionary<int, string>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Format == DocumentFormat.TextDump && Decode(documents[i]) is { Succeeded: true } decoded)
            {
                dumps[i] = decoded.Text;
            }
        }
        var templates = SiteTemplates.Learn(dumps.ToDictionary(d => d.Key, d => (documents[d.Key].Url, d.Value)));
        var outcomes = new ExtractionOutcome[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var template = templates.GetValueOrDefault(i);
            outcomes[i] = document.Format == DocumentFormat.Html
                ? Extract(document)
                : Guarded(document, () => FromDump(document, template));
        }
        return outcomes;
    }

    private static ExtractionOutcome Guarded(RawDocument document, Func<ExtractionOutcome> extract)
    {
        try
        {
            return extract();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            // Bad input must not stop a batch; the outcome names the document and the failure.
            return ExtractionOutcome.Failure(document.Origin, $"extraction failed: {e.GetType().Name}: {e.Message}");
        }
    }

    private DecodedText Decode(RawDocument document)
    {
        var bytes = document.Content.Span;
        if (bytes.Length > _options.MaxInputBytes)
        {
            bytes = bytes[.._options.MaxInputBytes];
        }
        return TextDecoding.Decode(bytes, document.ContentType, document.Format == DocumentFormat.Html);
    }

    private ExtractionOutcome FromHtml(RawDocument document)
    {
        var bytes = document.Content.Span;
        if (bytes.Length > _options.MaxInputBytes)
        {
            bytes = bytes[.._options.MaxInputBytes];
        }
        var encoding = TextDecoding.Choose(bytes, document.ContentType, lookForMetaCharset: true);
        if (encoding.Error is not null)
        {
            return ExtractionOutcome.Failure(document.Origin, encoding.Error);
        }
        // The page is decoded into a pooled buffer and slimmed there, and the parser reads it from the buffer: the
        // full text, and the slimmed one, would each be a large string per page, pushing the GC towards full collections.
        var source = bytes[encoding.Skip..];
        var buffer = ArrayPool<char>.Shared.Rent(encoding.Encoding.GetMaxCharCount(source.Length));
        try
        {
            var length = PageSlimmer.SlimInPlace(buffer.AsSpan(0, encoding.Encoding.GetChars(source, buffer)));
            // Everything read from the page is copied out of it before the buffer goes back to the pool.
            using var page = new HtmlParser(_parserOptions).ParseDocument(buffer.AsMemory(0, length));
            return FromPage(document, page, encoding);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private ExtractionOutcome FromPage(RawDocument document, IDocument page, TextDecoding.EncodingChoice encoding)
    {
        var meta = PageMetadata.Read(page, document.Url);
        var (blocks, evidence) = HtmlBodyFinder.Find(page, meta.Title, name => Outlets.IsOwnName(meta.Site ?? document.Source, meta.Url ?? document.Url, name));
        var body = string.Join("\n\n", blocks.Select(b => b.Text));
        if (body.Length < _options.MinBodyCharacters)
        {
            return ExtractionOutcome.Failure(document.Origin, NoArticle(body.Length, evidence));
        }
        var article = new ExtractedArticle(meta.Title, body)
        {
            Byline = meta.Byline,
            Published = meta.Published ?? document.Published ?? PublicationDates.FromUrl(meta.Url ?? document.Url),
            Site = meta.Site ?? document.Source,
            Url = meta.Url ?? document.Url,
            Language = LanguageOf(meta.Title, body, meta.DeclaredLanguage),
            Evidence = $"{evidence}; encoding {encoding.Encoding.WebName} ({encoding.Source})",
        };
        return ExtractionOutcome.Success(document.Origin, article);
    }

    // Says how much prose was found and where, so a user can tell an index page from a too-short note.
    private string NoArticle(int found, string evidence) =>
        found == 0
            ? $"no article text found ({evidence})"
            : string.Create(CultureInfo.InvariantCulture, $"no article text found: the best run of prose ({evidence}) has {found} characters, fewer than the {_options.MinBodyCharacters} an article needs");

    private ExtractionOutcome FromDump(RawDocument document, SiteTemplate? template)
    {
        var decoded = Decode(document);
        if (!decoded.Succeeded)
        {
            return ExtractionOutcome.Failure(document.Origin, decoded.Error!);
        }
        var dump = TextDumpReader.Read(decoded.Text, template, document.Url);
        if (dump.Body.Length < _options.MinBodyCharacters)
        {
            return ExtractionOutcome.Failure(document.Origin, NoArticle(dump.Body.Length, dump.Evidence));
        }
        var article = new ExtractedArticle(dump.Title, dump.Body)
        {
            Byline = dump.Byline,
            Published = dump.Published ?? document.Published ?? PublicationDates.FromUrl(document.Url),
            Site = dump.Site ?? document.Source ?? Outlets.SiteOf(document.Url),
            Url = document.Url,
            Language = LanguageOf(dump.Title, dump.Body, null),
            Evidence = dump.Evidence,
        };
        return ExtractionOutcome.Success(document.Origin, article);
    }

    /// <summary>
    /// The language identified from the text, with the region the page declares for it ("en-GB" for British English:
    /// its dates are written day first and its weeks start on Monday); the page's declared language only when the text is
    /// too short to tell.
    /// </summary>
    private static string? LanguageOf(string title, string body, string? declared)
    {
        var guess = LanguageIdentifier.Identify(title, body);
        var (primary, region) = Tag(declared);
        if (guess.Code is not null)
        {
            return region is not null && guess.Code == primary ? $"{primary}-{region}" : guess.Code;
        }
        return primary is null ? null : region is null ? primary : $"{primary}-{region}";
    }

    // The language and region of a declared tag ("en_GB", "en-us", "de"); a region only as two letters or three digits.
    private static (string? Primary, string? Region) Tag(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return (null, null);
        }
        var parts = declared.Trim().Split('-', '_');
        var primary = parts[0].ToLowerInvariant();
        if (primary.Length is not (2 or 3) || !primary.All(char.IsAsciiLetterLower))
        {
            return (null, null);
        }
        var region = parts.Length > 1 && parts[1] is { Length: 2 } r && r.All(char.IsAsciiLetter) ? r.ToUpperInvariant()
            : parts.Length > 1 && parts[1] is { Length: 3 } d && d.All(char.IsAsciiDigit) ? d
            : null;
        return (primary, region);
    }
}
