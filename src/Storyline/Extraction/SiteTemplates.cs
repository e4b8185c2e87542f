namespace Storyline.Extraction;

/// <summary>Lines a site repeats on every page.</summary>
internal sealed record SiteTemplate(IReadOnlySet<string> Lines);

/// <summary>Learns site templates from a batch.</summary>
internal static class SiteTemplates
{
    public static Dictionary<int, SiteTemplate> Learn(IReadOnlyDictionary<int, (string? Url, string Text)> dumps) => [];
}
