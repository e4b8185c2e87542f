using Storyline.Clustering;

namespace Storyline.Tests.Clustering;

/// <summary>Builds synthetic article streams from a seed: a few topics, some copies, dates or none, languages or none.</summary>
internal static class SomeStream
{
    private static readonly string[][] Topics =
    [
        ["earthquake", "magnitude", "Tokyo", "tremor", "buildings", "collapsed", "rescue", "aftershock", "Japan", "seismic"],
        ["election", "ballots", "Senate", "candidate", "campaign", "voters", "polls", "Georgia", "runoff", "turnout"],
        ["hurricane", "Florida", "landfall", "winds", "evacuation", "storm", "flooding", "coast", "category", "surge"],
        ["merger", "Qualcomm", "Broadcom", "shareholders", "bid", "billion", "offer", "chipmaker", "board", "hostile"],
        ["vaccine", "trial", "Pfizer", "doses", "regulators", "approval", "efficacy", "pandemic", "shots", "clinic"],
        ["missile", "Pyongyang", "launch", "ballistic", "sanctions", "Korea", "Guam", "Pacific", "test", "warhead"],
    ];

    private static readonly string[] Common = ["the", "said", "on", "officials", "reported", "people", "week", "new", "after", "according"];

    public static List<ClusterItem> Build(int seed, int count, bool dated = true)
    {
        var random = new Random(seed);
        // Languages come from a generator of their own, so the words and dates of a seed's stream stay as they were.
        var languages = new Random(seed + 1);
        var items = new List<ClusterItem>(count);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            if (items.Count > 0 && random.Next(6) == 0)
            {
                var original = items[random.Next(items.Count)];
                items.Add(original with { Id = $"a{i}", Title = "Copy: " + original.Title });
                continue;
            }
            var topic = Topics[random.Next(Topics.Length)];
            var words = Enumerable.Range(0, 30 + random.Next(40))
                .Select(_ => random.Next(3) == 0 ? Common[random.Next(Common.Length)] : topic[random.Next(topic.Length)]);
            var title = string.Join(' ', Enumerable.Range(0, 5).Select(_ => topic[random.Next(topic.Length)]));
            items.Add(new ClusterItem($"a{i}", title, string.Join(' ', words) + ".")
            {
                Published = dated && random.Next(4) > 0 ? start.AddHours(random.Next(24 * 200)) : null,
                Language = languages.Next(5) switch { 0 => "de", 1 => null, _ => "en" },
            });
        }
        return items;
    }

    /// <summary>Final story of each item (merges resolved).</summary>
    public static List<long> Cluster(IStoryClusterer clusterer, IEnumerable<ClusterItem> items)
    {
        var stories = items.Select(item => clusterer.Add(item).StoryId).ToList();
        return stories.ConvertAll(clusterer.Resolve);
    }
}
