namespace Storyline.Bench;

/// <summary>Dispatches <c>dotnet run --project bench/Storyline.Bench -- NAME [args]</c> to a harness.</summary>
internal static class BenchCommands
{
    private static readonly Dictionary<string, (string Help, Func<string[], int> Run)> Harnesses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["synthesis"] = ("[FILE] [--rounds N] [--show N]  story views for every story of a labelled .jsonl (default: clusters-dev giveme5w1h), the first round cold, the rest warm", SynthesisBench.Run),
        ["cluster-quality"] = ("[FILE...] [Option=value...]  pairwise and B-cubed F1 of the clusterer on gold JSONL", Clustering.ClusterQualityHarness.Run),
        ["cluster-diagnose"] = ("FILE [--spread DAYS [--seed N]] [Option=value...]  per-article gold, prediction and candidate scores, for error analysis", Clustering.ClusterDiagnostics.Run),
        ["cluster-scale"] = ("[--max 1000000] [--seed 17]  articles/s, time per article and peak memory on a generated stream", Clustering.ClusterScaleHarness.Run),
        ["extraction"] = (Extraction.ExtractionHarness.Help, Extraction.ExtractionHarness.Run),
        ["extraction-titles"] = (Extraction.DumpTitleHarness.Help, Extraction.DumpTitleHarness.Run),
        ["workers"] = (WorkersBench.Help, WorkersBench.Run),
        ["workers-child"] = ("CONNSTR  (internal) one worker draining the queue, started by the workers harness", WorkersBench.Child),
        ["warc"] = ("[records] [page-kb]: stream a synthetic .warc.gz through WarcSource; MB/s, pages/s, peak memory", WarcBench.Run),
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Harnesses.TryGetValue(args[0], out var harness))
        {
            Console.Error.WriteLine("usage: Storyline.Bench <harness> [args]");
            foreach (var (name, entry) in Harnesses)
            {
                Console.Error.WriteLine($"  {name,-12} {entry.Help}");
            }
            return 1;
        }
        return harness.Run(args[1..]);
    }
}
