using System.Text;
using AngleSharp.Html.Parser;
using Storyline.Ingest;

namespace Storyline.Extraction;

/// <summary>The extraction stage: web pages through AngleSharp, text dumps line by line.</summary>
/// <remarks>First slice: paragraphs of a page and the non-empty lines of a dump. Boilerplate removal comes with the extraction issue.</remarks>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly HtmlParser _parser = new();

    public ExtractionOutcome Extract(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = Encoding.UTF8.GetString(document.Content.Span);
        return document.Format == DocumentFormat.Html ? FromHtml(document, text) : FromDump(document, text);
    }

    public IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Select(Extract).ToList();
    }

    private ExtractionOutcome FromHtml(RawDocument document, string html)
    {
        using var page = _parser.ParseDocument(html);
        var title = page.QuerySelector("h1")?.TextContent.Trim() ?? page.Title?.Trim() ?? "";
        var paragraphs = page.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(p => p.Length > 0);
        var body = string.Join("\n\n", paragraphs);
        return body.Length == 0
            ? ExtractionOutcome.Failure(document.Origin, "no article text found")
            : ExtractionOutcome.Success(document.Origin, new ExtractedArticle(title, body) { Url = document.Url });
    }

    private static ExtractionOutcome FromDump(RawDocument document, string dump)
    {
        var lines = dump.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count < 2)
        {
            return ExtractionOutcome.Failure(document.Origin, "no article text found");
        }
        return ExtractionOutcome.Success(document.Origin, new ExtractedArticle(lines[0], string.Join("\n\n", lines.Skip(1))));
    }
}
