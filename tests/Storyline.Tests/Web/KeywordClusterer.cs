using System.Text;
using Storyline.Clustering;

namespace Storyline.Tests.Web;

/// <summary>A predictable clusterer for page tests: articles whose title names the keyword form one story, every other article its own.</summary>
/// <remarks>An article whose title repeats an earlier one in the story is marked as its copy.</remarks>
internal sealed class KeywordClusterer(string keyword) : IStoryClusterer
{
    private readonly Dictionary<string, long> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);

    public static Func<Stream?, IStoryClusterer> Factory(string keyword) => state =>
    {
        var clusterer = new KeywordClusterer(keyword);
        if (state is not null)
        {
            using var reader = new StreamReader(state, Encoding.UTF8);
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var parts = line.Split('\t');
                if (parts[0] == "s")
                {
                    clusterer._stories[parts[1]] = long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    clusterer._titles[parts[1]] = parts[2];
                }
            }
        }
        return clusterer;
    };

    public ClusterAssignment Add(ClusterItem item)
    {
        var key = item.Title.Contains(keyword, StringComparison.OrdinalIgnoreCase) ? keyword : "id:" + item.Id;
        if (!_stories.TryGetValue(key, out var story))
        {
            story = _stories.Count + 1;
            _stories[key] = story;
        }
        var titleKey = key + "|" + item.Title;
        var copyOf = _titles.GetValueOrDefault(titleKey);
        _titles.TryAdd(titleKey, item.Id);
        return new ClusterAssignment(item.Id, story, copyOf, []);
    }

    public long Resolve(long storyId) => storyId;

    public void Save(Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        foreach (var (key, story) in _stories)
        {
            writer.WriteLine($"s\t{key}\t{story}");
        }
        foreach (var (key, id) in _titles)
        {
            writer.WriteLine($"t\t{key}\t{id}");
        }
    }
}
