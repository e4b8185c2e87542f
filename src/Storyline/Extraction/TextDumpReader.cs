namespace Storyline.Extraction;

/// <summary>What the line classifier found in a text dump.</summary>
internal sealed record DumpArticle(string Title, string Body, string? Byline, DateTimeOffset? Published, string? Site, string Evidence);

/// <summary>Reads a text dump of a rendered page.</summary>
internal static class TextDumpReader
{
    public static DumpArticle Read(string dump, SiteTemplate? template)
    {
        var lines = dump.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new DumpArticle(lines.FirstOrDefault() ?? "", string.Join("\n\n", lines.Skip(1)), null, null, null, "all");
    }
}
