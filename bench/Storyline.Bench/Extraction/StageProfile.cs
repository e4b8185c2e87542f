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
        for (var round = 0; round <= rounds; round++)
        {
            var counting = round > 0; // round 0 warms up the JIT
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
                var slim = PageSlimmer.Slim(buffer.AsSpan(0, length));
                ArrayPool<char>.Shared.Return(buffer);
                Lap();
                using var page = parser.ParseDocument(slim);
                Lap();
                var meta = PageMetadata.Read(page, null);
                Lap();
                var (blocks, _) = HtmlBodyFinder.Find(page, meta.Title);
                var body = string.Join("\n\n", blocks.Select(b => b.Text));
                Lap();
                _ = LanguageIdentifier.Identify(body.Length > 20_000 ? body[..20_000] : $"{meta.Title}\n{body}");
                Lap();
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
        return 0;
    }
}
