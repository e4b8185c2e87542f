using Storyline.Articles;

namespace Storyline.Extraction;

/// <summary>Lines a site repeats on its pages (menus, footers, notices): in a dump of that site they are not article.</summary>
internal sealed record SiteTemplate(IReadOnlySet<string> Lines);

/// <summary>Learns site templates from a batch of text dumps.</summary>
/// <remarks>
/// Dumps belong to one site when their URLs share a host, or, without URLs, when they share many short lines
/// (menus and footers are short lines; wire copies of one story share long prose lines instead, and are not merged).
/// A line is template when another dump of the same site has it too.
/// </remarks>
internal static class SiteTemplates
{
    private const int ShortLine = 80;
    private const int MinSharedShortLines = 8;

    public static Dictionary<int, SiteTemplate> Learn(IReadOnlyDictionary<int, (string? Url, string Text)> dumps)
    {
        var result = new Dictionary<int, SiteTemplate>();
        if (dumps.Count < 2)
        {
            return result;
        }
        var lines = dumps.ToDictionary(d => d.Key, d => LinesOf(d.Value.Text));
        var keys = dumps.Keys.Order().ToArray();
        var parent = keys.ToDictionary(k => k, k => k);
        int Find(int k) => parent[k] == k ? k : parent[k] = Find(parent[k]);
        void Union(int a, int b) => parent[Find(a)] = Find(b);

        // Same host: same site.
        foreach (var group in keys.Where(k => Outlets.SiteOf(dumps[k].Url) is not null).GroupBy(k => Outlets.SiteOf(dumps[k].Url)!))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                Union(first, other);
            }
        }

        // Otherwise: many shared short lines. An inverted index keeps this near-linear for ordinary batches.
        var owners = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            foreach (var line in lines[key].Where(l => l.Length < ShortLine))
            {
                if (!owners.TryGetValue(line, out var list))
                {
                    owners[line] = list = [];
                }
                list.Add(key);
            }
        }
        var shared = new Dictionary<(int, int), int>();
        foreach (var list in owners.Values.Where(l => l.Count is > 1 and <= 200))
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var pair = (list[i], list[j]);
                    shared[pair] = shared.GetValueOrDefault(pair) + 1;
                }
            }
        }
        foreach (var ((a, b), count) in shared)
        {
            if (count >= MinSharedShortLines)
            {
                Union(a, b);
            }
        }

        foreach (var site in keys.GroupBy(Find).Where(g => g.Count() > 1))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in site)
            {
                foreach (var line in lines[key])
                {
                    counts[line] = counts.GetValueOrDefault(line) + 1;
                }
            }
            foreach (var key in site)
            {
                var template = lines[key].Where(l => counts[l] > 1).ToHashSet(StringComparer.Ordinal);
                if (template.Count > 0)
                {
                    result[key] = new SiteTemplate(template);
                }
            }
        }
        return result;
    }

    private static HashSet<string> LinesOf(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n').Take(50_000))
        {
            var line = raw.Trim();
            if (line.Length >= 2)
            {
                set.Add(line);
            }
        }
        return set;
    }
}
