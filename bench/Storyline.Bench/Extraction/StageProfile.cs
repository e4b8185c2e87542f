using System.Diagnostics;
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
        var stages = new[] { "decode", "parse", "metadata", "body", "language" };
        var ticks = new long[stages.Length];
        long chars = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var counting = round > 0; // round 0 warms up the JIT
            foreach (var html in pages)
            {
                var watch = Stopwatch.StartNew();
                var stage = 0;
                void Lap()
                {
                    if (counting)
                    {
                        ticks[stage] += watch.ElapsedTicks;
                    }
                    stage++;
                    watch.Restart();
                }
                var decoded = TextDecoding.Decode(html, null, true);
                Lap();
                using var page = parser.ParseDocument(decoded.Text);
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
                    chars += decoded.Text.Length;
                }
            }
        }
        var total = ticks.Sum();
        var perPage = (double)total / Stopwatch.Frequency / (pages.Count * rounds);
        Console.WriteLine($"{pages.Count} pages x {rounds} rounds, {chars / rounds / 1e6:F1} M chars a round: {1 / perPage:F1} pages/s");
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine($"  {stages[i],-10} {ticks[i] * 1000.0 / Stopwatch.Frequency / (pages.Count * rounds),7:F2} ms/page  {(double)ticks[i] / total,6:P1}");
        }
        return 0;
    }
}
