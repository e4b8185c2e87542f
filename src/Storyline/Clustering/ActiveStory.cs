namespace Storyline.Clustering;

/// <summary>The clusterer's working state of one story that can still receive articles.</summary>
/// <remarks>
/// The centroid is the sum of the members' unit vectors. It is only ever rebuilt in term order after a
/// removal, so its enumeration order (and with it every floating-point sum) is the same after a save and
/// reload as in an uninterrupted run.
/// </remarks>
internal sealed class ActiveStory
{
    private Dictionary<int, float> _centroid = [];
    // Sum of the bridge vectors of members in languages other than English (see TermVector.Bridge); empty for most stories.
    private Dictionary<int, float> _bridge = [];
    private readonly List<TermVector> _recent = [];
    private double _norm2;

    public ActiveStory(long id)
    {
        Id = id;
    }

    public long Id { get; }

    /// <summary>Dense index of the story among the active ones, for scratch arrays; not part of the saved state.</summary>
    public int Slot { get; set; }
    public IReadOnlyDictionary<int, float> Centroid => _centroid;

    /// <summary>Sum of the members' bridge vectors: the names of its reports in other languages, as English writes them.</summary>
    public IReadOnlyDictionary<int, float> Bridge => _bridge;

    /// <summary>Every term the story is found by in the index: those of its centroid and of its bridge.</summary>
    public IEnumerable<int> IndexedTerms => _bridge.Count == 0 ? _centroid.Keys : _centroid.Keys.Concat(_bridge.Keys.Where(t => !_centroid.ContainsKey(t)));

    /// <summary>What a term of the index weighs in the story: its centroid weight plus its bridge weight.</summary>
    public double IndexWeight(int term) => _centroid.GetValueOrDefault(term) + (_bridge.Count == 0 ? 0 : _bridge.GetValueOrDefault(term));

    /// <summary>The latest members' vectors, oldest first (see <see cref="BestLink"/>).</summary>
    public IReadOnlyList<TermVector> Recent => _recent;

    /// <summary>True when a member in a language other than English gave the story a bridge.</summary>
    public bool HasBridge => _bridge.Count > 0;

    /// <summary>The centroid weight of a term, read without going through the read-only view (the index's inner loop).</summary>
    public bool TryCentroidWeight(int term, out float weight) => _centroid.TryGetValue(term, out weight);
    public double Norm => Math.Sqrt(_norm2);
    public int Articles { get; private set; }
    public DateTimeOffset? First { get; private set; }
    public DateTimeOffset? Last { get; private set; }
    public long LastArrival { get; private set; }

    /// <summary>The language of the article that opened the story (ISO 639-1), when known.</summary>
    public string? Language { get; init; }

    /// <summary>How far a day lies outside the story's dated days (zero within them); null while no member is dated.</summary>
    public TimeSpan? GapTo(DateTimeOffset when) =>
        First is { } first && Last is { } last ? (when < first ? first - when : when > last ? when - last : TimeSpan.Zero) : null;

    /// <summary>Records an article's date and arrival (copies included).</summary>
    public void Touch(DateTimeOffset? published, long arrival)
    {
        Articles++;
        LastArrival = Math.Max(LastArrival, arrival);
        if (published is { } when)
        {
            First = First is { } first && first <= when ? first : when;
            Last = Last is { } last && last >= when ? last : when;
        }
    }

    /// <summary>Adds a member's vector (and its bridge).</summary>
    public void Add(TermVector vector, int keepRecent)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            var term = vector.Terms[i];
            var old = _centroid.GetValueOrDefault(term);
            var now = old + vector.Weights[i];
            _centroid[term] = now;
            _norm2 += ((double)now * now) - ((double)old * old);
        }
        for (var i = 0; i < vector.Bridge.Count; i++)
        {
            var term = vector.Bridge.Terms[i];
            _bridge[term] = _bridge.GetValueOrDefault(term) + vector.Bridge.Weights[i];
        }
        if (vector.Count > 0)
        {
            _recent.Add(vector);
            if (_recent.Count > keepRecent)
            {
                _recent.RemoveAt(0);
            }
        }
    }

    /// <summary>Takes in another story's centroid, bridge, members and dates.</summary>
    public void Absorb(ActiveStory other, int keepRecent)
    {
        foreach (var (term, weight) in other._centroid.OrderBy(p => p.Key))
        {
            _centroid[term] = _centroid.GetValueOrDefault(term) + weight;
        }
        foreach (var (term, weight) in other._bridge.OrderBy(p => p.Key))
        {
            _bridge[term] = _bridge.GetValueOrDefault(term) + weight;
        }
        _recent.AddRange(other._recent);
        // Keep the latest members of the union; both lists are in arrival order within themselves.
        if (_recent.Count > keepRecent)
        {
            _recent.RemoveRange(0, _recent.Count - keepRecent);
        }
        Articles += other.Articles;
        LastArrival = Math.Max(LastArrival, other.LastArrival);
        First = Min(First, other.First);
        Last = Max(Last, other.Last);
        Canonicalise(_centroid.Keys.ToList());
    }

    /// <summary>Drops the weakest centroid and bridge terms beyond <paramref name="maxTerms"/>; returns the terms gone from the index.</summary>
    public List<int> Prune(int maxTerms)
    {
        var dropped = new List<int>();
        if (_centroid.Count > maxTerms)
        {
            var ordered = _centroid.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
            Canonicalise(ordered.Take(maxTerms).ToList());
            dropped.AddRange(ordered.Skip(maxTerms).Where(t => !_bridge.ContainsKey(t)));
        }
        if (_bridge.Count > maxTerms)
        {
            var ordered = _bridge.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
            var kept = ordered.Take(maxTerms).Order().ToList();
            _bridge = kept.ToDictionary(t => t, t => _bridge[t]);
            dropped.AddRange(ordered.Skip(maxTerms).Where(t => !_centroid.ContainsKey(t)));
        }
        return dropped;
    }

    /// <summary>Cosine between the two centroids.</summary>
    public double CentroidCosine(ActiveStory other)
    {
        if (_norm2 == 0 || other._norm2 == 0)
        {
            return 0;
        }
        var (small, large) = _centroid.Count <= other._centroid.Count ? (this, other) : (other, this);
        double dot = 0;
        foreach (var (term, weight) in small._centroid)
        {
            if (large._centroid.TryGetValue(term, out var w))
            {
                dot += (double)weight * w;
            }
        }
        return dot / (Norm * other.Norm);
    }

    /// <summary>Dot product of <paramref name="vector"/> with the (unnormalised) centroid, summed in term order.</summary>
    public double CentroidDot(TermVector vector)
    {
        double dot = 0;
        for (var i = 0; i < vector.Count; i++)
        {
            if (_centroid.TryGetValue(vector.Terms[i], out var weight))
            {
                dot += (double)vector.Weights[i] * weight;
            }
        }
        return dot;
    }

    /// <summary>The highest cosine between the headline of <paramref name="vector"/> and that of one of the latest members.</summary>
    public double BestTitleLink(TermVector vector)
    {
        var best = 0.0;
        if (vector.Title.Count == 0)
        {
            return best;
        }
        foreach (var member in _recent)
        {
            best = Math.Max(best, member.Title.Dot(vector.Title));
        }
        return best;
    }

    /// <summary>The highest cosine between an article and one of the latest members.</summary>
    /// <param name="article">The article's weights by term id, zero for a term it lacks: each member's terms are looked up
    /// there instead of merged with the article's, which costs a read per member term. The products add up in term order,
    /// as in <see cref="TermVector.Dot"/>, so the cosine is the same to the last bit.</param>
    public double BestLink(float[] article)
    {
        var best = 0.0;
        foreach (var member in _recent)
        {
            double sum = 0;
            var terms = member.Terms;
            var weights = member.Weights;
            for (var k = 0; k < terms.Length; k++)
            {
                var weight = (uint)terms[k] < (uint)article.Length ? article[terms[k]] : 0;
                if (weight != 0)
                {
                    sum += (double)weights[k] * weight;
                }
            }
            best = Math.Max(best, sum);
        }
        return best;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Id);
        writer.Write(Language ?? "");
        writer.Write(Articles);
        writer.Write(LastArrival);
        WriteDate(writer, First);
        WriteDate(writer, Last);
        writer.Write(_norm2);
        writer.Write(_centroid.Count);
        foreach (var (term, weight) in _centroid)
        {
            writer.Write(term);
            writer.Write(weight);
        }
        writer.Write(_bridge.Count);
        foreach (var (term, weight) in _bridge)
        {
            writer.Write(term);
            writer.Write(weight);
        }
        writer.Write(_recent.Count);
        foreach (var member in _recent)
        {
            member.Write(writer);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; older states lack headline vectors (<paramref name="withTitles"/>) or the language and bridge (<paramref name="withLanguage"/>).</summary>
    public static ActiveStory Read(BinaryReader reader, bool withTitles, bool withLanguage)
    {
        var id = reader.ReadInt64();
        var language = withLanguage ? reader.ReadString() : "";
        var story = new ActiveStory(id)
        {
            Language = language.Length > 0 ? language : null,
            Articles = reader.ReadInt32(),
            LastArrival = reader.ReadInt64(),
            First = ReadDate(reader),
            Last = ReadDate(reader),
        };
        story._norm2 = reader.ReadDouble();
        var terms = reader.ReadInt32();
        story._centroid = new Dictionary<int, float>(terms);
        for (var i = 0; i < terms; i++)
        {
            story._centroid[reader.ReadInt32()] = reader.ReadSingle();
        }
        if (withLanguage)
        {
            var bridged = reader.ReadInt32();
            story._bridge = new Dictionary<int, float>(bridged);
            for (var i = 0; i < bridged; i++)
            {
                story._bridge[reader.ReadInt32()] = reader.ReadSingle();
            }
        }
        var recent = reader.ReadInt32();
        for (var i = 0; i < recent; i++)
        {
            story._recent.Add(TermVector.Read(reader, withTitles));
        }
        return story;
    }

    // Rebuilds the centroid holding only `keep`, in term order, and recomputes its norm in that order.
    private void Canonicalise(List<int> keep)
    {
        keep.Sort();
        var centroid = new Dictionary<int, float>(keep.Count);
        double norm2 = 0;
        foreach (var term in keep)
        {
            var weight = _centroid[term];
            centroid[term] = weight;
            norm2 += (double)weight * weight;
        }
        _centroid = centroid;
        _norm2 = norm2;
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static void WriteDate(BinaryWriter writer, DateTimeOffset? date)
    {
        writer.Write(date.HasValue);
        writer.Write(date?.UtcTicks ?? 0);
    }

    private static DateTimeOffset? ReadDate(BinaryReader reader)
    {
        var has = reader.ReadBoolean();
        var ticks = reader.ReadInt64();
        return has ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
    }
}
