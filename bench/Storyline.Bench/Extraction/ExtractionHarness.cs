using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Bench.Extraction;

/// <summary>
/// End-to-end extraction figures on a dev set: body F1 for pages and dumps, pages/s, peak memory, and the same
/// figures for AngleSharp parse-only and SmartReader measured in the same run.
/// </summary>
internal static class ExtractionHarness
{
    public const string Help = "[DIR] [--rounds N] [--worst K]: F1, pages/s and memory on extraction-dev";

    private sealed record Page(string Key, byte[] Html, byte[]? Dump, string Gold, string? Url);

    public static int Run(string[] args)
    {
        var rounds = 5;
        var worst = 0;
        string? dir = null;
        string? show = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--worst": worst = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--show": show = args[++i]; break;
                default: dir = args[i]; break;
            }
        }
        dir ??= DefaultDirectory();
        if (dir is null || !File.Exists(Path.Combine(dir, "ground-truth.json")))
        {
            Console.Error.WriteLine($"no dev set at {dir ?? "../shared/data/extraction-dev"}");
            return 1;
        }
        var pages = Load(dir);
        Console.WriteLine($"dev set: {dir} ({pages.Count} pages, {pages.Count(p => p.Dump is not null)} dumps)");
        var extractor = new ArticleExtractor();
        if (show is not null)
        {
            return Show(extractor, pages.Where(p => p.Key.StartsWith(show, StringComparison.Ordinal)).ToList());
        }

        // Warm up every path once so JIT time is not counted as throughput.
        foreach (var page in pages.Take(5))
        {
            extractor.Extract(new RawDocument(page.Key, page.Html, DocumentFormat.Html));
            _ = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Html)).Body?.TextContent;
            _ = SmartReaderText(page);
        }

        var htmlScores = new List<(string Key, ShingleScore Score)>();
        var htmlRate = Time(pages, page =>
        {
            var outcome = extractor.Extract(new RawDocument(page.Key, page.Html, DocumentFormat.Html) { Url = page.Url });
            htmlScores.Add((page.Key, ShingleScorer.Score(outcome.Article?.Text, page.Gold)));
        });
        Report("storyline html", htmlScores.Select(s => s.Score).ToList(), htmlRate);

        var dumps = pages.Where(p => p.Dump is not null).ToList();
        var dumpScores = new List<(string Key, ShingleScore Score)>();
        var dumpRate = Time(dumps, page =>
        {
            var outcome = extractor.Extract(new RawDocument(page.Key, page.Dump!, DocumentFormat.TextDump));
            dumpScores.Add((page.Key, ShingleScorer.Score(outcome.Article?.Text, page.Gold)));
        });
        Report("storyline text (single)", dumpScores.Select(s => s.Score).ToList(), dumpRate);

        var batch = extractor.ExtractBatch(dumps.Select(p => new RawDocument(p.Key, p.Dump!, DocumentFormat.TextDump)).ToList());
        var batchScores = batch.Select((o, i) => ShingleScorer.Score(o.Article?.Text, dumps[i].Gold)).ToList();
        Report("storyline text (batch)", batchScores, double.NaN);

        var wholeDump = dumps.Select(p => ShingleScorer.Score(System.Text.Encoding.UTF8.GetString(p.Dump!), p.Gold)).ToList();
        Report("whole dump (baseline)", wholeDump, double.NaN);

        var parseScores = new List<ShingleScore>();
        var parser = new HtmlParser();
        var parseRate = Time(pages, page =>
        {
            using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Html));
            parseScores.Add(ShingleScorer.Score(document.Body?.TextContent, page.Gold));
        });
        Report("anglesharp parse-only", parseScores, parseRate);

        var smartScores = new List<ShingleScore>();
        var smartRate = Time(pages, page => smartScores.Add(ShingleScorer.Score(SmartReaderText(page), page.Gold)));
        Report("smartreader", smartScores, smartRate);

        Console.WriteLine($"speed: storyline/parse-only = {htmlRate / parseRate:P0}, storyline/smartreader = {htmlRate / smartRate:F1}x");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MB");

        for (var round = 1; round <= rounds; round++)
        {
            foreach (var page in pages)
            {
                extractor.Extract(new RawDocument(page.Key, page.Html, DocumentFormat.Html));
                if (page.Dump is not null)
                {
                    extractor.Extract(new RawDocument(page.Key, page.Dump, DocumentFormat.TextDump));
                }
            }
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Console.WriteLine($"round {round}: managed memory {GC.GetTotalMemory(false) / (1024.0 * 1024):F1} MB");
        }

        if (worst > 0)
        {
            PrintWorst("html", htmlScores, worst);
            PrintWorst("text", dumpScores, worst);
        }
        return 0;
    }

    private static int Show(ArticleExtractor extractor, List<Page> pages)
    {
        foreach (var page in pages)
        {
            foreach (var (label, bytes, format) in new[] { ("html", page.Html, DocumentFormat.Html), ("text", page.Dump, DocumentFormat.TextDump) })
            {
                if (bytes is null)
                {
                    continue;
                }
                var outcome = extractor.Extract(new RawDocument(page.Key, bytes, format) { Url = page.Url });
                var score = ShingleScorer.Score(outcome.Article?.Text, page.Gold);
                var a = outcome.Article;
                Console.WriteLine($"=== {label} {page.Key[..12]} F1={score.F1:F3} P={score.Precision:F3} R={score.Recall:F3} error={outcome.Error}");
                Console.WriteLine($"title={a?.Title} | byline={a?.Byline} | published={a?.Published:o} | site={a?.Site} | lang={a?.Language} | url={a?.Url}");
                Console.WriteLine($"evidence={a?.Evidence}");
                Console.WriteLine(a?.Text);
                if (format == DocumentFormat.Html)
                {
                    using var dom = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
                    foreach (var line in HtmlBodyFinder.DroppedElements(dom, 500))
                    {
                        Console.WriteLine("dropped " + line);
                    }
                }
            }
            Console.WriteLine("=== gold");
            Console.WriteLine(page.Gold);
        }
        return 0;
    }

    private static void PrintWorst(string label, List<(string Key, ShingleScore Score)> scores, int count)
    {
        Console.WriteLine($"worst {label} pages:");
        foreach (var (key, score) in scores.OrderBy(s => s.Score.F1).Take(count))
        {
            Console.WriteLine($"  {key[..12]}  P={score.Precision:F3} R={score.Recall:F3} F1={score.F1:F3}");
        }
    }

    private static string? SmartReaderText(Page page)
    {
        try
        {
            var reader = new SmartReader.Reader(page.Url ?? "https://example.com/", System.Text.Encoding.UTF8.GetString(page.Html));
            return reader.GetArticle().TextContent;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static double Time(IReadOnlyList<Page> pages, Action<Page> work)
    {
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            work(page);
        }
        return pages.Count / watch.Elapsed.TotalSeconds;
    }

    private static void Report(string label, IReadOnlyCollection<ShingleScore> scores, double pagesPerSecond)
    {
        var average = ShingleScorer.Average(scores);
        var rate = double.IsNaN(pagesPerSecond) ? "" : $"  {pagesPerSecond,8:F1} pages/s";
        Console.WriteLine($"{label,-26} P={average.Precision:F3} R={average.Recall:F3} F1={average.F1:F3}{rate}");
    }

    private static List<Page> Load(string dir)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var pages = new List<Page>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var html = Path.Combine(dir, "html", entry.Name + ".html.gz");
            if (!File.Exists(html))
            {
                continue;
            }
            var document = InputReader.ReadFile(html, IngestHints.None).Single().Document;
            var dumpPath = Path.Combine(dir, "text", entry.Name + ".txt");
            var dump = File.Exists(dumpPath) ? File.ReadAllBytes(dumpPath) : null;
            var gold = entry.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "";
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            pages.Add(new Page(entry.Name, document!.Content.ToArray(), dump, gold, url));
        }
        return pages;
    }

    private static string? DefaultDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "extraction-dev");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
            candidate = Path.Combine(dir.FullName, "shared", "data", "extraction-dev");
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
