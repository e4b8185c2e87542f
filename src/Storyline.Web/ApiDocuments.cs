using Storyline.Articles;
using Storyline.Storage;
using Storyline.Stories;

namespace Storyline.Web;

/// <summary>One story in the API's story list, with its activity over time for a sparkline.</summary>
/// <param name="Articles">Number of articles, copies included.</param>
/// <param name="Sources">Number of distinct outlets.</param>
/// <param name="FirstSeen">The earliest publication date of its articles; the earliest arrival when none is dated.</param>
/// <param name="LastSeen">The latest article, same rule.</param>
public sealed record StoryListItem(long Id, string Headline, int Articles, int Sources, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, StoryActivity Activity);

/// <summary>Articles per period, oldest first: bucket <c>i</c> covers the <see cref="BucketDays"/> days from <c>From + i * BucketDays</c>.</summary>
/// <param name="From">The first day (UTC) of the first bucket.</param>
public sealed record StoryActivity(DateOnly From, int BucketDays, IReadOnlyList<int> Counts)
{
    /// <summary>At most this many buckets, so a story spanning years still draws as a short line.</summary>
    public const int MaxBuckets = 60;

    /// <summary>Buckets the articles by the date they were published, or first seen when undated.</summary>
    public static StoryActivity Of(IEnumerable<StoryArticle> articles)
    {
        // A story's days are its dated reports'; when it arrived counts only for a story with none dated (see IStoryStore.ListStories).
        var members = articles.ToList();
        var days = (members.Any(a => a.Article.Published is not null) ? members.Where(a => a.Article.Published is not null) : members)
            .Select(a => DateOnly.FromDateTime((a.Article.Published ?? a.FirstSeen).UtcDateTime))
            .ToList();
        if (days.Count == 0)
        {
            return new StoryActivity(default, 1, []);
        }
        var first = days.Min();
        var span = days.Max().DayNumber - first.DayNumber + 1;
        var width = (span + MaxBuckets - 1) / MaxBuckets;
        var counts = new int[(span + width - 1) / width];
        foreach (var day in days)
        {
            counts[(day.DayNumber - first.DayNumber) / width]++;
        }
        return new StoryActivity(first, width, counts);
    }
}

/// <summary>An article as the API serves it.</summary>
public sealed record ArticleDocument(string Id, string Title, string Text, string? Url, string? Byline, DateTimeOffset? Published, string? Source, string? Language)
{
    // Origin is left out on purpose: it can be a path on the server's disk.
    public static ArticleDocument Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleDocument(article.Id, article.Title, article.Text, article.Url, article.Byline, article.Published, article.Source, article.Language);
    }
}

/// <summary>A full-text search hit, in the shape <c>search --json</c> prints.</summary>
/// <param name="Snippet">The matching passage, matched terms in [brackets].</param>
public sealed record SearchHitDocument(string Article, string Title, string? Source, DateTimeOffset? Published, long Story, string StoryHeadline, string Snippet)
{
    public static SearchHitDocument Of(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new SearchHitDocument(hit.ArticleId, hit.Title, hit.Source, hit.Published, hit.StoryId, hit.StoryHeadline, hit.Snippet);
    }
}

/// <summary>An input that could not be ingested, and why.</summary>
public sealed record IngestFailureDocument(string Origin, string Reason);

/// <summary>What a POST of articles did, in the shape <c>ingest --json</c> prints.</summary>
public sealed record IngestReportDocument(int Read, int New, int Duplicates, int Copies, int Failed, IReadOnlyList<IngestFailureDocument> Failures, IReadOnlyList<long> Stories)
{
    public static IngestReportDocument Of(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new IngestReportDocument(
            report.Read, report.New, report.Duplicates, report.Copies, report.Failed,
            report.Failures.Select(f => new IngestFailureDocument(f.Origin, f.Reason)).ToList(),
            report.Stories);
    }
}

/// <summary>The answer of <c>GET /healthz</c>.</summary>
public sealed record HealthDocument(string Status, int Articles);
