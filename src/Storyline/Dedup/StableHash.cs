namespace Storyline.Dedup;

/// <summary>Hashes that are the same in every process and on every machine (unlike <see cref="string.GetHashCode()"/>).</summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="value"/>, then mixed.</summary>
    public static ulong Of(ReadOnlySpan<char> value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return Mix(hash);
    }

    /// <summary>Starts an incremental FNV-1a hash.</summary>
    public static ulong Start => FnvOffset;

    /// <summary>Feeds one character into an incremental FNV-1a hash.</summary>
    public static ulong Step(ulong hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>The SplitMix64 finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A SplitMix64 sequence from <paramref name="seed"/>: reproducible pseudo-random words.</summary>
    public static ulong[] Sequence(ulong seed, int count)
    {
        var values = new ulong[count];
        var state = seed;
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            values[i] = Mix(state);
        }
        return values;
    }
}
