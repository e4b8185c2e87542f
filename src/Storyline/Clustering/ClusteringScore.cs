namespace Storyline.Clustering;

/// <summary>Precision, recall and F1 of one way of scoring a clustering.</summary>
public readonly record struct PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"P={Precision:F4} R={Recall:F4} F1={F1:F4}");
}

/// <summary>Scores of a predicted clustering against gold story labels.</summary>
/// <param name="Pairwise">Over all pairs of items: same story in both, in the prediction, in the gold.</param>
/// <param name="BCubed">Per item overlap of its predicted and gold clusters, averaged over items.</param>
public sealed record ClusteringScore(PrecisionRecall Pairwise, PrecisionRecall BCubed, int Items, int GoldClusters, int PredictedClusters)
{
    /// <summary>Compares <paramref name="predicted"/> labels with <paramref name="gold"/> labels, item by item.</summary>
    /// <remarks>Both lists hold one label per item, in the same order. An empty input scores 1 everywhere.</remarks>
    public static ClusteringScore Of<TGold, TPredicted>(IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted)
        where TGold : notnull
        where TPredicted : notnull
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"gold has {gold.Count} labels but predicted has {predicted.Count}.", nameof(predicted));
        }
        var goldSizes = new Dictionary<TGold, long>();
        var predictedSizes = new Dictionary<TPredicted, long>();
        var joint = new Dictionary<(TGold, TPredicted), long>();
        for (var i = 0; i < gold.Count; i++)
        {
            Increment(goldSizes, gold[i]);
            Increment(predictedSizes, predicted[i]);
            Increment(joint, (gold[i], predicted[i]));
        }
        double n = gold.Count;
        if (n == 0)
        {
            return new ClusteringScore(new PrecisionRecall(1, 1), new PrecisionRecall(1, 1), 0, 0, 0);
        }

        double truePairs = 0, bcubedPrecision = 0, bcubedRecall = 0;
        foreach (var ((g, p), count) in joint)
        {
            truePairs += Pairs(count);
            // Each of the `count` items in this cell sees `count` of its predicted cluster in its gold cluster.
            bcubedPrecision += (double)count * count / predictedSizes[p];
            bcubedRecall += (double)count * count / goldSizes[g];
        }
        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var pairwise = new PrecisionRecall(
            predictedPairs == 0 ? 1 : truePairs / predictedPairs,
            goldPairs == 0 ? 1 : truePairs / goldPairs);
        var bcubed = new PrecisionRecall(bcubedPrecision / n, bcubedRecall / n);
        return new ClusteringScore(pairwise, bcubed, gold.Count, goldSizes.Count, predictedSizes.Count);
    }

    public override string ToString() =>
        FormattableString.Invariant($"items={Items} gold={GoldClusters} predicted={PredictedClusters} pairwise[{Pairwise}] b-cubed[{BCubed}]");

    private static double Pairs(long size) => size * (size - 1) / 2.0;

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull
    {
        counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
