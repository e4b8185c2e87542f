using Storyline.Articles;
using Storyline.Text.Entities;
using Storyline.Text.Language;
using Storyline.Text.Sentences;
using Storyline.Text.Tokens;

namespace Storyline.Clustering;

/// <summary>The vocabulary with document frequencies learned online, and the TF-IDF vectors built from it.</summary>
/// <remarks>Term ids are given in order of first appearance, so they are the same for the same stream.</remarks>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    // The same dictionary looked up by the analyzer's span, so that a term already known costs no string.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _terms = [];
    private readonly List<int> _documentFrequency = [];
    // Per term: in how many documents it was written as a name or a number, which read the same in every language.
    private readonly List<int> _neutralDocuments = [];
    private readonly StoryClustererOptions _options;
    // Scratch space of Vectorize, kept between calls: each article's term counts and weighted terms.
    private readonly Dictionary<int, (double Frequency, TokenShape Shape, bool Neutral)> _counts = [];
    private readonly Dictionary<int, (double Frequency, TokenShape Shape, bool Neutral)> _bridgeCounts = [];
    private readonly List<(int Term, double Weight)> _weighted = [];
    private readonly TokenAnalyzer _analyzer;

    public TermStatistics(StoryClustererOptions options, TokenAnalyzer analyzer)
    {
        _options = options;
        _analyzer = analyzer;
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long Documents { get; private set; }

    public int VocabularySize => _terms.Count;

    /// <summary>Turns an article into its weighted term vector; when <paramref name="learn"/>, first counts it in the frequencies.</summary>
    public TermVector Vectorize(ClusterItem item, bool learn)
    {
        var counts = _counts;
        counts.Clear();
        var titleTerms = new SortedSet<int>();
        // Headlines are usually in title case, so capitals there say nothing about names.
        _analyzer.Scan(Headlines.WithoutOutlet(UrlSlug.Headline(item.Title, item.Url), item.Source, item.Url), item.Language, (term, _, _, shape) =>
        {
            var numeric = shape & TokenShape.Numeric;
            if (Count(counts, term, _options.TitleWeight, numeric, numeric != 0, learn) is var id and >= 0)
            {
                titleTerms.Add(id);
            }
        });
        // In German every noun is capitalised, so there a capital says nothing about a name either.
        var capitalsMarkNames = !LanguageCodes.IsGerman(item.Language);
        var lead = Lead(item.Text, _options.MaxBodyChars);
        _analyzer.Scan(lead, item.Language, (term, _, _, shape) =>
        {
            var name = shape.IsNameLike();
            var numeric = shape & TokenShape.Numeric;
            Count(counts, term, 1, (name ? TokenShape.Capitalised : TokenShape.None) | numeric, (name && capitalsMarkNames) || numeric != 0, learn);
        });
        var bridge = _bridgeCounts;
        bridge.Clear();
        if (_options.CrossLanguageWeight > 0 && LanguageCodes.IsForeign(item.Language))
        {
            CountNamesInEnglish(bridge, lead, item.Language!, learn);
        }
        if (counts.Count == 0)
        {
            return TermVector.Empty;
        }
        if (learn)
        {
            Documents++;
            foreach (var (term, (_, _, neutral)) in counts)
            {
                _documentFrequency[term]++;
                if (neutral)
                {
                    _neutralDocuments[term]++;
                }
            }
            foreach (var term in bridge.Keys)
            {
                if (!counts.ContainsKey(term))
                {
                    _documentFrequency[term]++;
                    _neutralDocuments[term]++;
                }
            }
        }
        var (vector, norm) = Weigh(counts, null);
        return vector.Count == 0 ? vector : new TermVector(vector.Terms, vector.Weights) { Title = TitleVector(titleTerms), Bridge = Weigh(bridge, norm).Vector };
    }

    // The TF-IDF vector of an article's counts, with its strongest TermsPerArticle terms, and the norm it was divided
    // by: its own (a unit vector), or the given one (the bridge, on the scale of the article's own terms).
    private (TermVector Vector, double Norm) Weigh(Dictionary<int, (double Frequency, TokenShape Shape, bool Neutral)> counts, double? scale)
    {
        var weighted = _weighted;
        weighted.Clear();
        foreach (var (term, (frequency, shape, _)) in counts)
        {
            var boost = 1.0;
            if ((shape & TokenShape.Capitalised) != 0)
            {
                boost *= _options.NameBoost;
            }
            if ((shape & TokenShape.Numeric) != 0)
            {
                boost *= _options.NumberBoost;
            }
            weighted.Add((term, (1 + Math.Log(frequency)) * Idf(term) * boost));
        }
        // Strongest terms first, term id breaking ties, so the cut is the same whatever the dictionary order; the
        // kept terms then go in term order, and their norm is summed in that order.
        weighted.Sort(StrongestFirst);
        var kept = Math.Min(_options.TermsPerArticle, weighted.Count);
        weighted.Sort(0, kept, TermOrder.Instance);
        var norm2 = 0.0;
        for (var i = 0; i < kept; i++)
        {
            norm2 += weighted[i].Weight * weighted[i].Weight;
        }
        var norm = scale ?? Math.Sqrt(norm2);
        if (norm == 0 || kept == 0)
        {
            return (TermVector.Empty, norm);
        }
        var terms = new int[kept];
        var weights = new float[kept];
        for (var i = 0; i < kept; i++)
        {
            terms[i] = weighted[i].Term;
            weights[i] = (float)(weighted[i].Weight / norm);
        }
        return (new TermVector(terms, weights), norm);
    }

    /// <summary>True when a term is mostly written as a name or a number: it reads the same in a report in another language.</summary>
    public bool IsNeutral(int term) => _neutralDocuments[term] > 0 && _neutralDocuments[term] * 2 >= _documentFrequency[term];

    /// <summary>
    /// <see cref="IsNeutral(int)"/> for a term of a text in <paramref name="language"/>. A German text capitalises every
    /// noun, so that a term other texts write as a name ("Patient" of a product called Patient Watch) is a common word
    /// there ("Patienten"): only its numbers count, and its names reach other languages through its bridge.
    /// </summary>
    public bool IsNeutral(int term, string? language) =>
        LanguageCodes.IsGerman(language) ? _terms[term].Length > 0 && char.IsAsciiDigit(_terms[term][0]) : IsNeutral(term);

    // The names of an article in another language, as an English report would write them: a known place or body by
    // its English name ("Südkorea" → South Korea), any other name as it stands, cut into terms by the English
    // analyzer. They are what reports of one event in two languages have in common, so they bridge the two. They go
    // into a vector of their own, weighed on the scale of the article's terms, not into those terms, so that articles
    // in one language compare as they would without them.
    private void CountNamesInEnglish(Dictionary<int, (double Frequency, TokenShape Shape, bool Neutral)> counts, string lead, string language, bool learn)
    {
        foreach (var sentence in MentionFinder.FindInArticle(SentenceSplitter.Split(lead), language))
        {
            foreach (var mention in sentence)
            {
                _analyzer.Scan(mention.Known ?? mention.Text, "en", (term, _, _, _) => Count(counts, term, 1, TokenShape.Capitalised, true, learn));
            }
        }
    }

    private static readonly Comparison<(int Term, double Weight)> StrongestFirst =
        (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term);

    private sealed class TermOrder : IComparer<(int Term, double Weight)>
    {
        public static readonly TermOrder Instance = new();

        public int Compare((int Term, double Weight) x, (int Term, double Weight) y) => x.Term.CompareTo(y.Term);
    }

    // The headline on its own, each term by its IDF: headlines are short and clean where bodies may be cut,
    // padded with site furniture or wander off, so two reports of one event often agree best here.
    private TermVector TitleVector(SortedSet<int> terms)
    {
        if (terms.Count == 0)
        {
            return TermVector.Empty;
        }
        var ids = terms.ToArray();
        var weights = ids.Select(Idf).ToArray();
        var norm = Math.Sqrt(weights.Sum(w => w * w));
        return norm == 0 ? TermVector.Empty : new TermVector(ids, weights.Select(w => (float)(w / norm)).ToArray());
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Documents);
        writer.Write(_terms.Count);
        for (var i = 0; i < _terms.Count; i++)
        {
            writer.Write(_terms[i]);
            writer.Write(_documentFrequency[i]);
            writer.Write(_neutralDocuments[i]);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; states older than neutral counts have <paramref name="withNeutral"/> false.</summary>
    public void Read(BinaryReader reader, bool withNeutral)
    {
        Documents = reader.ReadInt64();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var term = reader.ReadString();
            _ids[term] = i;
            _terms.Add(term);
            _documentFrequency.Add(reader.ReadInt32());
            _neutralDocuments.Add(withNeutral ? reader.ReadInt32() : 0);
        }
    }

    // Smoothed so that a term seen in every document still weighs a little and an unseen one is finite.
    private double Idf(int term) => Math.Pow(Math.Log((Math.Max(Documents, _options.MinIdfDocuments) + 1.0) / (_documentFrequency[term] + 0.5)), _options.IdfPower);

    // Counts a term in the article; returns its id, or -1 for a term never seen when not learning.
    private int Count(Dictionary<int, (double Frequency, TokenShape Shape, bool Neutral)> counts, ReadOnlySpan<char> term, double weight, TokenShape shape, bool neutral, bool learn)
    {
        if (!_lookup.TryGetValue(term, out var id))
        {
            if (!learn)
            {
                return -1;
            }
            var text = term.ToString();
            id = _terms.Count;
            _ids[text] = id;
            _terms.Add(text);
            _documentFrequency.Add(0);
            _neutralDocuments.Add(0);
        }
        counts[id] = counts.TryGetValue(id, out var seen) ? (seen.Frequency + weight, seen.Shape | shape, seen.Neutral || neutral) : (weight, shape, neutral);
        return id;
    }

    /// <summary>The first <paramref name="maxChars"/> characters of a body, cut at a space where one is near.</summary>
    internal static string Lead(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)];
    }
}
