using System.Diagnostics;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Dedup;
using Storyline.Stories;

namespace Storyline.Bench;

/// <summary><c>synthesis [FILE.jsonl] [--show N] [--rounds N]</c>: synthesises every story of a labelled JSON Lines file and prints timings.</summary>
/// <remarks>
/// The first round runs mostly on code the JIT has not optimised yet (a short command such as <c>show</c> runs like
/// that); later rounds show the steady state of a long-lived process (<c>serve</c>, workers). Both are printed.
/// </remarks>
internal static class SynthesisBench
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string[] args)
    {
        var show = BenchArgs.Int(args, "--show", 0);
        var rounds = Math.Max(1, BenchArgs.Int(args, "--rounds", 5));
        var path = BenchArgs.Positionals(args).FirstOrDefault() ?? FindDefault();
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("synthesis: no input (give a .jsonl with id/story/title/text rows)");
            return 1;
        }
        var firstSeen = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // Copies are marked as ingest marks them, in file order, so that the views count and read what the product does.
        var copies = new NearDuplicateDetector();
        var stories = File.ReadLines(path)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => (Story: row.GetProperty("story").GetString() ?? "", Article: new Article
            {
                Id = row.GetProperty("id").GetString() ?? "",
                Title = Text(row, "title"),
                Text = Text(row, "text"),
                Url = row.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null,
                Source = row.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                Published = row.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(p.GetString(), out var d) ? d : null,
            }))
            .Select(x => (x.Story, x.Article, DuplicateOf: copies.Add(x.Article.Id, x.Article.Text)?.OriginalId))
            .ToList()
            .GroupBy(x => x.Story)
            .Select(g => g.Select(x => new StoryArticle(x.Article, x.DuplicateOf, firstSeen)).ToList())
            .ToList();

        var synthesizer = new StorySynthesizer();
        var articles = stories.Sum(s => s.Count);
        var perRound = new List<double>();
        var times = new List<(int Articles, double Ms)>();
        for (var round = 1; round <= rounds; round++)
        {
            times.Clear();
            var total = Stopwatch.StartNew();
            var id = 0L;
            foreach (var story in stories)
            {
                var watch = Stopwatch.StartNew();
                var view = synthesizer.Synthesize(++id, story);
                times.Add((story.Count, watch.Elapsed.TotalMilliseconds));
                if (round == 1 && id <= show)
                {
                    Console.WriteLine(JsonSerializer.Serialize(view, Json));
                }
            }
            total.Stop();
            perRound.Add(articles / total.Elapsed.TotalSeconds);
            Console.WriteLine($"round {round}: {total.Elapsed.TotalMilliseconds:F0} ms, {perRound[^1]:F0} articles/s{(round == 1 ? " (code not yet optimised by the JIT)" : "")}");
        }
        var warm = perRound.Skip(1).Order().ToList();
        Console.WriteLine($"stories {stories.Count}, articles {articles}: first round {perRound[0]:F0} articles/s"
            + (warm.Count == 0 ? "" : $", later rounds median {warm[warm.Count / 2]:F0} articles/s"));
        Console.WriteLine($"last round: largest story {times.Max(t => t.Articles)} articles: {times.OrderByDescending(t => t.Articles).First().Ms:F1} ms; slowest story {times.Max(t => t.Ms):F1} ms");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
        return 0;
    }

    private static string Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static string? FindDefault()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "clusters-dev", "giveme5w1h-events.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
