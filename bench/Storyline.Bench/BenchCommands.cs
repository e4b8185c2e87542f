namespace Storyline.Bench;

/// <summary>Dispatches <c>dotnet run --project bench/Storyline.Bench -- NAME [args]</c> to a harness.</summary>
internal static class BenchCommands
{
    private static readonly Dictionary<string, (string Help, Func<string[], int> Run)> Harnesses = new(StringComparer.OrdinalIgnoreCase)
    {
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
