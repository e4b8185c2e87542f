using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Stories;

namespace Storyline.Web;

/// <summary>The JSON API under <c>/api</c> and the health check: parse the request, ask the pipeline or the store, format the answer.</summary>
internal static partial class StoryApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    // A query matches articles; this many hits are looked at to find their stories.
    private const int SearchDepth = 500;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Stories");
        api.MapGet("/stories", ListStories)
            .WithName("listStories")
            .Produces<IReadOnlyList<StoryListItem>>()
            .WithSummary("Stories, most recently active first.")
            .WithDescription("since: ISO date, only stories with an article on or after it. q: plain words; the stories of the articles that match them, best match first. limit: 1-200, default 20.");
        api.MapGet("/stories/{id}", GetStory)
            .WithName("getStory")
            .Produces<StoryView>()
            .WithSummary("One story reconciled across its sources: the document `storyline show --json` prints.");
        api.MapGet("/articles/{id}", GetArticle)
            .WithName("getArticle")
            .Produces<ArticleDocument>()
            .WithSummary("One article with its full text.");
        api.MapGet("/search", Search)
            .WithName("search")
            .Produces<IReadOnlyList<SearchHitDocument>>()
            .WithSummary("Full-text search over articles; each hit names its story. Matched terms are in [brackets] in the snippet.");
        api.MapPost("/articles", PostArticles)
            .WithName("postArticles")
            .Produces<IngestReportDocument>()
            .WithSummary("Ingests one article object or an array of them (id, title, text, published, source, url). Requires `Authorization: Bearer <token>`.")
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], Health).WithName("health").Produces<HealthDocument>().WithTags("Service").WithSummary("Whether the store can be read.");
    }

    internal static Results<JsonHttpResult<IReadOnlyList<StoryListItem>>, ProblemHttpResult> ListStories(Newsroom newsroom, string? since, string? q, string? limit)
    {
        if (ParseLimit(limit) is not { } count)
        {
            return BadQuery("limit", $"'limit' must be a whole number from 1 to {MaxLimit}.");
        }
        DateTimeOffset? activeSince = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return BadQuery("since", $"'since' must be an ISO date such as 2024-01-21, not '{since}'.");
            }
            activeSince = parsed;
        }
        using var store = newsroom.OpenStore();
        var items = string.IsNullOrWhiteSpace(q)
            ? store.ListStories(count, activeSince).Select(s => WithActivity(store, s)).ToList()
            : StoriesMatching(store, q, activeSince, count);
        return Json<IReadOnlyList<StoryListItem>>(items);
    }

    internal static Results<JsonHttpResult<StoryView>, ProblemHttpResult> GetStory(Newsroom newsroom, long id)
    {
        using var store = newsroom.OpenStore();
        return newsroom.Pipeline.Show(store, id) is { } view
            ? Json(view)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"There is no story {id}.");
    }

    internal static Results<JsonHttpResult<ArticleDocument>, ProblemHttpResult> GetArticle(Newsroom newsroom, string id)
    {
        using var store = newsroom.OpenStore();
        return store.GetArticle(id) is { } article
            ? Json(ArticleDocument.Of(article))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"There is no article '{id}'.");
    }

    internal static Results<JsonHttpResult<IReadOnlyList<SearchHitDocument>>, ProblemHttpResult> Search(Newsroom newsroom, string? q, string? limit)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadQuery("q", "'q' must hold at least one word to search for.");
        }
        if (ParseLimit(limit) is not { } count)
        {
            return BadQuery("limit", $"'limit' must be a whole number from 1 to {MaxLimit}.");
        }
        using var store = newsroom.OpenStore();
        return Json<IReadOnlyList<SearchHitDocument>>(store.Search(q, count).Select(SearchHitDocument.Of).ToList());
    }

    internal static async Task<Results<JsonHttpResult<IngestReportDocument>, ProblemHttpResult>> PostArticles(Newsroom newsroom, HttpRequest request, CancellationToken cancellation)
    {
        if (!newsroom.AcceptsWrites)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are disabled", detail: "The server was started without a write token (--token or STORYLINE_TOKEN).");
        }
        if (!newsroom.IsWriteToken(BearerToken(request)))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong token", detail: "Send the server's write token as 'Authorization: Bearer <token>'.");
        }
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Not JSON", detail: "Send the articles as application/json.");
        }
        var body = await RequestBody.ReadAsync(request, newsroom.MaxBodyBytes, cancellation);
        if (body is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large", detail: $"A request body may hold at most {newsroom.MaxBodyBytes} bytes.");
        }
        List<IngestItem> items;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                items = [ArticleJson.FromElement(root, "request", IngestHints.None)];
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                items = root.EnumerateArray().Select((e, i) => ArticleJson.FromElement(e, $"request[{i}]", IngestHints.None)).ToList();
            }
            else
            {
                return BadQuery("body", "The body must be one article object or an array of them.");
            }
        }
        catch (JsonException e)
        {
            return BadQuery("body", $"The body is not valid JSON: {e.Message}");
        }
        await newsroom.WriteGate.WaitAsync(cancellation);
        try
        {
            using var store = newsroom.OpenStore();
            return Json(IngestReportDocument.Of(newsroom.Pipeline.Ingest(store, items, cancellation: cancellation)));
        }
        finally
        {
            newsroom.WriteGate.Release();
        }
    }

    internal static Results<JsonHttpResult<HealthDocument>, ProblemHttpResult> Health(Newsroom newsroom, ILogger<Newsroom> logger)
    {
        try
        {
            using var store = newsroom.OpenStore();
            return Json(new HealthDocument("ok", store.CountArticles()));
        }
        catch (StoreException e)
        {
            // The message names the file on the server's disk: it goes to the log, not to the caller.
            StoreUnavailable(logger, e);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable", detail: "The store cannot be read.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Health check: the store cannot be read")]
    private static partial void StoreUnavailable(ILogger logger, Exception exception);

    /// <summary>Every JSON answer goes through the options the CLI uses, so both print the same document.</summary>
    private static JsonHttpResult<T> Json<T>(T value) => TypedResults.Json(value, StorylineJson.Options);

    private static ProblemHttpResult BadQuery(string name, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Bad value for '{name}'", detail: detail);

    private static int? ParseLimit(string? limit)
    {
        if (string.IsNullOrWhiteSpace(limit))
        {
            return DefaultLimit;
        }
        return int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxLimit ? value : null;
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    private static StoryListItem WithActivity(IStoryStore store, StorySummary story) =>
        new(story.Id, story.Headline, story.Articles, story.Sources, story.FirstSeen, story.LastSeen, StoryActivity.Of(store.GetStoryArticles(story.Id)));

    /// <summary>The stories of the articles matching the words, in the order of their best hit.</summary>
    private static List<StoryListItem> StoriesMatching(IStoryStore store, string query, DateTimeOffset? activeSince, int limit)
    {
        var items = new List<StoryListItem>();
        foreach (var hit in store.Search(query, SearchDepth).DistinctBy(h => h.StoryId))
        {
            var articles = store.GetStoryArticles(hit.StoryId);
            if (articles.Count == 0)
            {
                continue;
            }
            // The same rules as the store's own story list: dated by publication, else by arrival.
            var dates = articles.Select(a => a.Article.Published ?? a.FirstSeen).ToList();
            var last = dates.Max();
            if (activeSince is { } since && last < since)
            {
                continue;
            }
            var sources = articles.Select(a => Outlets.Key(a.Article)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            items.Add(new StoryListItem(hit.StoryId, hit.StoryHeadline, articles.Count, sources, dates.Min(), last, StoryActivity.Of(articles)));
            if (items.Count == limit)
            {
                break;
            }
        }
        return items;
    }
}
