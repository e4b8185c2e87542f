using Storyline.Articles;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Storage;

/// <summary>What every <see cref="IStoryStore"/> does, run against each store kind by a subclass.</summary>
public abstract class StoryStoreContract
{
    /// <summary>A store on new, empty storage; null when this kind of store cannot run here (the subclass says why).</summary>
    protected abstract IStoryStore? OpenNew();

    /// <summary>The storage last opened by <see cref="OpenNew"/>, opened again.</summary>
    protected abstract IStoryStore Reopen();

    private static StoreBatch Batch(params StoredArticle[] articles) => new(articles, [], [1, 2, 3]);

    private static StoredArticle Stored(string title, long story, string? copyOf = null, string source = "inews24") =>
        new(Some.Article(title, source: source), story, copyOf, Some.Day);

    [Fact]
    public void Commit_ThenRead_ReturnsArticlesWithTheirStory()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        var a = Stored("Putin plans to visit North Korea", 1);
        var b = Stored("Pyongyang ready to welcome Putin", 1, copyOf: a.Article.Id, source: "Antara");
        store.Commit(Batch(a, b));

        var articles = store.GetStoryArticles(1);
        Assert.Equal([a.Article.Id, b.Article.Id], articles.Select(x => x.Article.Id));
        Assert.Equal(a.Article.Id, articles[1].DuplicateOf);
        Assert.Equal(Some.Day, articles[0].FirstSeen);
        Assert.Equal(a.Article with { }, store.GetArticle(a.Article.Id));
        Assert.Equal(TimeSpan.FromHours(9), store.GetArticle(a.Article.Id)!.Published!.Value.Offset);
        Assert.Null(store.GetArticle("no-such-id"));
        Assert.Empty(store.GetStoryArticles(99));
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void FindKnown_ReportsStoredHashesAndIds()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        var a = Stored("Putin plans to visit North Korea", 1);
        store.Commit(Batch(a));

        var known = store.FindKnown([a.Article.ContentHash, "other-hash"], [a.Article.Id, "other-id"]);

        Assert.Equal(new HashSet<string> { a.Article.ContentHash, a.Article.Id }, known);
        Assert.Equal(known, store.FindKnown([a.Article.ContentHash, "other-hash"], [a.Article.Id, "other-id"]));
        Assert.Empty(store.FindKnown([], []));
    }

    [Fact]
    public void Commit_WithMerge_MovesArticlesIntoTheSurvivingStory()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        store.Commit(Batch(Stored("Putin plans to visit North Korea", 1), Stored("Choe returns from Moscow", 2)));
        store.SetHeadlines(new Dictionary<long, string> { [1] = "Putin", [2] = "Choe" });
        store.Commit(new StoreBatch([Stored("Kremlin confirms Pyongyang trip", 1)], [(2, 1)], [9]));

        Assert.Equal(3, store.GetStoryArticles(1).Count);
        Assert.Empty(store.GetStoryArticles(2));
        Assert.Equal([1L], store.ListStories(10).Select(s => s.Id));
    }

    [Fact]
    public void LoadClustererState_ReturnsTheLastCommittedState()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        Assert.Null(store.LoadClustererState());
        var state = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 7)).ToArray();
        store.Commit(new StoreBatch([], [], [1]));
        store.Commit(new StoreBatch([], [], state));

        Assert.Equal(state, store.LoadClustererState());
    }

    [Fact]
    public void ListStories_CountsArticlesAndDistinctSources_MostRecentFirst()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        var older = Some.Article("Old story", published: Some.Day.AddDays(-3));
        store.Commit(Batch(
            new StoredArticle(older, 7, null, Some.Day),
            Stored("Putin plans to visit North Korea", 3, source: "inews24"),
            Stored("Putin to visit Pyongyang", 3, source: "INEWS24"),
            Stored("Pyongyang welcomes Putin", 3, source: "Antara")));
        store.SetHeadlines(new Dictionary<long, string> { [3] = "Putin to visit North Korea" });

        var stories = store.ListStories(10);

        Assert.Equal([3L, 7L], stories.Select(s => s.Id));
        Assert.Equal(("Putin to visit North Korea", 3, 2), (stories[0].Headline, stories[0].Articles, stories[0].Sources));
        Assert.Equal((Some.Day, Some.Day), (stories[0].FirstSeen, stories[0].LastSeen));
        Assert.Equal("Old story", stories[1].Headline);
        Assert.Single(store.ListStories(1));
        Assert.Single(store.ListStories(10, activeSince: Some.Day.AddDays(-1)));
    }

    [Fact]
    public void ListStories_AStorysDaysAreThoseOfItsDatedReports_ArrivalOnlyWhenNoneIsDated()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        var arrived = Some.Day.AddYears(2);
        store.Commit(Batch(
            new StoredArticle(Some.Article("Ferry fire kills three", published: Some.Day.AddDays(-1)), 4, null, arrived),
            new StoredArticle(Some.Article("Three dead in ferry fire", published: Some.Day), 4, null, arrived),
            new StoredArticle(Some.Article("Ferry fire off Geoje") with { Published = null }, 4, null, arrived.AddDays(1)),
            new StoredArticle(Some.Article("Library books come back") with { Published = null }, 5, null, arrived)));

        var stories = store.ListStories(10);

        Assert.Equal([5L, 4L], stories.Select(s => s.Id));
        Assert.Equal((arrived, arrived), (stories[0].FirstSeen, stories[0].LastSeen));
        Assert.Equal((Some.Day.AddDays(-1), Some.Day), (stories[1].FirstSeen, stories[1].LastSeen));
        Assert.Equal([5L], store.ListStories(10, activeSince: Some.Day.AddDays(1)).Select(s => s.Id));
    }

    [Fact]
    public void ListStories_ArticlesOfNoKnownOutlet_CountAsOneSourceEach_AsTheStoryViewShowsThem()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        store.Commit(Batch(
            new StoredArticle(Some.Article("Ferry fire kills three", source: null), 4, null, Some.Day),
            new StoredArticle(Some.Article("Three dead in ferry fire", source: null), 4, null, Some.Day),
            Stored("Ferry fire off Geoje", 4, source: "Antara")));

        Assert.Equal(3, store.ListStories(10).Single().Sources);
    }

    [Fact]
    public void SetHeadlines_Again_ReplacesTheCachedHeadline()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        store.Commit(Batch(Stored("Putin plans to visit North Korea", 3)));
        store.SetHeadlines(new Dictionary<long, string> { [3] = "First headline" });
        store.SetHeadlines(new Dictionary<long, string> { [3] = "Second headline" });
        store.SetHeadlines(new Dictionary<long, string>());

        Assert.Equal("Second headline", Assert.Single(store.ListStories(10)).Headline);
    }

    [Fact]
    public void Search_FindsArticlesByWords_AndNamesTheirStory()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        store.Commit(Batch(
            Stored("Putin plans to visit North Korea", 3),
            new StoredArticle(Some.Article("Floods in Jakarta", "Heavy rain flooded Jakarta on Sunday."), 4, null, Some.Day)));
        store.SetHeadlines(new Dictionary<long, string> { [4] = "Jakarta under water" });

        var hits = store.Search("jakarta RAIN", 10);

        var hit = Assert.Single(hits);
        Assert.Equal((4L, "Floods in Jakarta", "Jakarta under water"), (hit.StoryId, hit.Title, hit.StoryHeadline));
        Assert.Equal(Some.Day, hit.Published);
        Assert.Contains("[rain]", hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(store.Search("jakarta moscow", 10));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b) OR * AND -")]
    [InlineData("title:putin")]
    [InlineData("putin & !korea | (")]
    [InlineData("")]
    public void Search_TreatsQuerySyntaxAsPlainWords(string query)
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        store.Commit(Batch(Stored("Putin plans to visit North Korea", 3)));

        var exception = Record.Exception(() => store.Search(query, 10));

        Assert.Null(exception);
    }

    [Fact]
    public void FeedState_IsRememberedAndReplaced()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        const string Feed = "https://example.com/rss.xml";
        Assert.Null(store.GetFeedState(Feed));

        store.SaveFeedState(new FeedState(Feed, "\"v1\"", null, Some.Day));
        store.SaveFeedState(new FeedState(Feed, "\"v2\"", "Sun, 21 Jan 2024 00:00:00 GMT", Some.Day.AddHours(1)));

        Assert.Equal(new FeedState(Feed, "\"v2\"", "Sun, 21 Jan 2024 00:00:00 GMT", Some.Day.AddHours(1)), store.GetFeedState(Feed));
    }

    [Fact]
    public void FeedItems_MarkedSeen_AreFoundForTheirFeedOnly()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        store.MarkItemsSeen("feed-a", ["x", "y", "x"], Some.Day);
        store.MarkItemsSeen("feed-a", ["y"], Some.Day);

        Assert.Equal(new HashSet<string> { "x", "y" }, store.FindSeenItems("feed-a", ["x", "y", "z"]));
        Assert.Empty(store.FindSeenItems("feed-b", ["x"]));
    }

    [Fact]
    public void Reopen_AnExistingStore_KeepsItsData()
    {
        using (var store = OpenNew())
        {
            if (store is null)
            {
                return;
            }
            store.Commit(Batch(Stored("Putin plans to visit North Korea", 1)));
        }
        using var reopened = Reopen();
        Assert.Equal(1, reopened.CountArticles());
        Assert.Equal([1, 2, 3], reopened.LoadClustererState());
    }

    [Fact]
    public void Pipeline_IngestTwice_StoresEachArticleOnceWithStories()
    {
        using var store = OpenNew();
        if (store is null)
        {
            return;
        }
        var pipeline = new PipelineBuilder().WithBatchSize(7).WithTimeProvider(new FixedClock(Some.Day)).Build();
        var items = Enumerable.Range(0, 30)
            .Select(i => Some.Item($"Story number {i % 3} develops", $"Report {i} on story {i % 3}: officials said {i} things.", id: $"a{i}"))
            .ToList();

        var first = pipeline.Ingest(store, items);
        var second = pipeline.Ingest(store, items);

        Assert.Equal((30, 0), (first.New, first.Duplicates));
        Assert.Equal((0, 30), (second.New, second.Duplicates));
        Assert.Equal(30, store.CountArticles());
        Assert.Equal(30, store.ListStories(100).Sum(s => s.Articles));
        Assert.All(store.ListStories(100), s => Assert.False(string.IsNullOrEmpty(s.Headline)));
        Assert.Equal(first.Stories.Count, store.ListStories(100).Count);
        Assert.IsType<Article>(store.GetArticle("a0"));
    }
}
