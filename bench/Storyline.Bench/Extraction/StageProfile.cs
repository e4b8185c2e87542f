using System.Buffers;
using AngleSharp.Html.Parser;
using Storyline.Extraction;
using Storyline.Text.Language;

namespace Storyline.Bench.Extraction;

/// <summary>Where HTML extraction spends its time: decoding, slimming, parsing, metadata, body finding, language.</summary>
/// <remarks>Repeats the steps <see cref="ArticleExtractor"/> takes, each under its own stopwatch; the total is close to, not equal to, the extractor's.</remarks>
internal static class StageProfile
{
    public static int Run(IReadOnlyList<byte[]> pages, int rounds)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        var stages = new[] { "decode", "slim", "parse", "metadata", "body", "language" };
        var ticks = new long[stages.Length];
        var collections = new int[stages.Length, 3];
        var allocated = new long[stages.Length];
        long chars = 0;
        // Three untimed rounds first: with the other core busy, the JIT's background compiler can take that long to
        // give the hot methods their optimised code, and one round left the first timed rounds running unoptimised code.
        for (var round = -2; round <= rounds; round++)
        {
            var counting = round > 0;
            foreach (var html in pages)
            {
                var started = ThreadClock.Nanoseconds();
                var stage = 0;
                var gcs = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                void Lap()
                {
                    if (counting)
                    {
                        ticks[stage] += ThreadClock.Nanoseconds() - started;
                        allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - bytes;
                        for (var g = 0; g < 3; g++)
                        {
                            collections[stage, g] += GC.CollectionCount(g) - gcs[g];
                        }
                    }
                    for (var g = 0; g < 3; g++)
                    {
                        gcs[g] = GC.CollectionCount(g);
                    }
                    stage++;
                    bytes = GC.GetAllocatedBytesForCurrentThread();
                    started = ThreadClock.Nanoseconds();
                }
                var encoding = TextDecoding.Choose(html, null, true);
                var buffer = ArrayPool<char>.Shared.Rent(encoding.Encoding.GetMaxCharCount(html.Length));
                var length = encoding.Encoding.GetChars(html.AsSpan(encoding.Skip), buffer);
                Lap();
                var slimmed = PageSlimmer.SlimInPlace(buffer.AsSpan(0, length));
                Lap();
                var page = parser.ParseDocument(buffer.AsMemory(0, slimmed));
                Lap();
                var meta = PageMetadata.Read(page, null);
                Lap();
                var (blocks, _) = HtmlBodyFinder.Find(page, meta.Title);
                var body = string.Join("\n\n", blocks.Select(b => b.Text));
                Lap();
                _ = LanguageIdentifier.Identify(string.Concat(meta.Title, "\n", body.AsSpan(0, Math.Min(body.Length, LanguageIdentifier.MaxCharacters))));
                Lap();
                page.Dispose();
                ArrayPool<char>.Shared.Return(buffer);
                if (counting)
                {
                    chars += length;
                }
            }
        }
        var total = ticks.Sum();
        var perPage = total / 1e9 / (pages.Count * rounds);
        Console.WriteLine($"{pages.Count} pages x {rounds} rounds, {chars / rounds / 1e6:F1} M chars a round: {1 / perPage:F1} pages per CPU-second of this thread");
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine($"  {stages[i],-10} {ticks[i] / 1e6 / (pages.Count * rounds),7:F2} ms/page  {(double)ticks[i] / total,6:P1}  {allocated[i] / 1024.0 / (pages.Count * rounds),7:F0} KB/page  GCs gen0/1/2 {collections[i, 0]}/{collections[i, 1]}/{collections[i, 2]}");
        }
        Isolated(pages, parser, Math.Max(rounds, 25));
        return 0;
    }

    /// <summary>
    /// Each stage alone, run over all pages in a pass of its own: the best pass of <paramref name="passes"/>. On a
    /// shared machine the best pass is the one the other jobs disturbed least, so it is the figure to compare A/B.
    /// Metadata and body finding read a page parsed (untimed) just before: AngleSharp computes some things on first use,
    /// and the extractor always meets a page fresh from the parser. Each page is timed on its own.
    /// </summary>
    private static void Isolated(IReadOnlyList<byte[]> pages, HtmlParser parser, int passes)
    {
        var texts = pages.Select(html =>
        {
            var encoding = TextDecoding.Choose(html, null, true);
            return encoding.Encoding.GetString(html.AsSpan(encoding.Skip));
        }).ToList();
        var slims = texts.Select(t => PageSlimmer.Slim(t)).ToList();
        var titles = new string[pages.Count];
        var bodies = new string[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            using var document = parser.ParseDocument(slims[i]);
            titles[i] = PageMetadata.Read(document, null).Title;
            bodies[i] = string.Join("\n\n", HtmlBodyFinder.Find(document, titles[i]).Blocks.Select(b => b.Text));
        }
        var documents = new AngleSharp.Html.Dom.IHtmlDocument?[pages.Count];
        var scratch = new char[texts.Max(t => t.Length)];
        void Parse(int i) => documents[i] = parser.ParseDocument(slims[i]);
        var stages = new (string Name, Action<int>? Prepare, Action<int> Run)[]
        {
            ("slim", i => texts[i].CopyTo(scratch), i => PageSlimmer.SlimInPlace(scratch.AsSpan(0, texts[i].Length))),
            ("parse", null, i => parser.ParseDocument(slims[i].AsMemory()).Dispose()),
            ("parse all", null, i => parser.ParseDocument(texts[i]).Dispose()),
            ("metadata", Parse, i => PageMetadata.Read(documents[i]!, null)),
            ("body", Parse, i => HtmlBodyFinder.Find(documents[i]!, titles[i])),
            ("language", null, i => LanguageIdentifier.Identify(string.Concat(titles[i], "\n", bodies[i].AsSpan(0, Math.Min(bodies[i].Length, LanguageIdentifier.MaxCharacters))))),
        };
        Console.WriteLine($"each stage alone, best of {passes} passes over the pages (CPU time of this thread):");
        // Passes go round all stages in turn, so a spell of load on the other core falls on every stage alike.
        var best = Enumerable.Repeat(long.MaxValue, stages.Length).ToArray();
        var allocated = new long[stages.Length];
        for (var pass = 0; pass <= passes; pass++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                long spent = 0;
                long bytes = 0;
                for (var i = 0; i < pages.Count; i++)
                {
                    // Metadata and body finding read a page parsed (untimed) right before, as in the pipeline, where
                    // the fresh tree is still in the processor's caches.
                    stages[s].Prepare?.Invoke(i);
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    var started = ThreadClock.Nanoseconds();
                    stages[s].Run(i);
                    spent += ThreadClock.Nanoseconds() - started;
                    bytes += GC.GetAllocatedBytesForCurrentThread() - before;
                    documents[i]?.Dispose();
                    documents[i] = null;
                }
                if (pass > 0)
                {
                    best[s] = Math.Min(best[s], spent);
                    allocated[s] = bytes;
                }
            }
        }
        for (var s = 0; s < stages.Length; s++)
        {
            Console.WriteLine($"  {stages[s].Name,-10} {best[s] / 1e6 / pages.Count,7:F3} ms/page  {allocated[s] / 1024.0 / pages.Count,7:F0} KB/page");
        }
    }
}
