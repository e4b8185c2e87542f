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
    public const string Help = "[DIR] [--rounds N] [--passes N] [--warmups N] [--worst K] [--show KEY] [--profile] [--nodes]: F1, pages/s and memory on extraction-dev";

    internal sealed record Page(string Key, byte[] Html, byte[]? Dump, string Gold, string? Url);

    public static int Run(string[] args)
    {
        var rounds = 5;
        var passes = 7;
        var warmups = 3;
        var worst = 0;
        string? dir = null;
        string? show = null;
        var profile = false;
        var nodes = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--warmups": warmups = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--passes": passes = Math.Max(1, int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--worst": worst = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--show": show = args[++i]; break;
                case "--profile": profile = true; break;
                case "--nodes": nodes = true; break;
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

        if (nodes)
        {
            return NodeCensus.Run(pages.Select(p => p.Html).ToList());
        }

        if (profile)
        {
            return StageProfile.Run(pages.Select(p => p.Html).ToList(), rounds);
        }

        // Each peer is timed on its own work only (scoring comes after), in interleaved passes after untimed warm-up
        // passes, so the load of a shared machine falls on all of them alike. Tiered JIT takes a few passes over the
        // pages to settle on this machine; timing earlier measures the JIT more than the code.
        var htmlDocuments = pages.Select(p => new RawDocument(p.Key, p.Html, DocumentFormat.Html) { Url = p.Url }).ToList();
        var dumps = pages.Where(p => p.Dump is not null).ToList();
        var dumpDocuments = dumps.Select(p => new RawDocument(p.Key, p.Dump!, DocumentFormat.TextDump)).ToList();
        var parser = new HtmlParser();
        var peers = new Peer[]
        {
            new("storyline html", htmlDocuments.Count, i => extractor.Extract(htmlDocuments[i]).Article?.Text),
            new("storyline text (single)", dumpDocuments.Count, i => extractor.Extract(dumpDocuments[i]).Article?.Text),
            new("anglesharp parse-only", pages.Count, i =>
            {
                using var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(pages[i].Html));
                return document.Body?.TextContent;
            }),
            new("smartreader", pages.Count, i => SmartReaderText(pages[i])),
        };
        var rates = peers.ToDictionary(p => p.Label, _ => new List<double>());
        var cpuRates = peers.ToDictionary(p => p.Label, _ => new List<double>());
        var outputs = new Dictionary<string, string?[]>();
        for (var pass = 1 - warmups; pass <= passes; pass++)
        {
            foreach (var peer in peers)
            {
                var (texts, rate, cpuRate) = Time(peer);
                outputs[peer.Label] = texts;
                if (pass > 0)
                {
                    rates[peer.Label].Add(rate);
                    cpuRates[peer.Label].Add(cpuRate);
                }
            }
        }

        var htmlScores = pages.Select((p, i) => (Key: p.Key, Score: ShingleScorer.Score(outputs["storyline html"][i], p.Gold))).ToList();
        Report("storyline html", htmlScores.Select(s => s.Score).ToList(), rates["storyline html"], cpuRates["storyline html"]);
        var dumpScores = dumps.Select((p, i) => (Key: p.Key, Score: ShingleScorer.Score(outputs["storyline text (single)"][i], p.Gold))).ToList();
        Report("storyline text (single)", dumpScores.Select(s => s.Score).ToList(), rates["storyline text (single)"], cpuRates["storyline text (single)"]);

        var batch = extractor.ExtractBatch(dumpDocuments);
        var batchScores = batch.Select((o, i) => ShingleScorer.Score(o.Article?.Text, dumps[i].Gold)).ToList();
        Report("storyline text (batch)", batchScores, null, null);

        var wholeDump = dumps.Select(p => ShingleScorer.Score(System.Text.Encoding.UTF8.GetString(p.Dump!), p.Gold)).ToList();
        Report("whole dump (baseline)", wholeDump, null, null);

        foreach (var peer in new[] { "anglesharp parse-only", "smartreader" })
        {
            Report(peer, pages.Select((p, i) => ShingleScorer.Score(outputs[peer][i], p.Gold)).ToList(), rates[peer], cpuRates[peer]);
        }

        var htmlRate = Median(rates["storyline html"]);
        var htmlCpuRate = Median(cpuRates["storyline html"]);
        Console.WriteLine($"speed (median of {passes} interleaved passes after {warmups} warm-up passes; scoring not timed): "
            + $"storyline/parse-only = {htmlRate / Median(rates["anglesharp parse-only"]):P0}, storyline/smartreader = {htmlRate / Median(rates["smartreader"]):F1}x; "
            + $"per CPU-second: {htmlCpuRate / Median(cpuRates["anglesharp parse-only"]):P0}, {htmlCpuRate / Median(cpuRates["smartreader"]):F1}x");
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

    /// <summary>One extractor measured by the harness: how many inputs it has and what it makes of input i.</summary>
    private sealed record Peer(string Label, int Count, Func<int, string?> Extract);

    /// <summary>
    /// One pass of a peer: its outputs, pages per second of wall-clock time, and pages per second of this thread's CPU
    /// time, which a busy shared machine disturbs less (waiting for a core is not counted; blocking GCs, which run on
    /// the allocating thread, are).
    /// </summary>
    private static (string?[] Texts, double PagesPerSecond, double PagesPerCpuSecond) Time(Peer peer)
    {
        var texts = new string?[peer.Count];
        var cpu = ThreadClock.Nanoseconds();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < peer.Count; i++)
        {
            texts[i] = peer.Extract(i);
        }
        var wall = watch.Elapsed.TotalSeconds;
        return (texts, peer.Count / wall, peer.Count / Math.Max(1e-3, (ThreadClock.Nanoseconds() - cpu) / 1e9));
    }

    private static void Report(string label, IReadOnlyCollection<ShingleScore> scores, IReadOnlyList<double>? rates, IReadOnlyList<double>? cpuRates)
    {
        var average = ShingleScorer.Average(scores);
        var rate = rates is null || cpuRates is null ? ""
            : $"  {Median(rates),7:F1} pages/s (passes {rates.Min():F0}-{rates.Max():F0}), {Median(cpuRates),7:F1} per CPU-s (passes {cpuRates.Min():F0}-{cpuRates.Max():F0})";
        Console.WriteLine($"{label,-26} P={average.Precision:F3} R={average.Recall:F3} F1={average.F1:F3}{rate}");
    }

    private static double Median(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);

    internal static List<Page> Load(string dir)
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

    internal static string? DefaultDirectory()
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
