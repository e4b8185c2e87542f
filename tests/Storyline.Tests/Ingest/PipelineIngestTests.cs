using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Ingest;

public sealed class PipelineIngestTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Pipeline Pipeline(int batchSize = 256) =>
        new PipelineBuilder().WithBatchSize(batchSize).WithTimeProvider(new FixedClock(Some.Day)).Build();

    private static List<IngestItem> Items(int count) =>
        Enumerable.Range(0, count).Select(i => Some.Item($"Story number {i % 5} develops", $"Report {i} on story {i % 5}: officials said {i} things.", id: $"a{i}")).ToList();

    [Fact]
    public void Ingest_TheSameInputsTwice_StoresThemOnce()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        var first = Pipeline().Ingest(store, Items(20));
        var second = Pipeline().Ingest(store, Items(20));

        Assert.Equal((20, 20, 0), (first.Read, first.New, first.Duplicates));
        Assert.Equal((20, 0, 20), (second.Read, second.New, second.Duplicates));
        Assert.Equal(20, store.CountArticles());
    }

    [Fact]
    public void Ingest_RepeatedWithinOneBatch_StoresOnce()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        var item = Some.Item("Putin plans to visit North Korea");

        var report = Pipeline().Ingest(store, [item, item, Some.Item("Putin plans to visit North Korea", id: "other-id")]);

        Assert.Equal((1, 2), (report.New, report.Duplicates));
    }

    [Fact]
    public void Ingest_BadInputs_AreReportedByName_AndTheRestIsStored()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        var items = new List<IngestItem>
        {
            Some.Item("First good article"),
            IngestItem.Failed("feed.jsonl:2", "invalid JSON"),
            IngestItem.FromDocument(new RawDocument("empty.html", "<html><body><nav>Home</nav></body></html>"u8.ToArray(), DocumentFormat.Html)),
            Some.Item("Second good article"),
        };

        var report = Pipeline().Ingest(store, items);

        Assert.Equal(2, report.New);
        Assert.Equal(["feed.jsonl:2", "empty.html"], report.Failures.Select(f => f.Origin));
        Assert.All(report.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
    }

    [Fact]
    public void Ingest_WhenTheStoreFailsMidway_KeepsCommittedBatches_AndARerunCompletesExactlyOnce()
    {
        var path = _dir.File("s.db");
        using (var store = new FailingStore(SqliteStoryStore.Open(path), failOnCommit: 3))
        {
            Assert.Throws<StoreException>(() => Pipeline(batchSize: 4).Ingest(store, Items(20)));
        }
        using (var store = SqliteStoryStore.Open(path))
        {
            Assert.Equal(8, store.CountArticles());
            var rerun = Pipeline(batchSize: 4).Ingest(store, Items(20));
            Assert.Equal((12, 8), (rerun.New, rerun.Duplicates));
            Assert.Equal(20, store.CountArticles());
        }
    }

    [Fact]
    public void Ingest_InOneRunOrInBatches_GivesTheSameStories()
    {
        using var whole = SqliteStoryStore.Open(_dir.File("whole.db"));
        using var parts = SqliteStoryStore.Open(_dir.File("parts.db"));
        var items = Items(30);

        Pipeline().Ingest(whole, items);
        Pipeline(batchSize: 7).Ingest(parts, items.Take(11));
        Pipeline(batchSize: 3).Ingest(parts, items.Skip(11));

        Assert.Equal(StoriesOf(whole), StoriesOf(parts));
    }

    [Fact]
    public void Ingest_SetsTheStoryHeadline()
    {
        using var store = SqliteStoryStore.Open(_dir.File("s.db"));
        Pipeline().Ingest(store, [Some.Item("Putin plans to visit North Korea")]);

        Assert.Equal("Putin plans to visit North Korea", store.ListStories(1).Single().Headline);
    }

    private static List<string> StoriesOf(SqliteStoryStore store) =>
        store.ListStories(1000)
            .Select(s => string.Join(',', store.GetStoryArticles(s.Id).Select(a => a.Article.Id).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>A store whose Nth commit fails, as a full disk would.</summary>
    private sealed class FailingStore(IStoryStore inner, int failOnCommit) : IStoryStore
    {
        private int _commits;

        public IReadOnlySet<string> FindKnown(IReadOnlyCollection<string> contentHashes, IReadOnlyCollection<string> ids) => inner.FindKnown(contentHashes, ids);

        public byte[]? LoadClustererState() => inner.LoadClustererState();

        public void Commit(StoreBatch batch)
        {
            if (++_commits == failOnCommit)
            {
                throw new StoreException("disk full");
            }
            inner.Commit(batch);
        }

        public void SetHeadlines(IReadOnlyDictionary<long, string> headlines) => inner.SetHeadlines(headlines);

        public IReadOnlyList<StorySummary> ListStories(int limit, DateTimeOffset? activeSince = null) => inner.ListStories(limit, activeSince);

        public IReadOnlyList<Storyline.Stories.StoryArticle> GetStoryArticles(long storyId) => inner.GetStoryArticles(storyId);

        public Storyline.Articles.Article? GetArticle(string id) => inner.GetArticle(id);

        public IReadOnlyList<SearchHit> Search(string query, int limit) => inner.Search(query, limit);

        public int CountArticles() => inner.CountArticles();

        public void Dispose() => inner.Dispose();
    }
}
