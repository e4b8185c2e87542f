using System.Diagnostics;
using System.Text;
using Storyline.Fuzz;

namespace Storyline.Tests.Extraction;

/// <summary>Runs the SharpFuzz target over seeded random and mutated inputs, so CI exercises it without a fuzzer.</summary>
public class FuzzTests
{
    private static readonly string[] Tokens =
    [
        "<html>", "<body>", "<p>", "</p>", "<div class=\"article\">", "</div>", "<script>", "</script>", "<!--", "-->",
        "<meta charset=\"shift_jis\">", "<meta charset=\"x\">", "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"author\":[",
        "&amp;", "&#x0;", "\u00A0", "  • ", "\n\n", "By. Jane Doe\n", "2024.01.21 14:05\n", "Comments0\n", "\uFEFF", "<br>", "<table><tr><td>",
        "<a href=\"/x\">", "</a>", "<h1>", "<time datetime=\"2024-13-45T99:99\">", "©", "\r", "\t", "[]",
    ];

    private static IEnumerable<byte[]> Seeds()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction");
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return File.ReadAllBytes(file);
        }
        yield return [];
        yield return [0];
        yield return Encoding.UTF8.GetBytes("<");
    }

    [Fact]
    public void Target_SurvivesThousandsOfMutatedInputs()
    {
        var random = new Random(20240121);
        var seeds = Seeds().ToArray();
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (runs < 3000 && watch.Elapsed < TimeSpan.FromSeconds(6))
        {
            var input = Mutate(seeds[random.Next(seeds.Length)], random);
            try
            {
                ExtractionTarget.Run(input);
            }
            catch (Exception e)
            {
                Assert.Fail($"run {runs} threw {e.GetType().Name}: {e.Message}; input (base64) {Convert.ToBase64String(input)}");
            }
            runs++;
        }
        Assert.True(runs >= 100, $"only {runs} runs");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var data = new List<byte>(seed.Length > 8192 ? seed[..8192] : seed);
        var steps = random.Next(1, 12);
        for (var i = 0; i < steps; i++)
        {
            switch (random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.Insert(random.Next(data.Count + 1), (byte)random.Next(256));
                    break;
                case 2 when data.Count > 0:
                    var start = random.Next(data.Count);
                    data.RemoveRange(start, Math.Min(random.Next(1, 64), data.Count - start));
                    break;
                case 3:
                    data.InsertRange(random.Next(data.Count + 1), Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 4 when data.Count > 0:
                    var cut = random.Next(data.Count);
                    data.RemoveRange(cut, data.Count - cut);
                    break;
                default:
                    var noise = new byte[random.Next(1, 32)];
                    random.NextBytes(noise);
                    data.InsertRange(random.Next(data.Count + 1), noise);
                    break;
            }
        }
        return [.. data];
    }
}
