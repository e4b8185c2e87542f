using System.Diagnostics;
using System.Globalization;
using System.Text;
using Storyline.Clustering;
using Storyline.Ingest;

namespace Storyline.Bench.Clustering;

/// <summary><c>cluster-scale [--max N] [--seed S] [Name=value...]</c>: clusters a generated stream of up to N articles and reports speed and memory.</summary>
/// <remarks>
/// The stream recombines the development articles: each epoch (six hours of news) revives a random set of gold
/// stories under fresh story ids and writes their articles by mixing sentences of that story's real articles,
/// with about one in ten a wire copy (verbatim or lightly edited) of an article of the same epoch. Timestamps run
/// forward epoch by epoch, so a million articles span about five months. Only the clusterer's time is measured.
/// </remarks>
internal static class ClusterScaleHarness
{
    private static readonly long[] Checkpoints = [10_000, 100_000, 1_000_000, 10_000_000];
    private const int ChunkSize = 5_000;

    public static int Run(string[] args)
    {
        var max = 1_000_000L;
        var seed = 17;
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--max")
            {
                max = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--seed")
            {
                seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }
        var dir = DevData.Find("clusters-dev");
        if (dir is null)
        {
            Console.Error.WriteLine("shared/data/clusters-dev not found");
            return 1;
        }
        var templates = LoadTemplates(dir);
        Console.WriteLine($"templates: {templates.Count} stories from {dir}; generating up to {max:N0} articles (seed {seed})");

        var clusterer = new StoryClusterer(OptionOverrides.Apply(new StoryClustererOptions(), args.Where(a => a.Contains('=', StringComparison.Ordinal))));
        var gold = new List<int>();
        var predicted = new List<long>();
        using var process = Process.GetCurrentProcess();
        var wall = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        long done = 0, windowStart = 0;
        var windowCpu = TimeSpan.Zero;
        var checkpoints = new Queue<long>(Checkpoints.Where(c => c < max).Append(max));
        using var stream = Generate(templates, seed).GetEnumerator();
        var chunk = new List<(ClusterItem Item, int Story)>(ChunkSize);
        while (done < max)
        {
            // Generate outside the measured span; then time the clusterer alone, on the wall and in CPU time
            // (the machine may be shared, so CPU time is the figure for "one core").
            chunk.Clear();
            var target = Math.Min(checkpoints.Peek(), done + ChunkSize);
            while (done + chunk.Count < target && stream.MoveNext())
            {
                chunk.Add(stream.Current);
            }
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var (item, story) in chunk)
            {
                predicted.Add(clusterer.Add(item).StoryId);
                gold.Add(story);
            }
            watch.Stop();
            process.Refresh();
            var spent = process.TotalProcessorTime - cpuBefore;
            wall += watch.Elapsed;
            cpu += spent;
            windowCpu += spent;
            done += chunk.Count;
            if (done == checkpoints.Peek())
            {
                checkpoints.Dequeue();
                var recentMicros = windowCpu.TotalMicroseconds / (done - windowStart);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{done,10:N0} articles  {done / cpu.TotalSeconds,7:F0} articles/s per CPU-second ({done / wall.TotalSeconds,7:F0} on the wall)  " +
                    $"{recentMicros,6:F1} µs CPU/article since last mark  active stories {clusterer.ActiveStories,6:N0}  " +
                    $"heap {GC.GetTotalMemory(false) / 1048576.0,6:F0} MB  peak working set {process.PeakWorkingSet64 / 1048576.0,6:F0} MB"));
                windowStart = done;
                windowCpu = TimeSpan.Zero;
            }
        }
        var resolved = predicted.ConvertAll(clusterer.Resolve);
        var score = ClusteringScore.Of(gold, resolved);
        Console.WriteLine($"quality on the generated stream (informative only): {score}");
        return 0;
    }

    private static List<string[][]> LoadTemplates(string dir)
    {
        var stories = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in ArticleJson.ReadLabelledFile(file).Where(l => l.Succeeded && l.Story is not null))
            {
                var sentences = SplitSentences(line.Article!.Text);
                if (sentences.Length == 0)
                {
                    continue;
                }
                if (!stories.TryGetValue(line.Story!, out var list))
                {
                    stories[line.Story!] = list = [];
                }
                list.Add([line.Article.Title, .. sentences]);
            }
        }
        return stories.Values.Select(v => v.ToArray()).ToList();
    }

    private static string[] SplitSentences(string text) =>
        text.Split(['\n', '.'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Length > 20).Select(s => s + ".").ToArray();

    private static IEnumerable<(ClusterItem Item, int Story)> Generate(List<string[][]> templates, int seed)
    {
        var random = new Random(seed);
        var clock = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var nextStory = 0;
        var nextArticle = 0L;
        var text = new StringBuilder();
        for (var epoch = 0; ; epoch++)
        {
            var batch = new List<(ClusterItem Item, int Story)>();
            var storiesThisEpoch = 250 + random.Next(100);
            for (var s = 0; s < storiesThisEpoch; s++)
            {
                var template = templates[random.Next(templates.Count)];
                var story = nextStory++;
                var articles = 2 + random.Next(8);
                for (var a = 0; a < articles; a++)
                {
                    var source = template[random.Next(template.Length)];
                    var sibling = template[random.Next(template.Length)];
                    text.Clear();
                    var sentences = 3 + random.Next(8);
                    for (var k = 0; k < sentences; k++)
                    {
                        var from = random.Next(3) == 0 ? sibling : source;
                        text.Append(from[1 + random.Next(from.Length - 1)]).Append(' ');
                    }
                    var item = new ClusterItem($"g{nextArticle++}", source[0], text.ToString())
                    {
                        Published = clock.AddMinutes(random.Next(6 * 60 * 2)),
                        Source = $"outlet{random.Next(200)}",
                    };
                    batch.Add((item, story));
                    if (random.Next(10) == 0)
                    {
                        // A wire copy: same body, another outlet's headline, sometimes a sentence dropped.
                        var body = random.Next(2) == 0 ? item.Text : item.Text[(item.Text.IndexOf('.', StringComparison.Ordinal) + 1)..];
                        batch.Add((item with { Id = $"g{nextArticle++}", Title = "UPDATE: " + item.Title, Text = body, Published = item.Published?.AddMinutes(30) }, story));
                    }
                }
            }
            foreach (var entry in batch.OrderBy(b => b.Item.Published).ThenBy(b => b.Item.Id, StringComparer.Ordinal))
            {
                yield return entry;
            }
            clock = clock.AddHours(6);
        }
    }
}
