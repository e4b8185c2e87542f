using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Storyline.Cli;
using Storyline.Tests.Support;
using Storyline.Web;

namespace Storyline.Tests.Web;

public sealed class StoryApiTests : IAsyncLifetime
{
    private StoryServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await StoryServer.StartAsync();
        _client = _server.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Problem)> GetProblem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return (response.StatusCode, problem);
    }

    private async Task<HttpResponseMessage> Post(string body, string? token, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await _client.SendAsync(request);
    }

    private static IEnumerable<string> Headlines(JsonElement list) => list.EnumerateArray().Select(s => s.GetProperty("headline").GetString()!);

    [Fact]
    public async Task ListStories_ReturnsEveryStory_MostRecentlyActiveFirst_WithTheDocumentedShape()
    {
        var list = await GetJson("/api/stories");

        var stories = list.EnumerateArray().ToList();
        Assert.True(stories.Count >= 3, $"expected the seeded stories, got {stories.Count}");
        Assert.Equal("Floods close schools across southern Brazil", stories[0].GetProperty("headline").GetString());
        var lastSeen = stories.Select(s => s.GetProperty("last_seen").GetDateTimeOffset()).ToList();
        Assert.Equal(lastSeen.OrderDescending(), lastSeen);
        foreach (var story in stories)
        {
            Assert.True(story.GetProperty("id").GetInt64() > 0);
            Assert.True(story.GetProperty("articles").GetInt32() >= 1);
            Assert.True(story.GetProperty("sources").GetInt32() >= 1);
            var activity = story.GetProperty("activity");
            Assert.Equal(story.GetProperty("articles").GetInt32(), activity.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32()));
        }
    }

    [Fact]
    public async Task ListStories_Limit_CapsTheList()
    {
        var list = await GetJson("/api/stories?limit=1");

        Assert.Single(list.EnumerateArray());
    }

    [Fact]
    public async Task ListStories_Since_KeepsOnlyStoriesActiveSinceThatDate()
    {
        var list = await GetJson("/api/stories?since=2024-04-01");

        Assert.Equal(["Floods close schools across southern Brazil"], Headlines(list));
    }

    [Fact]
    public async Task ListStories_Query_ReturnsTheStoriesOfMatchingArticles()
    {
        var list = await GetJson("/api/stories?q=flooded%20rivers");

        Assert.Equal(["Floods close schools across southern Brazil"], Headlines(list));
    }

    [Theory]
    [InlineData("/api/stories?limit=0", "limit")]
    [InlineData("/api/stories?limit=201", "limit")]
    [InlineData("/api/stories?limit=ten", "limit")]
    [InlineData("/api/stories?since=last%20tuesday", "since")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=putin&limit=-3", "limit")]
    public async Task BadQueryValues_Are400ProblemDetails_NamingTheParameter(string path, string parameter)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        var (status, problem) = await GetProblem(response);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"'{parameter}'", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStory_IsTheSameDocumentAsShowJson()
    {
        var list = await GetJson("/api/stories");
        foreach (var id in list.EnumerateArray().Select(s => s.GetProperty("id").GetInt64()))
        {
            using var response = await _client.GetAsync(new Uri($"/api/stories/{id}", UriKind.Relative));
            var api = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            var output = new StringWriter();
            var exit = StorylineCli.Run(["show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--db", _server.Db], output, new StringWriter());

            Assert.Equal(0, exit);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(output.ToString()), api), $"story {id}: the API and show --json differ");
        }
    }

    [Fact]
    public async Task GetStory_Unknown_Is404ProblemDetails()
    {
        using var response = await _client.GetAsync(new Uri("/api/stories/987654", UriKind.Relative));

        var (status, problem) = await GetProblem(response);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("987654", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStory_NotANumber_Is404()
    {
        using var response = await _client.GetAsync(new Uri("/api/stories/abc", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"got {response.StatusCode}");
    }

    [Fact]
    public async Task GetArticle_ReturnsTheFullText_AndNotTheServerSideOrigin()
    {
        var article = await GetJson("/api/articles/b1");

        Assert.Equal("Floods close schools across southern Brazil", article.GetProperty("title").GetString());
        Assert.StartsWith("Heavy rain flooded rivers", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Reuters", article.GetProperty("source").GetString());
        Assert.False(article.TryGetProperty("origin", out _));
    }

    [Fact]
    public async Task GetArticle_Unknown_Is404ProblemDetails()
    {
        using var response = await _client.GetAsync(new Uri("/api/articles/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, (await GetProblem(response)).Status);
    }

    [Fact]
    public async Task Search_ReturnsHitsWithTheirStory_InTheShapeOfSearchJson()
    {
        var hits = await GetJson("/api/search?q=pyongyang");

        var hit = Assert.Single(hits.EnumerateArray(), h => h.GetProperty("article").GetString() == "a2");
        Assert.True(hit.GetProperty("story").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("story_headline").GetString()));
        Assert.Contains("[Pyongyang]", hit.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostArticles_WithoutToken_Is401_AndStoresNothing()
    {
        using var response = await Post("""{"id":"n1","title":"New","text":"Body."}""", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetProblem(response)).Status);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        using var article = await _client.GetAsync(new Uri("/api/articles/n1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("s3cre")]
    [InlineData("s3cret2")]
    public async Task PostArticles_WithAWrongToken_Is401(string token)
    {
        using var response = await Post("""{"id":"n1","title":"New","text":"Body."}""", token);

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetProblem(response)).Status);
    }

    [Fact]
    public async Task PostArticles_WithToken_IngestsAnArray_AndReportsEachFailure()
    {
        var body = """
            [
              {"id":"n1","title":"Volcano erupts near Reykjavik","text":"A volcano erupted on the Reykjanes peninsula on Sunday.","published":"2024-06-02T10:00:00Z","source":"RUV","url":"https://example.com/n1"},
              {"id":"n2"}
            ]
            """;

        using var response = await Post(body, "s3cret");
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, report.GetProperty("read").GetInt32());
        Assert.Equal(1, report.GetProperty("new").GetInt32());
        Assert.Equal(1, report.GetProperty("failed").GetInt32());
        Assert.Equal("request[1]", report.GetProperty("failures")[0].GetProperty("origin").GetString());
        var story = report.GetProperty("stories")[0].GetInt64();
        var view = await GetJson($"/api/stories/{story}");
        Assert.Contains(view.GetProperty("articles").EnumerateArray(), a => a.GetProperty("id").GetString() == "n1");
    }

    [Fact]
    public async Task PostArticles_OneObject_IsIngested_AndPostingItAgainIsADuplicate()
    {
        var body = """{"id":"n3","title":"Central bank holds rates","text":"The central bank kept its main rate unchanged.","source":"Wire"}""";

        using var first = await Post(body, "s3cret");
        using var second = await Post(body, "s3cret");

        Assert.Equal(1, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("new").GetInt32());
        Assert.Equal(1, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("duplicates").GetInt32());
    }

    [Theory]
    [InlineData("{broken")]
    [InlineData("42")]
    public async Task PostArticles_NotAnArticleDocument_Is400(string body)
    {
        using var response = await Post(body, "s3cret");

        Assert.Equal(HttpStatusCode.BadRequest, (await GetProblem(response)).Status);
    }

    [Fact]
    public async Task PostArticles_NotJson_Is415()
    {
        using var response = await Post("title=x", "s3cret", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await GetProblem(response)).Status);
    }

    [Fact]
    public async Task PostArticles_TooLarge_Is413()
    {
        await using var server = await StoryServer.StartAsync(maxBodyBytes: 1024);
        using var client = server.Client();
        var text = new string('a', 4096);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative))
        {
            Content = new StringContent($$"""{"title":"Big","text":"{{text}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await GetProblem(response)).Status);
    }

    [Fact]
    public async Task PostArticles_OnAServerWithoutToken_IsRefused_WhateverTheHeader()
    {
        await using var server = await StoryServer.StartAsync(token: null);
        using var client = server.Client();
        foreach (var header in new[] { "", "null", " " })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative))
            {
                Content = new StringContent("""{"title":"x","text":"y"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + header);

            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Forbidden, (await GetProblem(response)).Status);
        }
    }

    [Fact]
    public async Task Healthz_IsOk_AndCountsTheArticles()
    {
        var health = await GetJson("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(4, health.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        var document = await GetJson("/openapi.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/stories", "/api/stories/{id}", "/api/articles/{id}", "/api/search", "/api/articles", "/healthz", "/feed.atom" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not described");
        }
        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task UnknownPath_Is404ProblemDetails()
    {
        using var response = await _client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, (await GetProblem(response)).Status);
    }
}

public sealed class StoryApiResilienceTests
{
    [Fact]
    public async Task PostArticles_ConcurrentRequests_AreAllStored()
    {
        await using var server = await StoryServer.StartAsync();
        using var client = server.Client();

        var posts = Enumerable.Range(1, 6).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/articles", UriKind.Relative))
            {
                Content = new StringContent($$"""{"id":"c{{i}}","title":"Market report number {{i}}","text":"Shares moved on day {{i}} of trading.","source":"Desk {{i}}"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        });
        var statuses = await Task.WhenAll(posts);
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(4 + 6, JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task UnreadableStore_Is503ProblemDetails_WithoutTheServerPath()
    {
        using var dir = new TempDir();
        // A folder where the database file should be: SQLite cannot open it.
        var options = new WebOptions { Db = dir.Path, MinimumLogLevel = LogLevel.None };
        await using var app = StorylineWeb.Build(options, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();

        foreach (var path in new[] { "/api/stories", "/healthz" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(dir.Path, body, StringComparison.Ordinal);
        }
    }
}
