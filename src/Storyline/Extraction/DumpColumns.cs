namespace Storyline.Extraction;

/// <summary>
/// Undoes a side-by-side layout in a text dump: a page laid out as a table renders the article and a sidebar as two
/// columns on the same lines, so each line mixes half a sentence of the article with half a teaser. When a column
/// edge is found, the left column is read first, then the right one.
/// </summary>
internal static class DumpColumns
{
    private const int MinEdge = 30;
    private const int MaxEdge = 150;
    private const int MinRightOnlyLines = 5;
    private const int MinSplitLines = 20;

    /// <summary>
    /// The lines in reading order: unchanged unless the dump has a clear second column; <paramref name="edge"/> is
    /// where that column started (the left column's wrap width), or -1.
    /// </summary>
    public static string[] Unfold(string[] lines, out int edge)
    {
        edge = FindEdge(lines);
        if (edge < 0)
        {
            return lines;
        }
        var left = new List<string>(lines.Length);
        var right = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length > edge && line[edge - 1] == ' ' && line[edge] != ' ')
            {
                left.Add(line[..edge].TrimEnd());
                right.Add(line[edge..]);
            }
            else
            {
                left.Add(line);
            }
        }
        left.Add("");
        left.AddRange(right);
        return [.. left];
    }

    /// <summary>
    /// The column where a second column starts: many lines hold only text starting there (the sidebar running on
    /// below the article), and many lines have a word starting there right after a space. Wrapped prose alone
    /// never indents lines that deep, so the first test keeps ordinary dumps untouched.
    /// </summary>
    private static int FindEdge(string[] lines)
    {
        var rightOnly = new Dictionary<int, int>();
        foreach (var line in lines)
        {
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }
            if (indent is >= MinEdge and <= MaxEdge && indent < line.Length)
            {
                rightOnly[indent] = rightOnly.GetValueOrDefault(indent) + 1;
            }
        }
        foreach (var (edge, count) in rightOnly.OrderByDescending(p => p.Value))
        {
            if (count < MinRightOnlyLines)
            {
                break;
            }
            var split = lines.Count(l => l.Length > edge && l[edge - 1] == ' ' && l[edge] != ' ' && !string.IsNullOrWhiteSpace(l[..edge]));
            if (split >= MinSplitLines)
            {
                return edge;
            }
        }
        return -1;
    }
}
