using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

public class BadInputTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Paragraph = "<p>The regional council voted on Thursday to extend the night bus service for another year, after a trial showed strong demand from shift workers.</p>";

    private static ExtractionOutcome Html(string html) => Extractor.Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(html), DocumentFormat.Html));

    [Fact]
    public void Extract_TruncatedHtml_StillFindsTheText()
    {
        var outcome = Html("<html><body><div class=\"story\">" + Paragraph + Paragraph.Replace("Thursday", "Friday", StringComparison.Ordinal) + "<p>The vote was unan");
        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Contains("night bus service", outcome.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IndexPageOfLinks_IsNoArticle()
    {
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/story/{i}\">Story number {i} about something that happened today</a></li>"));
        var outcome = Html($"<html><body><h1>Front page</h1><ul>{links}</ul></body></html>");
        Assert.False(outcome.Succeeded);
        Assert.Contains("no article", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ErrorPage_IsNoArticle()
    {
        var outcome = Html("<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found.</p></body></html>");
        Assert.False(outcome.Succeeded);
    }

    [Fact]
    public void Extract_ADumpTooShortForAnArticle_SaysHowMuchProseItFoundAndWhere()
    {
        var dump = "Short note\n\nOne sentence of prose that is well short of an article.\n";

        var outcome = Extractor.Extract(new RawDocument("note.txt", Encoding.UTF8.GetBytes(dump), DocumentFormat.TextDump));

        Assert.False(outcome.Succeeded);
        Assert.Matches(@"^no article text found: the best run of prose \(lines 3-3\) has \d+ characters, fewer than the 80 an article needs$", outcome.Error);
    }

    [Fact]
    public void Extract_EmptyDocument_IsNoArticle()
    {
        Assert.False(Extractor.Extract(new RawDocument("empty.html", Array.Empty<byte>(), DocumentFormat.Html)).Succeeded);
        Assert.False(Extractor.Extract(new RawDocument("empty.txt", Array.Empty<byte>(), DocumentFormat.TextDump)).Succeeded);
    }

    [Fact]
    public void Extract_HugePage_IsCutAndStillAnswers()
    {
        var builder = new StringBuilder("<html><body><div class=\"story\">");
        while (builder.Length < 50 * 1024 * 1024)
        {
            builder.Append(Paragraph);
        }
        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        builder.Clear();
        var outcome = Extractor.Extract(new RawDocument("huge.html", bytes, DocumentFormat.Html));
        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.True(outcome.Article!.Text.Length <= new ExtractionOptions().MaxInputBytes);
    }

    [Fact]
    public void Extract_DeeplyNestedMarkup_DoesNotOverflow()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + Paragraph + Paragraph + "</body></html>";
        var outcome = Html(html);
        Assert.NotNull(outcome);
    }

    [Fact]
    public void Extract_BrokenJsonLd_IsIgnored()
    {
        var outcome = Html("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head><body>" + Paragraph + Paragraph + "</body></html>");
        Assert.True(outcome.Succeeded, outcome.Error);
    }

    [Fact]
    public void ExtractBatch_KeepsOrder_AndIsolatesFailures()
    {
        var good = new RawDocument("good.html", Encoding.UTF8.GetBytes("<html><body>" + Paragraph + Paragraph + "</body></html>"), DocumentFormat.Html);
        var bad = new RawDocument("bad.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 }, DocumentFormat.Html);
        var outcomes = Extractor.ExtractBatch([good, bad, good]);
        Assert.Equal(["good.html", "bad.html", "good.html"], outcomes.Select(o => o.Origin));
        Assert.Equal([true, false, true], outcomes.Select(o => o.Succeeded));
    }

    [Fact]
    public void Extract_IsThreadSafe()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + Paragraph + Paragraph + "</body></html>");
        var texts = Enumerable.Range(0, 32).AsParallel()
            .Select(i => Extractor.Extract(new RawDocument($"p{i}.html", html, DocumentFormat.Html)).Article?.Text)
            .Distinct()
            .ToList();
        Assert.Single(texts);
    }
}
