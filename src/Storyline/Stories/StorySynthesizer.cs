namespace Storyline.Stories;

/// <summary>Builds a story's view: headline, summary, sources, and (with the synthesis issue) entities, timeline and claims.</summary>
public sealed class StorySynthesizer : IStorySynthesizer
{
    public StoryView Synthesize(long storyId, IReadOnlyList<StoryArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            throw new ArgumentException("A story has at least one article.", nameof(articles));
        }
        var ordered = articles.OrderBy(a => a.Article.Published ?? a.FirstSeen).ThenBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var sources = ordered
            .GroupBy(a => a.Article.Source ?? "unknown", StringComparer.OrdinalIgnoreCase)
            .Select(g => new StorySource(g.First().Article.Source ?? "unknown", g.Min(a => a.FirstSeen), g.Count()))
            .OrderBy(s => s.FirstSeen)
            .ToList();
        var independent = ordered.Where(a => a.DuplicateOf is null)
            .Select(a => a.Article.Source ?? "unknown")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count();
        var lead = ordered[0].Article;
        return new StoryView
        {
            Id = storyId,
            Headline = lead.Title,
            Summary = lead.Text.Split("\n\n", 2)[0],
            Articles = ordered.Select(a => new StoryArticleLine(a.Article.Id, a.Article.Title, a.Article.Source, a.Article.Published, a.Article.Url, a.DuplicateOf)).ToList(),
            Sources = sources,
            IndependentSources = independent,
            Entities = [],
            Timeline = [],
            Claims = [],
        };
    }
}
