using System.Diagnostics;
using System.Globalization;
using Storyline.Articles;
using Storyline.Clustering;
using Storyline.Ingest;

namespace Storyline.Bench.Clustering;

/// <summary><c>cluster-quality [FILE...] [--shuffles N] [--mentioning WORD] [--spread DAYS [--seed N]] [Name=value...]</c>: pairwise and B-cubed scores of the clusterer on gold files.</summary>
/// <remarks>
/// Arguments of the form <c>Name=value</c> override <see cref="StoryClustererOptions"/> members, for tuning.
/// <c>--shuffles N</c> also scores each file in N seeded random orders and in story order (each gold story's articles
/// together): the dev files come sorted by date, and a stream in another order should not cluster much worse. With a
/// sweep, it adds each combination's median over the shuffled orders.
/// <c>--spread DAYS</c> dates the articles anew and reads them in date order: a dated stream of DAYS days of news,
/// such as months of political coverage, built from a file of undated leads (multinews). See <see cref="Spread"/>.
/// </remarks>
internal static class ClusterQualityHarness
{
    // With --mentioning WORD, only the gold stories one of whose articles names WORD are scored: a stream of many
    // stories about the same people, where shared names say little.
    private static string? _mentioning;
    // With --spread DAYS, the stories are spread over that many days (see Spread), with this seed.
    private static int _spreadDays;
    private static int _spreadSeed = 1;

    public static int Run(string[] args)
    {
        var consumed = new HashSet<int>();
        string? Flag(string name)
        {
            var at = Array.IndexOf(args, name);
            if (at < 0 || at + 1 >= args.Length)
            {
                return null;
            }
            consumed.Add(at);
            consumed.Add(at + 1);
            return args[at + 1];
        }
        var shuffles = Flag("--shuffles") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 0;
        _mentioning = Flag("--mentioning");
        _spreadDays = Flag("--spread") is { } days ? int.Parse(days, CultureInfo.InvariantCulture) : 0;
        _spreadSeed = Flag("--seed") is { } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : 1;
        var files = args.Where((a, i) => !a.Contains('=', StringComparison.Ordinal) && !consumed.Contains(i)).ToList();
        // "Name=a,b,c" sweeps: every combination of the listed values is run and scored.
        var grid = new List<List<string>> { new() };
        foreach (var assignment in args.Where(a => a.Contains('=', StringComparison.Ordinal)))
        {
            var name = assignment[..assignment.IndexOf('=', StringComparison.Ordinal)];
            var values = assignment[(name.Length + 1)..].Split(',');
            grid = grid.SelectMany(g => values.Select(v => g.Append($"{name}={v}").ToList())).ToList();
        }

        if (files.Count == 0)
        {
            var dir = DevData.Find("clusters-dev");
            if (dir is null)
            {
                Console.Error.WriteLine("no files given and shared/data/clusters-dev not found");
                return 1;
            }
            files.AddRange(Directory.GetFiles(dir, "*.jsonl").Order(StringComparer.Ordinal));
        }
        if (grid.Count > 1)
        {
            return Sweep(files, grid, shuffles);
        }
        RunFiles(files, OptionOverrides.Apply(new StoryClustererOptions(), grid[0]), shuffles);
        return 0;
    }

    private static int Sweep(List<string> files, List<List<string>> grid, int shuffles)
    {
        var data = files.Select(f => Labelled(ArticleJson.ReadLabelledFile(f)).Select(l => (l.Article!, l.Story!)).ToList()).ToList();
        foreach (var combination in grid)
        {
            var options = OptionOverrides.Apply(new StoryClustererOptions(), combination);
            var parts = new List<string>();
            foreach (var articles in data)
            {
                var (score, clusterer) = Cluster(articles, options);
                var part = string.Create(CultureInfo.InvariantCulture, $"pw={score.Pairwise.F1:F3} (P{score.Pairwise.Precision:F2}/R{score.Pairwise.Recall:F2}) b3={score.BCubed.F1:F3} order={clusterer.ArrivalOrder:F2}");
                if (shuffles > 0)
                {
                    var shuffled = Shuffled(articles, options, shuffles);
                    part += string.Create(CultureInfo.InvariantCulture,
                        $" shuffled median pw={Median(shuffled.Select(s => s.Pairwise.F1)):F3} b3={Median(shuffled.Select(s => s.BCubed.F1)):F3}");
                }
                parts.Add(part);
            }
            Console.WriteLine($"{string.Join(' ', combination),-60} | {string.Join(" | ", parts)}");
        }
        return 0;
    }

    private static void RunFiles(List<string> files, StoryClustererOptions options, int shuffles)
    {
        foreach (var file in files)
        {
            var lines = ArticleJson.ReadLabelledFile(file).ToList();
            var articles = Labelled(lines);
            var clusterer = new StoryClusterer(options);
            var watch = Stopwatch.StartNew();
            var assignments = articles.Select(l => clusterer.Add(ClusterItem.FromArticle(l.Article!))).ToList();
            watch.Stop();
            var predicted = assignments.Select(a => clusterer.Resolve(a.StoryId)).ToList();
            var gold = articles.Select(l => l.Story!).ToList();
            var score = ClusteringScore.Of(gold, predicted);
            if (Environment.GetEnvironmentVariable("STORYLINE_DUMP") is { Length: > 0 } dump)
            {
                File.WriteAllLines(dump + "." + Path.GetFileNameWithoutExtension(file) + ".tsv",
                    articles.Select((l, i) => string.Create(CultureInfo.InvariantCulture, $"{l.Article!.Id}\t{gold[i]}\t{predicted[i]}\t{assignments[i].Similarity:F3}\t{assignments[i].DuplicateOf}")));
            }
            var duplicates = assignments.Where(a => a.DuplicateOf is not null).ToList();
            var storyOf = articles.Zip(gold).ToDictionary(p => p.First.Article!.Id, p => p.Second, StringComparer.Ordinal);
            var crossStory = duplicates.Count(d => storyOf[d.ArticleId] != storyOf.GetValueOrDefault(d.DuplicateOf!));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(file)}: {score}\n  duplicates={duplicates.Count} (across gold stories: {crossStory}) merges={assignments.Sum(a => a.MergedStories.Count)} bad-lines={lines.Count(l => !l.Succeeded)} time={watch.Elapsed.TotalSeconds:F2}s ({articles.Count / watch.Elapsed.TotalSeconds:F0} articles/s)"));
            if (shuffles > 0)
            {
                ReportOrders(articles.ConvertAll(l => (l.Article!, l.Story!)), options, shuffles);
            }
        }
    }

    // The well-formed labelled lines, in file order, limited to the stories that name --mentioning when given.
    private static List<ArticleLine> Labelled(IEnumerable<ArticleLine> lines)
    {
        var labelled = lines.Where(l => l.Succeeded && l.Story is not null).ToList();
        if (_mentioning is { } word)
        {
            var stories = labelled.Where(l => l.Article!.Text.Contains(word, StringComparison.OrdinalIgnoreCase) || l.Article.Title.Contains(word, StringComparison.OrdinalIgnoreCase))
                .Select(l => l.Story!).ToHashSet(StringComparer.Ordinal);
            labelled = labelled.Where(l => stories.Contains(l.Story!)).ToList();
        }
        return _spreadDays > 0 ? Spread(labelled, _spreadDays, _spreadSeed) : labelled;
    }

    // A dated stream: each gold story begins on a random day of `days` from 2017-01-01, and each of its reports
    // follows within about a day (seven in ten, exponential with a mean of 24 hours) or as a follow-up one to
    // fourteen days on (the rest, uniform); the reports are then read in date order, file order among equal times.
    // Stories that share their actors thus overlap in time as they do in a news feed, so the time penalty alone
    // cannot keep them apart.
    internal static List<ArticleLine> Spread(List<ArticleLine> labelled, int days, int seed)
    {
        var random = new Random(seed);
        var origin = new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var starts = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var story in labelled.Select(l => l.Story!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            starts[story] = origin.AddDays(random.NextDouble() * days);
        }
        return labelled
            .Select(l =>
            {
                var delay = random.NextDouble() < 0.7 ? -Math.Log(1 - random.NextDouble()) : 1 + (13 * random.NextDouble());
                return l with { Article = l.Article! with { Published = starts[l.Story!].AddDays(delay) } };
            })
            // OrderBy is stable: equal times keep file order.
            .OrderBy(l => l.Article!.Published)
            .ToList();
    }

    // Clusters the articles in the order given and scores the stories against the gold ones.
    private static (ClusteringScore Score, StoryClusterer Clusterer) Cluster(IReadOnlyList<(Article Article, string Story)> articles, StoryClustererOptions options)
    {
        var clusterer = new StoryClusterer(options);
        var predicted = articles.Select(a => clusterer.Add(ClusterItem.FromArticle(a.Article)).StoryId).ToList().ConvertAll(clusterer.Resolve);
        return (ClusteringScore.Of(articles.Select(a => a.Story).ToList(), predicted), clusterer);
    }

    // Scores of the articles clustered in `shuffles` seeded random orders.
    private static List<ClusteringScore> Shuffled(IReadOnlyList<(Article Article, string Story)> articles, StoryClustererOptions options, int shuffles) =>
        Enumerable.Range(1, shuffles).Select(seed =>
        {
            var order = articles.ToArray();
            new Random(seed).Shuffle(order);
            return Cluster(order, options).Score;
        }).ToList();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static void ReportOrders(List<(Article Article, string Story)> articles, StoryClustererOptions options, int shuffles)
    {
        var shuffled = Shuffled(articles, options, shuffles);
        // Story order: the gold stories one after another, each in file order (the order of multinews).
        var byStory = Cluster(articles.Select((a, i) => (a, i)).OrderBy(p => p.a.Story, StringComparer.Ordinal).ThenBy(p => p.i).Select(p => p.a).ToList(), options).Score;
        static string Range(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return string.Create(CultureInfo.InvariantCulture, $"{sorted[0]:F3}/{sorted[sorted.Count / 2]:F3}/{sorted[^1]:F3}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {shuffles} shuffled orders, min/median/max: pairwise F1 {Range(shuffled.Select(s => s.Pairwise.F1))}, B-cubed F1 {Range(shuffled.Select(s => s.BCubed.F1))}; story order: pairwise F1 {byStory.Pairwise.F1:F3}, B-cubed F1 {byStory.BCubed.F1:F3}"));
    }
}

/// <summary>Applies <c>Name=value</c> overrides to an options record by reflection (bench-only convenience).</summary>
internal static class OptionOverrides
{
    public static StoryClustererOptions Apply(StoryClustererOptions options, IEnumerable<string> assignments)
    {
        foreach (var assignment in assignments)
        {
            var (name, value) = (assignment[..assignment.IndexOf('=', StringComparison.Ordinal)], assignment[(assignment.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var property = typeof(StoryClustererOptions).GetProperty(name) ?? throw new ArgumentException($"no option {name}");
            object parsed = property.PropertyType == typeof(TimeSpan)
                ? TimeSpan.FromDays(double.Parse(value, CultureInfo.InvariantCulture))
                : Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture);
            options = options with { };
            property.SetValue(options, parsed);
        }
        return options;
    }
}

/// <summary>Finds <c>shared/data/NAME</c> by walking up from the working directory and the program.</summary>
internal static class DevData
{
    public static string? Find(string name)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data", name);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
