namespace Storyline.Extraction;

/// <summary>Precision, recall and F1 of one extracted body against its gold text.</summary>
public readonly record struct ShingleScore(double Precision, double Recall, double F1);

/// <summary>Scores extracted text the way the public article-extraction benchmark does: 4-token shingles, multiset overlap.</summary>
/// <remarks>
/// Tokens are lower-cased runs of letters and digits. Both texts empty scores 1; exactly one empty scores 0.
/// Texts shorter than the shingle size fall back to a single shingle of all their tokens, so a short
/// gold text still counts.
/// </remarks>
public static class ShingleScorer
{
    /// <summary>Tokens per shingle.</summary>
    public const int ShingleSize = 4;

    public static ShingleScore Score(string? predicted, string? gold)
    {
        var pred = Shingles(predicted);
        var truth = Shingles(gold);
        var predCount = pred.Values.Sum();
        var goldCount = truth.Values.Sum();
        if (predCount == 0 && goldCount == 0)
        {
            return new ShingleScore(1, 1, 1);
        }
        if (predCount == 0 || goldCount == 0)
        {
            return new ShingleScore(0, 0, 0);
        }
        var overlap = 0;
        foreach (var (shingle, count) in pred)
        {
            if (truth.TryGetValue(shingle, out var other))
            {
                overlap += Math.Min(count, other);
            }
        }
        var precision = (double)overlap / predCount;
        var recall = (double)overlap / goldCount;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleScore(precision, recall, f1);
    }

    /// <summary>Averages per-page scores, as the benchmark reports them.</summary>
    public static ShingleScore Average(IReadOnlyCollection<ShingleScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return new ShingleScore(0, 0, 0);
        }
        return new ShingleScore(scores.Average(s => s.Precision), scores.Average(s => s.Recall), scores.Average(s => s.F1));
    }

    /// <summary>Lower-cased word tokens: maximal runs of letters, digits and underscores (Python's <c>\w+</c>).</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && IsWordChar(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = Tokenize(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }
        var size = Math.Min(ShingleSize, tokens.Count);
        for (var i = 0; i + size <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(size));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }
}
