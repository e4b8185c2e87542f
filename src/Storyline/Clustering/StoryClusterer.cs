using System.Text;
using Storyline.Dedup;
using Storyline.Text.Dates;
using Storyline.Text.Language;
using Storyline.Text.Tokens;

namespace Storyline.Clustering;

/// <summary>Online story clusterer: TF-IDF with online frequencies, centroid plus best-link similarity, time decay.</summary>
/// <remarks>
/// Each article is turned into a TF-IDF vector (title words and names weigh more) and compared with the active
/// stories that share a term with it, found through an inverted index over story centroids; the best of those
/// are scored by a mix of centroid cosine and the best cosine to one of the story's latest articles, less a
/// penalty that grows with the publication gap (waived for a follow-up that names the day the story began; for
/// undated articles, the gap in arrivals, weighed by how far the stream has shown its arrival order to follow its
/// stories). Against a story opened in another language, the similarity on names and numbers alone may stand in for
/// the content (see <see cref="StoryClustererOptions.CrossLanguageWeight"/>). The article joins the best story above
/// <see cref="StoryClustererOptions.JoinThreshold"/> (with a weak match, only when no second story comes close, for a
/// dated article or in a stream whose arrival order says little: <see cref="StoryClustererOptions.ContestedBelow"/>),
/// otherwise opens a story; when it also ties the runner-up closely and both stories agree, the two are merged. Copies found by the <see cref="NearDuplicateDetector"/>
/// join their original's story (a copy of a few lines, only when its headline does). Stories that go quiet leave the index, so memory follows the active stories,
/// not the stream. Deterministic; not thread-safe.
/// </remarks>
public sealed class StoryClusterer : IStoryClusterer
{
    // Version 2 added the headline vectors of recent members, version 3 the learned weight of arrival order, version 4
    // the counts of terms written as names or numbers and each story's language and bridge; older states still load,
    // without them.
    private const int FormatVersion = 4;
    private const int OldestReadableVersion = 1;

    private readonly StoryClustererOptions _options;
    private readonly TermStatistics _statistics;
    private NearDuplicateDetector _duplicates;
    private readonly Dictionary<long, ActiveStory> _active = [];
    // The hot index: for each term, the slots of the active stories it finds and the term's weight in each one's
    // centroid (0 where a story is found by the term through its bridge alone). The weights are copies, kept equal to
    // the centroids by Post, so ranking walks one small table per term instead of looking into every story's centroid.
    private readonly Dictionary<int, Dictionary<int, float>> _postings = [];
    private readonly Dictionary<long, long> _mergedInto = [];
    // Active stories by slot, and whether each has a bridge (see ActiveStory.Bridge).
    private readonly Stack<int> _freeSlots = new();
    private ActiveStory?[] _bySlot = new ActiveStory?[1024];
    private bool[] _bridged = new bool[1024];
    // Scratch space of Rank: partial dot products by story slot, the slots touched, and the positions of the query terms.
    private readonly List<int> _touched = [];
    private readonly List<int> _query = [];
    private double[] _partial = new double[1024];
    // The article's weights by term id while its candidates are compared, zero elsewhere (see ActiveStory.BestLink).
    private float[] _dense = new float[1024];
    private int _nextSlot;
    // Story of each recent original article, so that a copy can follow it; pruned with the duplicate window.
    private readonly Dictionary<string, Original> _storyOfArticle = new(StringComparer.Ordinal);
    private readonly Queue<(long Arrival, string Id, long Story)> _recentOriginals = new();
    private long _nextStory = 1;
    private long _arrivals;
    private DateTimeOffset? _clock;
    // How closely the arrival order of undated articles follows their stories (1: each story's reports arrive
    // together; near 0: in no telling order), learned from the stories their clearest matches belong to.
    private double _arrivalOrder;
    // The learned arrival order at or below which it counts for nothing; it counts fully from three times that.
    private const double NoOrder = 0.25;
    // The undated story that the latest undated article matched best on content alone, and how well.
    private (ActiveStory? Story, double Content) _clearest;
    // Calendar days the latest original article names, read on first need (see NamesStoryStart).
    private List<(DateOnly From, DateOnly To)>? _namedDays;

    public StoryClusterer(StoryClustererOptions? options = null, TokenAnalyzer? analyzer = null)
    {
        _options = options ?? new StoryClustererOptions();
        _options.Validate();
        _statistics = new TermStatistics(_options, analyzer ?? TokenAnalyzer.Shared);
        _duplicates = new NearDuplicateDetector(_options.Duplicates);
        _arrivalOrder = _options.ArrivalOrderPrior;
    }

    /// <summary>How many stories are in the hot index.</summary>
    public int ActiveStories => _active.Count;

    /// <summary>When set (diagnostics), receives the candidates compared in full for the latest original article.</summary>
    internal List<RankedStory>? LastRanking { get; set; }

    /// <summary>How closely the arrival order of undated articles has followed their stories, from 0 to 1.</summary>
    public double ArrivalOrder => _arrivalOrder;

    /// <summary>How many articles have been added in all.</summary>
    public long Arrivals => _arrivals;

    public ClusterAssignment Add(ClusterItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _arrivals++;
        if (item.Published is { } published && (_clock is null || published > _clock))
        {
            _clock = published;
        }

        var assignment = AddCopy(item);
        if (assignment is null)
        {
            assignment = AddOriginal(item);
            if (_options.DetectDuplicates)
            {
                RememberOriginal(item.Id, assignment.StoryId, item.Published);
            }
        }

        if (_arrivals % _options.DormancyCheckEvery == 0)
        {
            RetireDormantStories();
        }
        return assignment;
    }

    public long Resolve(long storyId)
    {
        while (_mergedInto.TryGetValue(storyId, out var into))
        {
            storyId = into;
        }
        return storyId;
    }

    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(_nextStory);
        writer.Write(_arrivals);
        writer.Write(_clock.HasValue);
        writer.Write(_clock?.UtcTicks ?? 0);
        writer.Write(_arrivalOrder);
        _statistics.Write(writer);
        _duplicates.Save(writer);

        writer.Write(_mergedInto.Count);
        foreach (var (from, into) in _mergedInto.OrderBy(p => p.Key))
        {
            writer.Write(from);
            writer.Write(into);
        }
        writer.Write(_recentOriginals.Count);
        foreach (var (arrival, id, story) in _recentOriginals)
        {
            writer.Write(arrival);
            writer.Write(id);
            writer.Write(story);
        }
        writer.Write(_storyOfArticle.Count);
        foreach (var (id, original) in _storyOfArticle.OrderBy(p => p.Value.Arrival).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(id);
            original.Write(writer);
        }
        writer.Write(_active.Count);
        foreach (var story in _active.Values.OrderBy(s => s.Id))
        {
            story.Write(writer);
        }
    }

    /// <summary>Reads a clusterer written by <see cref="Save"/>; <paramref name="options"/> must be those it was saved with.</summary>
    public static StoryClusterer Load(Stream stream, StoryClustererOptions? options = null, TokenAnalyzer? analyzer = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var version = reader.ReadInt32();
        if (version is < OldestReadableVersion or > FormatVersion)
        {
            throw new InvalidDataException($"Clusterer state has format version {version}; this build reads versions {OldestReadableVersion} to {FormatVersion}.");
        }
        options ??= new StoryClustererOptions();
        var clusterer = new StoryClusterer(options, analyzer)
        {
            _nextStory = reader.ReadInt64(),
            _arrivals = reader.ReadInt64(),
        };
        var hasClock = reader.ReadBoolean();
        var ticks = reader.ReadInt64();
        clusterer._clock = hasClock ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        clusterer._arrivalOrder = version >= 3 ? reader.ReadDouble() : 1;
        clusterer._statistics.Read(reader, withNeutral: version >= 4);
        var duplicates = NearDuplicateDetector.Load(reader, options.Duplicates);

        var merged = reader.ReadInt32();
        for (var i = 0; i < merged; i++)
        {
            clusterer._mergedInto[reader.ReadInt64()] = reader.ReadInt64();
        }
        var originals = reader.ReadInt32();
        for (var i = 0; i < originals; i++)
        {
            var arrival = reader.ReadInt64();
            var id = reader.ReadString();
            clusterer._recentOriginals.Enqueue((arrival, id, reader.ReadInt64()));
        }
        var known = reader.ReadInt32();
        for (var i = 0; i < known; i++)
        {
            clusterer._storyOfArticle[reader.ReadString()] = Original.Read(reader);
        }
        var stories = reader.ReadInt32();
        for (var i = 0; i < stories; i++)
        {
            var story = ActiveStory.Read(reader, withTitles: version >= 2, withLanguage: version >= 4);
            clusterer.Activate(story);
            clusterer.PostAll(story);
        }
        clusterer._duplicates = duplicates;
        return clusterer;
    }

    private ClusterAssignment? AddCopy(ClusterItem item)
    {
        if (!_options.DetectDuplicates)
        {
            return null;
        }
        var match = _duplicates.Add(item.Id, item.Text);
        if (match is null)
        {
            return null;
        }
        if (!_storyOfArticle.TryGetValue(match.OriginalId, out var original))
        {
            // The original has left the window: cluster this one on its content.
            return AddOriginal(item) with { DuplicateOf = match.OriginalId };
        }
        original = original with { Copies = original.Copies + 1 };
        _storyOfArticle[match.OriginalId] = original;
        if (match.Shingles < _options.ShortCopyShingles)
        {
            // A few lines that two pages share are a site's boilerplate (an extraction that found only "Chat with us
            // in Facebook Messenger") as often as a brief posted twice. The headline tells: the article is clustered on
            // it alone, and is a copy only if that takes it to its original's story. Without a headline it stands alone.
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                return new ClusterAssignment(item.Id, _nextStory++, null, []) { OpenedStory = true };
            }
            var byHeadline = AddOriginal(item with { Text = "" });
            return Resolve(byHeadline.StoryId) == Resolve(original.Story) ? byHeadline with { DuplicateOf = match.OriginalId } : byHeadline;
        }
        var stale = _arrivals - original.Arrival > _options.FollowCopiesWithin
            || (item.Published is { } when && original.Published is { } then && (when - then).Duration() > _options.FollowCopiesWithinTime);
        if (stale && original.Copies >= _options.BoilerplateCopies)
        {
            // The same text keeps coming back long after it first appeared: site boilerplate (a cookie notice,
            // an archive banner) rather than a syndicated report. It tells nothing about the story, so the
            // article stands alone instead of gluing unrelated stories together.
            return new ClusterAssignment(item.Id, _nextStory++, match.OriginalId, []) { OpenedStory = true };
        }
        if (stale)
        {
            return AddOriginal(item) with { DuplicateOf = match.OriginalId };
        }
        var story = Resolve(original.Story);
        if (_active.TryGetValue(story, out var active))
        {
            // A copy adds a source, not new wording: the centroid and the frequencies stay as they are. Nor does a
            // re-post dated far from the story's days stretch them (the same text dated years before, under an undated
            // original), or every report of those years would find the story fresh.
            var outside = item.Published is { } dated && active.GapTo(dated) > _options.TimeGrace;
            active.Touch(outside ? null : item.Published, _arrivals);
        }
        return new ClusterAssignment(item.Id, story, match.OriginalId, []) { Similarity = 1 };
    }

    private ClusterAssignment AddOriginal(ClusterItem item)
    {
        var vector = _statistics.Vectorize(item, learn: true);
        _namedDays = null;
        var ranked = Rank(vector, item);
        LearnArrivalOrder();
        ClusterAssignment assignment;
        if (ranked.Count == 0 || ranked[0].Score < _options.JoinThreshold || Contested(ranked, item))
        {
            var story = new ActiveStory(_nextStory++) { Language = item.Language };
            Activate(story);
            Join(story, vector, item.Published);
            assignment = new ClusterAssignment(item.Id, story.Id, null, []) { OpenedStory = true };
        }
        else
        {
            var best = _active[ranked[0].Story];
            Join(best, vector, item.Published);
            var merged = new List<long>();
            if (ranked.Count > 1 && ranked[1].Score >= _options.MergeThreshold)
            {
                var runnerUp = _active[ranked[1].Story];
                if (best.CentroidCosine(runnerUp) >= _options.MergeCentroidThreshold)
                {
                    // The older story survives, so ids of long-running stories stay stable.
                    var (keep, fold) = best.Id < runnerUp.Id ? (best, runnerUp) : (runnerUp, best);
                    Merge(keep, fold);
                    merged.Add(fold.Id);
                    best = keep;
                }
            }
            assignment = new ClusterAssignment(item.Id, best.Id, null, merged) { Similarity = ranked[0].Score };
        }
        return assignment;
    }

    // A dated report that its best story matches only weakly, and a second story nearly as well, shares those stories'
    // actors rather than either's event: a news day holds many stories on one president, league or city, and the
    // report is more likely the start of another. Undated reports are left to arrival order, which the clusterer
    // learns from the stream and which tells a report's neighbours apart where a match alone cannot; only where the
    // stream has shown its order to say little are they put to the same test.
    private bool Contested(List<(long Story, double Score)> ranked, ClusterItem item) =>
        (item.Published is not null || ArrivalWeight() < _options.ContestedWithoutOrder) && ranked.Count > 1 && ranked[0].Score < _options.ContestedBelow
        && ranked[1].Score >= _options.ContestedShare * ranked[0].Score;

    private void RememberOriginal(string id, long story, DateTimeOffset? published)
    {
        _storyOfArticle[id] = new Original(story, _arrivals, published, 0);
        _recentOriginals.Enqueue((_arrivals, id, story));
        var oldest = _arrivals - _options.Duplicates.Window;
        while (_recentOriginals.Count > 0 && _recentOriginals.Peek().Arrival <= oldest)
        {
            var (arrival, gone, _) = _recentOriginals.Dequeue();
            // A later article may have reused the id; only the entry this queue slot made is dropped.
            if (_storyOfArticle.TryGetValue(gone, out var current) && current.Arrival == arrival)
            {
                _storyOfArticle.Remove(gone);
            }
        }
    }

    private List<(long Story, double Score)> Rank(TermVector vector, ClusterItem item)
    {
        if (vector.Count == 0)
        {
            return [];
        }
        // Candidates come from the postings of the article's strongest terms only: they carry most of the
        // cosine, and the weak, common terms have the longest postings.
        // The headline's rarest terms always take part, so a report whose body is mostly site furniture is still
        // found by its title; its common words would only lengthen the scan.
        var query = _query;
        query.Clear();
        query.AddRange(Strongest(vector, _options.QueryTerms));
        foreach (var t in Strongest(vector.Title, _options.TitleQueryTerms))
        {
            if (Array.BinarySearch(vector.Terms, vector.Title.Terms[t]) is var i and >= 0 && !query.Contains(i))
            {
                query.Add(i);
            }
        }
        // In term order, so the partial sums below add up in the same order every time.
        query.Sort();
        var published = item.Published;
        LastRanking?.Clear();
        _clearest = (null, 0);
        var partial = _partial;
        _touched.Clear();
        foreach (var i in query)
        {
            if (!_postings.TryGetValue(vector.Terms[i], out var stories))
            {
                continue;
            }
            var term = vector.Terms[i];
            var weight = (double)vector.Weights[i];
            foreach (var (slot, centroid) in stories)
            {
                // A story's bridge counts only for an article in another language; within one language the story's
                // own terms say the same and more, and a term it is indexed by through its bridge alone adds nothing.
                double value = centroid;
                if (_bridged[slot] && _bySlot[slot] is { } story && InOtherLanguages(item.Language, story.Language))
                {
                    value = story.IndexWeight(term);
                }
                else if (centroid == 0)
                {
                    continue;
                }
                if (partial[slot] == 0)
                {
                    _touched.Add(slot);
                }
                // Weights are positive, so a touched story's sum never returns to zero.
                partial[slot] += weight * value;
            }
        }
        // An article in another language also looks up the stories of other languages by its names as English writes them.
        var bridge = vector.Bridge;
        foreach (var i in bridge.Count == 0 ? [] : Strongest(bridge, _options.TitleQueryTerms))
        {
            if (!_postings.TryGetValue(bridge.Terms[i], out var stories))
            {
                continue;
            }
            foreach (var slot in stories.Keys)
            {
                var story = _bySlot[slot]!;
                if (InOtherLanguages(item.Language, story.Language))
                {
                    Accumulate(slot, bridge.Weights[i] * story.IndexWeight(bridge.Terms[i]));
                }
            }
        }
        // Keep the best few by insertion into a short sorted list: sorting every story that shares a term would
        // cost more than the whole comparison that follows.
        var shortlist = new List<(long Story, double Partial)>(_options.Candidates + 1);
        foreach (var slot in _touched)
        {
            var touched = _bySlot[slot]!;
            var entry = (Story: touched.Id, Partial: partial[slot] / touched.Norm);
            partial[slot] = 0;
            if (shortlist.Count == _options.Candidates && !Before(entry, shortlist[^1]))
            {
                continue;
            }
            var at = shortlist.Count;
            while (at > 0 && Before(entry, shortlist[at - 1]))
            {
                at--;
            }
            shortlist.Insert(at, entry);
            if (shortlist.Count > _options.Candidates)
            {
                shortlist.RemoveAt(shortlist.Count - 1);
            }
        }

        var compared = new List<(ActiveStory Story, double Centroid, double Link, double CrossLanguage, double Content, double Penalty)>(shortlist.Count);
        var best = double.NegativeInfinity;
        if (_dense.Length < _statistics.VocabularySize)
        {
            Array.Resize(ref _dense, Math.Max(_statistics.VocabularySize, _dense.Length * 2));
        }
        for (var i = 0; i < vector.Count; i++)
        {
            _dense[vector.Terms[i]] = vector.Weights[i];
        }
        foreach (var (id, _) in shortlist)
        {
            var story = _active[id];
            var centroid = story.CentroidDot(vector) / story.Norm;
            var link = story.BestLink(_dense);
            var content = (_options.CentroidWeight * centroid) + ((1 - _options.CentroidWeight) * link);
            // Near-identical headlines are strong evidence on their own, whatever the bodies say.
            content = Math.Max(content, _options.TitleLinkWeight * story.BestTitleLink(vector));
            // Across languages the words differ; the names and figures do not.
            var crossLanguage = InOtherLanguages(item.Language, story.Language) ? NeutralCosine(vector, item.Language, story) : 0;
            content = Math.Max(content, _options.CrossLanguageWeight * crossLanguage);
            // A bonus for arriving together only tips a match the content already supports: capped at a share of the
            // content, it cannot carry a report into a neighbouring story that merely shares its actors.
            var penalty = Math.Max(TimePenalty(story, published), -_options.FreshBonusShare * content);
            if (published is null && story.Last is null && content > _clearest.Content)
            {
                _clearest = (story, content);
            }
            compared.Add((story, centroid, link, crossLanguage, content, penalty));
            best = Math.Max(best, content - penalty);
        }
        for (var i = 0; i < vector.Count; i++)
        {
            _dense[vector.Terms[i]] = 0;
        }
        var ranked = new List<(long Story, double Score)>(compared.Count);
        foreach (var (story, centroid, link, crossLanguage, content, penalty) in compared)
        {
            // A report from weeks later that names the day the story began ("the launch on Aug. 29") is a
            // follow-up of it, whatever the gap: the content says so. Asked only where the answer could change
            // which story the article joins, as reading the article's dates is the dearest step here.
            var followUp = penalty > 0 && content >= _options.JoinThreshold && content > best && NamesStoryStart(story, item);
            var charged = followUp ? 0 : penalty;
            ranked.Add((story.Id, content - charged));
            LastRanking?.Add(new RankedStory(story.Id, centroid, link, charged) { CrossLanguage = crossLanguage });
        }
        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Story.CompareTo(b.Story));
        return ranked;
    }

    // Whether an article and a story are in two different known languages ("de" against "en-GB").
    private bool InOtherLanguages(string? article, string? story) => _options.CrossLanguageWeight > 0 && LanguageCodes.Differ(article, story);

    // Cosine on the terms that read the same in any language: names and numbers as written, plus the bridge (the names
    // of reports in other languages as English writes them), on the article's side and on the story's. The rest is
    // left out on both sides, as one language's words only dilute the other's.
    private double NeutralCosine(TermVector vector, string? language, ActiveStory story)
    {
        double dot = 0, article2 = 0, story2 = 0;
        var bridge = vector.Bridge;
        int i = 0, j = 0;
        // Both vectors are in term order: walk them together, so a term in both is weighed once with both parts.
        while (i < vector.Count || j < bridge.Count)
        {
            var term = j >= bridge.Count || (i < vector.Count && vector.Terms[i] <= bridge.Terms[j]) ? vector.Terms[i] : bridge.Terms[j];
            var weight = 0.0;
            if (i < vector.Count && vector.Terms[i] == term)
            {
                weight += _statistics.IsNeutral(term, language) ? vector.Weights[i] : 0;
                i++;
            }
            if (j < bridge.Count && bridge.Terms[j] == term)
            {
                weight += bridge.Weights[j];
                j++;
            }
            if (weight > 0)
            {
                article2 += weight * weight;
                dot += weight * NeutralWeight(story, term);
            }
        }
        if (dot == 0)
        {
            return 0;
        }
        foreach (var term in story.Centroid.Keys)
        {
            var weight = NeutralWeight(story, term);
            story2 += weight * weight;
        }
        foreach (var (term, weight) in story.Bridge)
        {
            if (!story.Centroid.ContainsKey(term))
            {
                story2 += (double)weight * weight;
            }
        }
        return dot / Math.Sqrt(article2 * story2);
    }

    private double NeutralWeight(ActiveStory story, int term) =>
        (story.Centroid.TryGetValue(term, out var centroid) && _statistics.IsNeutral(term, story.Language) ? centroid : 0) + story.Bridge.GetValueOrDefault(term);

    // How far arrival order stands in for time for undated articles: none while little evidence agrees with it, fully
    // once most does.
    private double ArrivalWeight() => _options.LearnArrivalOrder ? Math.Clamp((_arrivalOrder - NoOrder) / (2 * NoOrder), 0, 1) : 1;

    // An undated article that clearly matches an undated story tells whether arrival order groups stories: in a
    // stream that does, that story had a report among the last few hundred arrivals; in a shuffled one, seldom.
    private void LearnArrivalOrder()
    {
        if (_clearest.Story is not { } story || _clearest.Content < _options.ArrivalOrderEvidence)
        {
            return;
        }
        var recent = _arrivals - story.LastArrival <= _options.ArrivalGrace + _options.ArrivalDecay ? 1.0 : 0.0;
        _arrivalOrder += (recent - _arrivalOrder) / _options.ArrivalOrderMemory;
    }

    // Whether a dated article names the first day of a dated story: from the day before (time zones) to two days
    // after (the story may have opened with the first report, not the event). The article's dates are read once,
    // on first need.
    private bool NamesStoryStart(ActiveStory story, ClusterItem item)
    {
        if (!_options.FollowUpsByNamedDate || item.Published is not { } published || story.First is not { } first)
        {
            return false;
        }
        _namedDays ??= NamedDays(item, published);
        // Day numbers, so that a story dated at the calendar's edge (a broken date field) cannot overflow the window.
        var start = DateOnly.FromDateTime(first.UtcDateTime).DayNumber;
        return _namedDays.Exists(d => d.From.DayNumber <= start + 2 && d.To.DayNumber >= start - 1);
    }

    private List<(DateOnly From, DateOnly To)> NamedDays(ClusterItem item, DateTimeOffset published)
    {
        // The same lead the term vectors read.
        return DateResolver.Find(item.Title + "\n\n" + TermStatistics.Lead(item.Text, _options.MaxBodyChars), published)
            .Where(m => m.IsResolved && m.Granularity is DateGranularity.Day or DateGranularity.Range)
            .Select(m => (m.From!.Value, m.To!.Value))
            .ToList();
    }

    // Positions of the `count` strongest terms of a vector, the lower term id first among equal weights.
    private static int[] Strongest(TermVector vector, int count)
    {
        var order = new int[vector.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => vector.Weights[a] != vector.Weights[b] ? vector.Weights[b].CompareTo(vector.Weights[a]) : vector.Terms[a].CompareTo(vector.Terms[b]));
        return order.Length <= count ? order : order[..count];
    }

    // Adds to a story's partial score in Rank, listing it on its first gain; amounts are positive, so a listed story's
    // sum never returns to zero.
    private void Accumulate(int slot, double amount)
    {
        if (_partial[slot] == 0)
        {
            _touched.Add(slot);
        }
        _partial[slot] += amount;
    }

    private static bool Before((long Story, double Partial) a, (long Story, double Partial) b) =>
        a.Partial > b.Partial || (a.Partial == b.Partial && a.Story < b.Story);

    // Negative (a bonus) while the story is fresh, rising to MaxTimePenalty as the gap grows. The gap is in
    // publication time when both sides are dated, otherwise in arrivals: in a stream, what came in recently
    // is what is current.
    private double TimePenalty(ActiveStory story, DateTimeOffset? published)
    {
        if (published is { } when && story.GapTo(when) is { } gap)
        {
            var fraction = (gap - _options.TimeGrace).TotalSeconds / _options.TimeDecay.TotalSeconds;
            return fraction <= 0 ? -_options.DatedFreshBonus : _options.MaxDatedTimePenalty * Math.Min(1, fraction);
        }
        var arrivalGap = _arrivals - story.LastArrival;
        var arrivalFraction = (double)(arrivalGap - _options.ArrivalGrace) / _options.ArrivalDecay;
        if (published is null && story.Last is null)
        {
            // Arrival order stands in for time only as far as the stream has shown it to follow its stories.
            // Full weight once most evidence agrees with arrival order, none when little does: a stream that groups
            // its stories still has the odd clear match to an old story (the same event told again).
            var weight = ArrivalWeight();
            return weight * (arrivalFraction <= 0 ? -_options.FreshBonus * GrowthShare(story) : _options.MaxTimePenalty * Math.Min(1, arrivalFraction));
        }
        // A dated article against an undated story (or the reverse) is a stream with gaps in its dates: arrival
        // order says less there than in a wholly undated stream, so the penalty is capped lower, and a recent
        // arrival earns no bonus (a dated report filed next to an undated one may be years apart from it).
        return arrivalFraction <= 0 ? 0 : _options.MaxMixedTimePenalty * Math.Min(1, arrivalFraction);
    }

    // The share of the arrival bonus a story earns: all of it up to FreshBonusStorySize times the mean articles per story
    // of the stream so far, then in proportion (twice that size, half the bonus).
    private double GrowthShare(ActiveStory story)
    {
        if (_options.FreshBonusStorySize <= 0)
        {
            return 1;
        }
        var allowed = _options.FreshBonusStorySize * _arrivals / Math.Max(1, _nextStory - 1);
        return Math.Min(1, allowed / Math.Max(1, story.Articles));
    }

    private void Join(ActiveStory story, TermVector vector, DateTimeOffset? published)
    {
        story.Touch(published, _arrivals);
        // The member's terms change weight in the centroid (or join it); its bridge may add terms the story is found by.
        story.Add(vector, _options.LinkMembers);
        for (var i = 0; i < vector.Count; i++)
        {
            Post(vector.Terms[i], story);
        }
        for (var i = 0; i < vector.Bridge.Count; i++)
        {
            Post(vector.Bridge.Terms[i], story);
        }
        _bridged[story.Slot] = story.HasBridge;
        // Pruning sorts the centroid, so it waits until the story has outgrown its budget by half.
        if (story.Centroid.Count > _options.TermsPerStory * 3 / 2 || story.Bridge.Count > _options.TermsPerStory * 3 / 2)
        {
            Prune(story);
        }
    }

    // Drops a story's weakest terms from the index. A centroid term its bridge keeps stays indexed, at weight 0.
    private void Prune(ActiveStory story)
    {
        foreach (var term in story.Prune(_options.TermsPerStory))
        {
            Unpost(term, story);
        }
        foreach (var term in story.Bridge.Keys)
        {
            Post(term, story);
        }
    }

    private void Merge(ActiveStory keep, ActiveStory fold)
    {
        Deactivate(fold);
        _mergedInto[fold.Id] = keep.Id;
        keep.Absorb(fold, _options.LinkMembers);
        PostAll(keep);
        Prune(keep);
    }

    private void RetireDormantStories()
    {
        var dormant = _active.Values.Where(IsDormant).Select(s => s.Id).Order().ToList();
        foreach (var id in dormant)
        {
            Deactivate(_active[id]);
        }
    }

    private bool IsDormant(ActiveStory story)
    {
        var quietFor = _arrivals - story.LastArrival;
        if (quietFor > _options.DormantAfterArrivals)
        {
            return true;
        }
        return quietFor > _options.MinArrivalsBeforeDormant && _clock is { } clock && story.Last is { } last && clock - last > _options.Dormancy;
    }

    private void Activate(ActiveStory story)
    {
        _active[story.Id] = story;
        story.Slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _nextSlot++;
        if (story.Slot >= _partial.Length)
        {
            Array.Resize(ref _partial, _partial.Length * 2);
            Array.Resize(ref _bySlot, _partial.Length);
            Array.Resize(ref _bridged, _partial.Length);
        }
        _bySlot[story.Slot] = story;
        _bridged[story.Slot] = story.HasBridge;
    }

    // Takes a story out of the hot index (the postings of every term it is found by) and frees its slot.
    private void Deactivate(ActiveStory story)
    {
        foreach (var term in story.IndexedTerms)
        {
            Unpost(term, story);
        }
        _active.Remove(story.Id);
        _freeSlots.Push(story.Slot);
        _bySlot[story.Slot] = null;
        _bridged[story.Slot] = false;
    }

    // Indexes a story by a term, or brings the term's weight in the index up to date with the story's centroid.
    private void Post(int term, ActiveStory story)
    {
        if (!_postings.TryGetValue(term, out var stories))
        {
            _postings[term] = stories = [];
        }
        stories[story.Slot] = story.TryCentroidWeight(term, out var weight) ? weight : 0;
    }

    private void PostAll(ActiveStory story)
    {
        foreach (var term in story.IndexedTerms)
        {
            Post(term, story);
        }
        _bridged[story.Slot] = story.HasBridge;
    }

    /// <summary>Diagnostics: where the index disagrees with the active stories (a story missing from the postings of a
    /// term it is found by, a weight other than the story's centroid weight, an entry for a story gone or a term it
    /// lacks, a wrong bridge flag); empty when the index is sound.</summary>
    internal List<string> IndexFaults()
    {
        var faults = new List<string>();
        var entries = 0;
        foreach (var story in _active.Values)
        {
            if (!ReferenceEquals(_bySlot[story.Slot], story) || _bridged[story.Slot] != story.HasBridge)
            {
                faults.Add($"story {story.Id}: slot {story.Slot} does not hold it or its bridge flag");
            }
            foreach (var term in story.IndexedTerms)
            {
                entries++;
                var expected = story.TryCentroidWeight(term, out var weight) ? weight : 0;
                if (!_postings.TryGetValue(term, out var stories) || !stories.TryGetValue(story.Slot, out var posted) || posted != expected)
                {
                    faults.Add($"story {story.Id}, term {term}: indexed at {stories?.GetValueOrDefault(story.Slot)}, centroid {expected}");
                }
            }
        }
        var indexed = _postings.Values.Sum(p => p.Count);
        if (indexed != entries)
        {
            faults.Add($"{indexed} index entries for {entries} indexed terms of the active stories");
        }
        return faults;
    }

    private void Unpost(int term, ActiveStory story)
    {
        if (_postings.TryGetValue(term, out var stories) && stories.Remove(story.Slot) && stories.Count == 0)
        {
            _postings.Remove(term);
        }
    }

    /// <summary>One candidate story of an article: centroid cosine, best-link cosine and time penalty.</summary>
    internal readonly record struct RankedStory(long Story, double Centroid, double Link, double Penalty)
    {
        /// <summary>The similarity on names and numbers alone, when the article and the story are in two languages.</summary>
        public double CrossLanguage { get; init; }
    }

    /// <summary>An article that copies may follow: its story, when it came and how often it was copied.</summary>
    private sealed record Original(long Story, long Arrival, DateTimeOffset? Published, int Copies)
    {
        public void Write(BinaryWriter writer)
        {
            writer.Write(Story);
            writer.Write(Arrival);
            writer.Write(Published.HasValue);
            writer.Write(Published?.UtcTicks ?? 0);
            writer.Write(Copies);
        }

        public static Original Read(BinaryReader reader)
        {
            var story = reader.ReadInt64();
            var arrival = reader.ReadInt64();
            var hasDate = reader.ReadBoolean();
            var ticks = reader.ReadInt64();
            return new Original(story, arrival, hasDate ? new DateTimeOffset(ticks, TimeSpan.Zero) : null, reader.ReadInt32());
        }
    }
}
