using Storyline.Articles;
using Storyline.Clustering;
using Storyline.Extraction;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Stories;

namespace Storyline;

/// <summary>The whole of Storyline wired once: extraction, dedup and clustering on the way in, synthesis on the way out.</summary>
/// <remarks>
/// Immutable and thread-safe; build one with <see cref="PipelineBuilder"/> and share it between the
/// CLI, the web server and the benchmarks. Ingest into one store is single-writer.
/// </remarks>
public sealed class Pipeline
{
    private readonly Func<Stream?, IStoryClusterer> _clustererFactory;
    private readonly TimeProvider _time;
    private readonly int _batchSize;

    internal Pipeline(IArticleExtractor extractor, Func<Stream?, IStoryClusterer> clustererFactory, IStorySynthesizer synthesizer, TimeProvider time, int batchSize)
    {
        Extractor = extractor;
        Synthesizer = synthesizer;
        _clustererFactory = clustererFactory;
        _time = time;
        _batchSize = batchSize;
    }

    public IArticleExtractor Extractor { get; }

    public IStorySynthesizer Synthesizer { get; }

    /// <summary>Extracts, deduplicates, clusters and stores the inputs, one transaction per batch.</summary>
    /// <remarks>
    /// A bad input is reported and skipped; the batch goes on. An input already stored (same
    /// content or same id) is skipped, so running the same ingest twice, or again after a crash,
    /// stores everything exactly once. Cancellation takes effect between batches.
    /// </remarks>
    /// <exception cref="StoreException">The store failed; batches committed before it are kept.</exception>
    public IngestReport Ingest(IStoryStore store, IEnumerable<IngestItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(items);
        var clusterer = RestoreClusterer(store.LoadClustererState());
        var failures = new List<IngestFailure>();
        var touched = new SortedSet<long>();
        int read = 0, stored = 0, duplicates = 0, copies = 0;
        foreach (var chunk in items.Chunk(_batchSize))
        {
            cancellation.ThrowIfCancellationRequested();
            read += chunk.Length;
            var articles = ToArticles(chunk, failures);
            var (batch, dropped) = Prepare(store, clusterer, articles);
            duplicates += dropped;
            store.Commit(batch);
            stored += batch.Articles.Count;
            copies += batch.Articles.Count(a => a.DuplicateOf is not null);
            var batchStories = batch.Articles.Select(a => clusterer.Resolve(a.StoryId)).ToHashSet();
            touched.UnionWith(batchStories);
            RefreshHeadlines(store, batchStories);
            progress?.Report(new IngestProgress(read, stored, duplicates, failures.Count));
        }
        var stories = touched.Select(clusterer.Resolve).Distinct().Order().ToList();
        return new IngestReport(read, stored, duplicates, copies, failures, stories);
    }

    /// <summary>The synthesised view of one story, or null when the store has no such story.</summary>
    public StoryView? Show(IStoryStore store, long storyId)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = store.GetStoryArticles(storyId);
        return articles.Count == 0 ? null : Synthesizer.Synthesize(storyId, articles);
    }

    /// <summary>How many inputs one batch (one transaction) takes.</summary>
    internal int BatchSize => _batchSize;

    /// <summary>A clusterer restored from a committed state, or a new one for none.</summary>
    internal IStoryClusterer RestoreClusterer(byte[]? state)
    {
        if (state is null)
        {
            return _clustererFactory(null);
        }
        using var stream = new MemoryStream(state, writable: false);
        return _clustererFactory(stream);
    }

    private List<Article> ToArticles(IngestItem[] chunk, List<IngestFailure> failures)
    {
        var outcomes = Extract(chunk);
        var articles = new List<Article>(chunk.Length);
        for (var i = 0; i < chunk.Length; i++)
        {
            if (outcomes[i].Article is { } article)
            {
                articles.Add(article);
            }
            else
            {
                failures.Add(new IngestFailure(chunk[i].Origin, outcomes[i].Error!));
            }
        }
        return articles;
    }

    /// <summary>Turns each item into its article or the reason it has none; raw documents are extracted together.</summary>
    /// <remarks>This is the part of ingest that does not depend on what is stored, so workers run it in parallel.</remarks>
    internal IReadOnlyList<ItemOutcome> Extract(IReadOnlyList<IngestItem> chunk)
    {
        var documents = chunk.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var outcomes = documents.Count == 0 ? [] : Extractor.ExtractBatch(documents);
        var extracted = new Dictionary<RawDocument, ExtractionOutcome>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < documents.Count; i++)
        {
            extracted[documents[i]] = outcomes[i];
        }
        var results = new List<ItemOutcome>(chunk.Count);
        foreach (var item in chunk)
        {
            if (item.Error is not null)
            {
                results.Add(new ItemOutcome(null, item.Error));
            }
            else if (item.Article is not null)
            {
                results.Add(new ItemOutcome(item.Article, null));
            }
            else if (ArticleFrom(item.Document!, extracted[item.Document!]) is { } article)
            {
                results.Add(new ItemOutcome(article, null));
            }
            else
            {
                results.Add(new ItemOutcome(null, extracted[item.Document!].Error ?? "no article text found"));
            }
        }
        return results;
    }

    private static Article? ArticleFrom(RawDocument document, ExtractionOutcome outcome)
    {
        if (outcome.Article is not { } found || string.IsNullOrWhiteSpace(found.Text))
        {
            return null;
        }
        var url = found.Url ?? document.Url;
        var hash = ContentHashing.Of(found.Title, found.Text);
        return new Article
        {
            Id = ContentHashing.ShortId(hash),
            Title = string.IsNullOrWhiteSpace(found.Title) ? document.Title ?? "" : found.Title,
            Text = found.Text,
            Url = url,
            Byline = found.Byline ?? document.Byline,
            Published = found.Published ?? document.Published,
            Source = Outlets.Of(found.Site ?? document.Source, url),
            Language = found.Language,
            Origin = document.Origin,
        };
    }

    /// <summary>Drops what the store already has, then lets the clusterer assign the rest: the batch to commit, and how many were dropped.</summary>
    /// <remarks>The clusterer moves on even if the batch is never committed; a caller that fails to commit must restore it.</remarks>
    internal (StoreBatch Batch, int Duplicates) Prepare(IStoryStore store, IStoryClusterer clusterer, List<Article> articles)
    {
        var duplicates = 0;
        var fresh = DropKnown(store, articles, ref duplicates);
        return (Cluster(clusterer, fresh), duplicates);
    }

    /// <summary>Drops articles already in the store or repeated within the batch.</summary>
    private static List<Article> DropKnown(IStoryStore store, List<Article> articles, ref int duplicates)
    {
        var known = store.FindKnown(articles.Select(a => a.ContentHash).ToList(), articles.Select(a => a.Id).ToList());
        var seen = new HashSet<string>(known, StringComparer.Ordinal);
        var fresh = new List<Article>(articles.Count);
        foreach (var article in articles)
        {
            // Both keys are recorded before deciding, so an id reused with other content is caught too.
            var newHash = seen.Add(article.ContentHash);
            var newId = seen.Add("id:" + article.Id) && !known.Contains(article.Id);
            if (newHash && newId)
            {
                fresh.Add(article);
            }
            else
            {
                duplicates++;
            }
        }
        return fresh;
    }

    private StoreBatch Cluster(IStoryClusterer clusterer, List<Article> articles)
    {
        var now = _time.GetUtcNow();
        var stored = new List<StoredArticle>(articles.Count);
        var merges = new List<(long, long)>();
        foreach (var article in articles)
        {
            var assignment = clusterer.Add(new ClusterItem(article.Id, article.Title, article.Text)
            {
                Published = article.Published,
                Source = article.Source,
                Language = article.Language,
            });
            merges.AddRange(assignment.MergedStories.Select(from => (from, assignment.StoryId)));
            stored.Add(new StoredArticle(article, assignment.StoryId, assignment.DuplicateOf, now));
        }
        // Articles of this batch may sit in stories that a later article of the batch merged away.
        var resolved = stored.Select(s => s with { StoryId = clusterer.Resolve(s.StoryId) }).ToList();
        using var state = new MemoryStream();
        clusterer.Save(state);
        return new StoreBatch(resolved, merges, state.ToArray());
    }

    /// <summary>Re-synthesises the cached list headlines of the given stories.</summary>
    internal void RefreshHeadlines(IStoryStore store, IEnumerable<long> stories)
    {
        var headlines = new Dictionary<long, string>();
        foreach (var story in stories)
        {
            var articles = store.GetStoryArticles(story);
            if (articles.Count > 0)
            {
                headlines[story] = Synthesizer.Headline(story, articles);
            }
        }
        store.SetHeadlines(headlines);
    }
}

/// <summary>One input after extraction: its article, or why it has none.</summary>
internal readonly record struct ItemOutcome(Article? Article, string? Error);
