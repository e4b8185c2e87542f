using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Storage;

public sealed class SqliteStoryStoreTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static StoreBatch Batch(params StoredArticle[] articles) => new(articles, [], [1, 2, 3]);

    private static StoredArticle Stored(string title, long story, string? copyOf = null, string source = "inews24") =>
        new(Some.Article(title, source: source), story, copyOf, Some.Day);

    [Fact]
    public void Commit_ThenRead_ReturnsArticlesWithTheirStory()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        var a = Stored("Putin plans to visit North Korea", 1);
        var b = Stored("Pyongyang ready to welcome Putin", 1, copyOf: a.Article.Id, source: "Antara");
        store.Commit(Batch(a, b));

        var articles = store.GetStoryArticles(1);
        Assert.Equal([a.Article.Id, b.Article.Id], articles.Select(x => x.Article.Id));
        Assert.Equal(a.Article.Id, articles[1].DuplicateOf);
        Assert.Equal(a.Article with { }, store.GetArticle(a.Article.Id));
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void FindKnown_ReportsStoredHashesAndIds()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        var a = Stored("Putin plans to visit North Korea", 1);
        store.Commit(Batch(a));

        var known = store.FindKnown([a.Article.ContentHash, "other-hash"], [a.Article.Id, "other-id"]);

        Assert.Equal(new HashSet<string> { a.Article.ContentHash, a.Article.Id }, known);
    }

    [Fact]
    public void Commit_WithMerge_MovesArticlesIntoTheSurvivingStory()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        store.Commit(Batch(Stored("Putin plans to visit North Korea", 1), Stored("Choe returns from Moscow", 2)));
        store.Commit(new StoreBatch([Stored("Kremlin confirms Pyongyang trip", 1)], [(2, 1)], [9]));

        Assert.Equal(3, store.GetStoryArticles(1).Count);
        Assert.Empty(store.GetStoryArticles(2));
        Assert.Equal([9], store.LoadClustererState());
    }

    [Fact]
    public void ListStories_CountsArticlesAndDistinctSources_MostRecentFirst()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
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
        Assert.Equal("Old story", stories[1].Headline);
        Assert.Single(store.ListStories(1));
        Assert.Single(store.ListStories(10, activeSince: Some.Day.AddDays(-1)));
    }

    [Fact]
    public void Search_FindsArticlesByWords_AndNamesTheirStory()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        store.Commit(Batch(
            Stored("Putin plans to visit North Korea", 3),
            new StoredArticle(Some.Article("Floods in Jakarta", "Heavy rain flooded Jakarta on Sunday."), 4, null, Some.Day)));

        var hits = store.Search("jakarta RAIN", 10);

        var hit = Assert.Single(hits);
        Assert.Equal((4L, "Floods in Jakarta"), (hit.StoryId, hit.Title));
        Assert.Contains("[rain]", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(a b) OR * AND -")]
    [InlineData("title:putin")]
    [InlineData("")]
    public void Search_TreatsQuerySyntaxAsPlainWords(string query)
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        store.Commit(Batch(Stored("Putin plans to visit North Korea", 3)));

        var exception = Record.Exception(() => store.Search(query, 10));

        Assert.Null(exception);
    }

    [Fact]
    public void Open_AnExistingStore_KeepsItsData()
    {
        var path = _dir.File("s.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            store.Commit(Batch(Stored("Putin plans to visit North Korea", 1)));
        }
        using var reopened = SqliteStoryStore.Open(path);
        Assert.Equal(1, reopened.CountArticles());
    }

    [Fact]
    public void Open_AFileThatIsNotAStore_FailsWithTheFileNamed()
    {
        var path = _dir.File("not-a-db.db");
        File.WriteAllText(path, "this is plain text, not a SQLite database, and it is long enough to have a header");

        var error = Assert.Throws<StoreException>(() => SqliteStoryStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
