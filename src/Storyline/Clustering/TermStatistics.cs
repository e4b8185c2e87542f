using Storyline.Text.Tokens;

namespace Storyline.Clustering;

/// <summary>The vocabulary with document frequencies learned online, and the TF-IDF vectors built from it.</summary>
/// <remarks>Term ids are given in order of first appearance, so they are the same for the same stream.</remarks>
internal sealed class TermStatistics
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<int> _documentFrequency = [];
    private readonly StoryClustererOptions _options;
    private readonly TokenAnalyzer _analyzer;

    public TermStatistics(StoryClustererOptions options, TokenAnalyzer analyzer)
    {
        _options = options;
        _analyzer = analyzer;
    }

    public long Documents { get; private set; }

    public int VocabularySize => _terms.Count;

    /// <summary>Turns an article into its weighted term vector; when <paramref name="learn"/>, first counts it in the frequencies.</summary>
    public TermVector Vectorize(ClusterItem item, bool learn)
    {
        var tokens = new List<Token>();
        var counts = new Dictionary<int, (double Frequency, TokenShape Shape)>();
        // Headlines are usually in title case, so capitals there say nothing about names.
        _analyzer.Tokenize(string.IsNullOrWhiteSpace(item.Title) ? UrlSlug.Words(item.Url) : item.Title, item.Language, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            Count(counts, tokens[i].Term, _options.TitleWeight, tokens[i].Shape & TokenShape.Numeric, learn);
            CountPair(counts, tokens, i, _options.TitleWeight * _options.PairWeight, learn);
        }
        var titleTerms = new SortedSet<int>();
        foreach (var token in tokens)
        {
            if (_ids.TryGetValue(token.Term, out var id))
            {
                titleTerms.Add(id);
            }
        }
        tokens.Clear();
        _analyzer.Tokenize(Lead(item.Text, _options.MaxBodyChars), item.Language, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var shape = token.IsNameLike ? TokenShape.Capitalised : TokenShape.None;
            Count(counts, token.Term, 1, shape | (token.Shape & TokenShape.Numeric), learn);
            CountPair(counts, tokens, i, _options.PairWeight, learn);
        }
        if (counts.Count == 0)
        {
            return TermVector.Empty;
        }
        if (learn)
        {
            Documents++;
            foreach (var term in counts.Keys)
            {
                _documentFrequency[term]++;
            }
        }

        var weighted = new List<(int Term, double Weight)>(counts.Count);
        foreach (var (term, (frequency, shape)) in counts)
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
        // Strongest terms first, term id breaking ties, so the cut is the same whatever the dictionary order.
        weighted.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        var kept = weighted.Take(_options.TermsPerArticle).OrderBy(t => t.Term).ToArray();
        var norm = Math.Sqrt(kept.Sum(t => t.Weight * t.Weight));
        if (norm == 0)
        {
            return TermVector.Empty;
        }
        return new TermVector(kept.Select(t => t.Term).ToArray(), kept.Select(t => (float)(t.Weight / norm)).ToArray())
        {
            Title = TitleVector(titleTerms),
        };
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
        }
    }

    public void Read(BinaryReader reader)
    {
        Documents = reader.ReadInt64();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var term = reader.ReadString();
            _ids[term] = i;
            _terms.Add(term);
            _documentFrequency.Add(reader.ReadInt32());
        }
    }

    // Smoothed so that a term seen in every document still weighs a little and an unseen one is finite.
    private double Idf(int term) => Math.Pow(Math.Log((Math.Max(Documents, _options.MinIdfDocuments) + 1.0) / (_documentFrequency[term] + 0.5)), _options.IdfPower);

    // Adjacent terms (stop words aside) as one more term: "test site", "kim jong" say more than either word.
    private void CountPair(Dictionary<int, (double Frequency, TokenShape Shape)> counts, List<Token> tokens, int index, double weight, bool learn)
    {
        if (weight <= 0 || index == 0)
        {
            return;
        }
        var previous = tokens[index - 1];
        var current = tokens[index];
        // Only words close together in the text: a pair across a sentence or a long gap is no phrase.
        if (current.Start - (previous.Start + previous.Length) > 12 || current.IsSentenceInitial)
        {
            return;
        }
        Count(counts, string.Concat(previous.Term, " ", current.Term), weight, TokenShape.None, learn);
    }

    private void Count(Dictionary<int, (double Frequency, TokenShape Shape)> counts, string term, double weight, TokenShape shape, bool learn)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            if (!learn)
            {
                return;
            }
            id = _terms.Count;
            _ids[term] = id;
            _terms.Add(term);
            _documentFrequency.Add(0);
        }
        counts[id] = counts.TryGetValue(id, out var seen) ? (seen.Frequency + weight, seen.Shape | shape) : (weight, shape);
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
