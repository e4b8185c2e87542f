namespace Storyline.Clustering;

/// <summary>Online story clusterer.</summary>
/// <remarks>First slice: exact-title grouping only; the real clusterer comes with the clustering issue.</remarks>
public sealed class StoryClusterer : IStoryClusterer
{
    private readonly Dictionary<string, long> _byTitle = new(StringComparer.OrdinalIgnoreCase);
    private long _nextStory = 1;

    public ClusterAssignment Add(ClusterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_byTitle.TryGetValue(item.Title, out var story))
        {
            story = _nextStory++;
            _byTitle[item.Title] = story;
        }
        return new ClusterAssignment(item.Id, story, null, []);
    }

    public long Resolve(long storyId) => storyId;

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(_nextStory);
        writer.Write(_byTitle.Count);
        foreach (var (title, story) in _byTitle)
        {
            writer.Write(title);
            writer.Write(story);
        }
    }

    public static StoryClusterer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var clusterer = new StoryClusterer { _nextStory = reader.ReadInt64() };
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            clusterer._byTitle[reader.ReadString()] = reader.ReadInt64();
        }
        return clusterer;
    }
}
