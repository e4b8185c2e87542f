using System.Globalization;
using Storyline.Clustering;
using Storyline.Ingest;

namespace Storyline.Bench.Clustering;

/// <summary><c>cluster-diagnose FILE [--spread DAYS [--seed N]] [Name=value...]</c>: per article, its gold story, the story chosen and the candidates weighed.</summary>
/// <remarks>
/// For error analysis: each line gives the article, its gold and predicted story, then every candidate compared in
/// full as <c>story:gold-majority:centroid/link/penalty</c>, then the headline and the article id, so that a split shows whether the right story was
/// missed by retrieval, by the content score or by the time penalty.
/// </remarks>
internal static class ClusterDiagnostics
{
    public static int Run(string[] args)
    {
        var spread = BenchArgs.Int(args, "--spread", 0);
        var seed = BenchArgs.Int(args, "--seed", 1);
        var file = BenchArgs.Positionals(args).FirstOrDefault(a => !a.Contains('=', StringComparison.Ordinal));
        if (file is null)
        {
            Console.Error.WriteLine("usage: cluster-diagnose FILE [--spread DAYS [--seed N]] [Option=value...]");
            return 1;
        }
        var options = OptionOverrides.Apply(new StoryClustererOptions(), args.Where(a => a.Contains('=', StringComparison.Ordinal)));
        var articles = ArticleJson.ReadLabelledFile(file).Where(l => l.Succeeded && l.Story is not null).ToList();
        if (spread > 0)
        {
            // The same dated stream as cluster-quality --spread.
            articles = ClusterQualityHarness.Spread(articles, spread, seed);
        }
        var clusterer = new StoryClusterer(options) { LastRanking = [] };
        var members = new Dictionary<long, List<string>>();
        for (var i = 0; i < articles.Count; i++)
        {
            var article = articles[i].Article!;
            var gold = articles[i].Story!;
            clusterer.LastRanking!.Clear();
            var assignment = clusterer.Add(ClusterItem.FromArticle(article));
            var candidates = assignment.DuplicateOf is null
                ? string.Join(' ', clusterer.LastRanking.Select(r => string.Create(CultureInfo.InvariantCulture,
                    $"{r.Story}:{Majority(members, clusterer.Resolve(r.Story))}:{r.Centroid:F3}/{r.Link:F3}/{r.Penalty:F3}{(r.CrossLanguage > 0 ? $"/x{r.CrossLanguage:F3}" : "")}")))
                : "copy";
            var story = clusterer.Resolve(assignment.StoryId);
            if (!members.TryGetValue(story, out var list))
            {
                members[story] = list = [];
            }
            list.Add(gold);
            foreach (var merged in assignment.MergedStories)
            {
                if (members.Remove(merged, out var folded))
                {
                    list.AddRange(folded);
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i}\t{gold}\t{story}\t{(assignment.OpenedStory ? "new" : "join")}{string.Concat(assignment.MergedStories.Select(m => $"+{m}"))}\t{article.Published:yyyy-MM-dd}\t{candidates}\t{article.Title}\t{article.Id}"));
        }
        return 0;
    }

    private static string Majority(Dictionary<long, List<string>> members, long story) =>
        members.TryGetValue(story, out var list) && list.Count > 0
            ? list.GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key
            : "?";
}
