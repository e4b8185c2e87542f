using System.Text.RegularExpressions;

namespace Storyline.Stories;

/// <summary>A bag-of-words vector of a short text, for cosine similarity between titles and sentences.</summary>
internal sealed partial class TermVector
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "not", "no", "will", "would", "can", "could", "may",
        "also", "said", "says", "than", "then", "there", "which", "who", "whom", "what", "when", "where", "while", "into",
        "about", "after", "before", "over", "more", "most", "some", "such", "any", "all", "so", "if", "do", "did", "does",
    };

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();

    private readonly Dictionary<string, double> _weights;
    private readonly double _norm;

    private TermVector(Dictionary<string, double> weights)
    {
        _weights = weights;
        _norm = Math.Sqrt(weights.Values.Sum(w => w * w));
    }

    public bool IsEmpty => _weights.Count == 0;

    /// <summary>The content words of a text, lower-cased, with a plural -s dropped.</summary>
    public static List<string> Terms(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => !StopWords.Contains(w) && (w.Length > 1 || char.IsDigit(w[0])))
            .Select(w => w.Length > 4 && w[^1] == 's' && w[^2] != 's' ? w[..^1] : w)
            .ToList();

    public static TermVector Of(string text, IReadOnlyDictionary<string, double>? idf = null)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms(text))
        {
            weights[term] = weights.GetValueOrDefault(term) + 1;
        }
        if (idf is not null)
        {
            foreach (var term in weights.Keys.ToList())
            {
                weights[term] *= idf.GetValueOrDefault(term, 1);
            }
        }
        return new TermVector(weights);
    }

    public static TermVector Sum(IEnumerable<TermVector> vectors)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            if (vector._norm == 0)
            {
                continue;
            }
            foreach (var (term, weight) in vector._weights)
            {
                weights[term] = weights.GetValueOrDefault(term) + weight / vector._norm;
            }
        }
        return new TermVector(weights);
    }

    /// <summary>Inverse document frequencies of the terms of <paramref name="documents"/>.</summary>
    public static Dictionary<string, double> InverseFrequencies(IReadOnlyCollection<string> documents)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in Terms(document).Distinct(StringComparer.Ordinal))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }
        return counts.ToDictionary(c => c.Key, c => Math.Log((1.0 + documents.Count) / (1.0 + c.Value)) + 1.0, StringComparer.Ordinal);
    }

    public double Cosine(TermVector other)
    {
        if (_norm == 0 || other._norm == 0)
        {
            return 0;
        }
        var (small, large) = _weights.Count <= other._weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (term, weight) in small._weights)
        {
            if (large._weights.TryGetValue(term, out var w))
            {
                dot += weight * w;
            }
        }
        return dot / (_norm * other._norm);
    }
}
