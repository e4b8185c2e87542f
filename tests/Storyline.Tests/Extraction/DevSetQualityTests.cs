using System.Text.Json;
using Storyline.Extraction;
using Storyline.Ingest;
using Storyline.Tests.Support;
using Xunit.Abstractions;

namespace Storyline.Tests.Extraction;

/// <summary>Quality gates on <c>shared/data/extraction-dev</c>: body F1 for pages and for text dumps, thresholds a little below what we measure.</summary>
public class DevSetQualityTests(ITestOutputHelper output)
{
    private static string? DevSet => SharedData.Root is null ? null : SharedData.Path("data", "extraction-dev");

    private static List<(string Key, string Gold, string? Url)> Truth(string dir)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        return truth.RootElement.EnumerateObject()
            .Select(e => (e.Name, e.Value.GetProperty("articleBody").GetString() ?? "", e.Value.TryGetProperty("url", out var u) ? u.GetString() : null))
            .ToList();
    }

    [Fact]
    public void HtmlBodyF1_IsAtLeast0_955()
    {
        if (DevSet is not { } dir || !Directory.Exists(dir))
        {
            output.WriteLine("skipped: shared/data/extraction-dev not found");
            return;
        }
        var extractor = new ArticleExtractor();
        var scores = Truth(dir).Select(page =>
        {
            var document = InputReader.ReadFile(Path.Combine(dir, "html", page.Key + ".html.gz"), IngestHints.None).Single().Document;
            var outcome = extractor.Extract(document! with { Url = page.Url });
            return ShingleScorer.Score(outcome.Article?.Text, page.Gold);
        }).ToList();
        var average = ShingleScorer.Average(scores);
        output.WriteLine($"html F1 {average.F1:F3} (P {average.Precision:F3}, R {average.Recall:F3})");
        Assert.True(average.F1 >= 0.955, $"html F1 {average.F1:F3}");
    }

    [Fact]
    public void TextDumpBodyF1_IsAtLeast0_94()
    {
        if (DevSet is not { } dir || !Directory.Exists(dir))
        {
            output.WriteLine("skipped: shared/data/extraction-dev not found");
            return;
        }
        var extractor = new ArticleExtractor();
        var pages = Truth(dir);
        var documents = pages.Select(p => InputReader.ReadFile(Path.Combine(dir, "text", p.Key + ".txt"), IngestHints.None).Single().Document!).ToList();
        var single = ShingleScorer.Average(documents.Select((d, i) => ShingleScorer.Score(extractor.Extract(d).Article?.Text, pages[i].Gold)).ToList());
        var batch = ShingleScorer.Average(extractor.ExtractBatch(documents).Select((o, i) => ShingleScorer.Score(o.Article?.Text, pages[i].Gold)).ToList());
        output.WriteLine($"text F1 single {single.F1:F3}, batch {batch.F1:F3}");
        Assert.True(single.F1 >= 0.94, $"text F1 {single.F1:F3}");
        Assert.True(batch.F1 >= single.F1 - 0.005, $"batch F1 {batch.F1:F3} below single {single.F1:F3}");
    }
}
