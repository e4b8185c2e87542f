using Storyline.Extraction;

namespace Storyline.Tests.Extraction;

public class ShingleScorerTests
{
    [Fact]
    public void Score_IdenticalTexts_IsPerfect()
    {
        var score = ShingleScorer.Score("One two three four five.", "one TWO three, four five");
        Assert.Equal(new ShingleScore(1, 1, 1), score);
    }

    [Fact]
    public void Score_BothEmpty_IsOne_OneEmpty_IsZero()
    {
        Assert.Equal(1, ShingleScorer.Score("", null).F1);
        Assert.Equal(0, ShingleScorer.Score("", "a b c d e").F1);
        Assert.Equal(0, ShingleScorer.Score("a b c d e", "").F1);
    }

    [Fact]
    public void Score_ExtraText_LowersPrecisionOnly()
    {
        var score = ShingleScorer.Score("a b c d e f g h", "a b c d e");
        Assert.Equal(2.0 / 5, score.Precision, 6);
        Assert.Equal(1, score.Recall, 6);
        Assert.Equal(2 * 0.4 / 1.4, score.F1, 6);
    }

    [Fact]
    public void Score_RepeatedShingles_CountAsMultiset()
    {
        // Gold has six shingles, "a b c d" twice; a prediction with it twice matches both, not one.
        var once = ShingleScorer.Score("a b c d", "a b c d x a b c d");
        var twice = ShingleScorer.Score("a b c d y a b c d", "a b c d x a b c d");
        Assert.Equal(1.0 / 6, once.Recall, 6);
        Assert.Equal(2.0 / 6, twice.Recall, 6);
    }

    [Fact]
    public void Tokenize_SplitsOnNonAlphanumerics_AndLowercases()
    {
        Assert.Equal(["it", "s", "2024", "über", "café"], ShingleScorer.Tokenize("It's 2024 — Über-café!"));
    }

    [Fact]
    public void Average_IsPerPageMean()
    {
        var average = ShingleScorer.Average([new ShingleScore(1, 0.5, 0.6), new ShingleScore(0, 0.5, 0.2)]);
        Assert.Equal(new ShingleScore(0.5, 0.5, 0.4), average);
    }
}
