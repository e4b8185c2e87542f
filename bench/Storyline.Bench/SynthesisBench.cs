using System.Diagnostics;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Bench;

/// <summary><c>synthesis [FILE.jsonl] [--show N]</c>: synthesises every story of a labelled JSON Lines file and prints timings.</summary>
internal static class SynthesisBench
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static int Run(string[] args)
    {
        var showAt = Array.IndexOf(args, "--show");
        var show = showAt >= 0 && showAt + 1 < args.Length ? int.Parse(args[showAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var path = args.Where((a, i) => i != showAt && i != showAt + 1).FirstOrDefault() ?? FindDefault();
        if (path is null || !File.Exists(path))
        {
            Console.Error.WriteLine("synthesis: no input (give a .jsonl with id/story/title/text rows)");
            return 1;
        }
        var firstSeen = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var stories = File.ReadLines(path)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(row => (Story: row.GetProperty("story").GetString() ?? "", Article: new Article
            {
                Id = row.GetProperty("id").GetString() ?? "",
                Title = Text(row, "title"),
                Text = Text(row, "text"),
                Source = row.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
                Published = row.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(p.GetString(), out var d) ? d : null,
            }))
            .GroupBy(x => x.Story)
            .Select(g => g.Select(x => new StoryArticle(x.Article, null, firstSeen)).ToList())
            .ToList();

        var synthesizer = new StorySynthesizer();
        synthesizer.Synthesize(0, stories[0]);
        var times = new List<(int Articles, double Ms)>();
        var total = Stopwatch.StartNew();
        var id = 0L;
        foreach (var story in stories)
        {
            var watch = Stopwatch.StartNew();
            var view = synthesizer.Synthesize(++id, story);
            times.Add((story.Count, watch.Elapsed.TotalMilliseconds));
            if (id <= show)
            {
                Console.WriteLine(JsonSerializer.Serialize(view, Json));
            }
        }
        total.Stop();
        var articles = times.Sum(t => t.Articles);
        Console.WriteLine($"stories {stories.Count}, articles {articles}, total {total.Elapsed.TotalMilliseconds:F0} ms, {articles / total.Elapsed.TotalSeconds:F0} articles/s");
        Console.WriteLine($"largest story {times.Max(t => t.Articles)} articles: {times.OrderByDescending(t => t.Articles).First().Ms:F1} ms; slowest story {times.Max(t => t.Ms):F1} ms");
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
