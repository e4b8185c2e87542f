using Storyline.Clustering;

namespace Storyline.Tests.Clustering;

public class ClusteringScoreTests
{
    [Fact]
    public void Of_IdenticalPartitionsUnderOtherLabels_ScoresOne()
    {
        var score = ClusteringScore.Of(["a", "a", "b", "c", "c"], [7, 7, 3, 1, 1]);

        Assert.Equal(1, score.Pairwise.F1, 9);
        Assert.Equal(1, score.BCubed.F1, 9);
    }

    [Fact]
    public void Of_EverythingInOneCluster_HasFullRecallAndPairPrecisionOfGoldPairs()
    {
        // Gold {1,2} {3,4}: 2 true pairs out of 6 predicted.
        var score = ClusteringScore.Of(["x", "x", "y", "y"], [1, 1, 1, 1]);

        Assert.Equal(1.0, score.Pairwise.Recall, 9);
        Assert.Equal(2.0 / 6, score.Pairwise.Precision, 9);
        Assert.Equal(0.5, score.BCubed.Precision, 9);
        Assert.Equal(1.0, score.BCubed.Recall, 9);
    }

    [Fact]
    public void Of_AllSingletons_HasFullPrecisionAndBCubedRecallOfOneOverSize()
    {
        var score = ClusteringScore.Of(["x", "x", "x", "y"], [1, 2, 3, 4]);

        Assert.Equal(1.0, score.Pairwise.Precision, 9);
        Assert.Equal(0.0, score.Pairwise.Recall, 9);
        Assert.Equal(1.0, score.BCubed.Precision, 9);
        Assert.Equal(((3 * (1.0 / 3)) + 1) / 4, score.BCubed.Recall, 9);
    }

    [Fact]
    public void Of_TextbookExample_MatchesHandComputedBCubed()
    {
        // Predicted {1,2,3} {4,5}; gold {1,2} {3,4,5}.
        var score = ClusteringScore.Of(["g", "g", "h", "h", "h"], ["p", "p", "p", "q", "q"]);

        Assert.Equal(((2 * (2.0 / 3)) + (1.0 / 3) + 2) / 5, score.BCubed.Precision, 9);
        Assert.Equal(((2 * 1.0) + (1.0 / 3) + (2 * (2.0 / 3))) / 5, score.BCubed.Recall, 9);
        Assert.Equal(2.0 / 4, score.Pairwise.Precision, 9);
        Assert.Equal(2.0 / 4, score.Pairwise.Recall, 9);
    }

    [Fact]
    public void Of_LabelsOfDifferentLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => ClusteringScore.Of(["a"], [1, 2]));
    }
}
