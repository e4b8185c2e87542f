using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Storyline.Dedup;

/// <summary>Settings of the <see cref="NearDuplicateDetector"/>.</summary>
/// <remarks>
/// Defaults: 4-word shingles, 96 MinHash values in 48 bands of 2 rows (a pair with Jaccard 0.35 becomes a
/// candidate with probability ~0.998, one with 0.1 with ~0.4 and is then checked), a copy needs an estimated Jaccard of 0.35
/// or an estimated containment of 0.7 of the shorter text, and the last 50,000 texts stay searchable.
/// </remarks>
public sealed record NearDuplicateOptions
{
    public int ShingleWords { get; init; } = 4;
    public int Bands { get; init; } = 48;
    public int RowsPerBand { get; init; } = 2;
    /// <summary>Estimated Jaccard similarity of shingle sets from which two texts are copies.</summary>
    public double JaccardThreshold { get; init; } = 0.35;
    /// <summary>Estimated share of the shorter text's shingles found in the longer from which it is a copy.</summary>
    public double ContainmentThreshold { get; init; } = 0.7;
    /// <summary>How many of the most recent texts are kept for matching; older ones are forgotten.</summary>
    public int Window { get; init; } = 50_000;
    public ulong Seed { get; init; } = 0x5107_11E5_EED0_0001UL;

    public int Hashes => Bands * RowsPerBand;

    internal void Validate()
    {
        if (ShingleWords < 1 || Bands < 1 || RowsPerBand < 1 || Window < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(NearDuplicateOptions), "shingle size, bands, rows and window must be positive.");
        }
    }
}

/// <summary>A text recognised as a copy of an earlier one.</summary>
/// <param name="OriginalId">The earliest independent text of the copy group.</param>
/// <param name="MatchedId">The earlier text this one was matched against (the original or another copy of it).</param>
/// <param name="Similarity">Estimated Jaccard similarity of the shingle sets (1 for an exact copy).</param>
/// <param name="Exact">True when the folded text is identical.</param>
public sealed record DuplicateMatch(string OriginalId, string MatchedId, double Similarity, bool Exact)
{
    /// <summary>How many shingles the copy has: the length of the text that two articles share.</summary>
    public int Shingles { get; init; }
}

/// <summary>Finds exact and near copies (wire syndication, re-posts, lightly edited updates) among texts seen so far.</summary>
/// <remarks>
/// An exact hash of the case- and whitespace-folded text catches verbatim copies; MinHash signatures (seeded)
/// over word shingles with LSH banding catch edited ones without comparing all pairs. Give it the body only:
/// a re-titled copy is still a copy. Deterministic; memory is bounded by <see cref="NearDuplicateOptions.Window"/>.
/// Not thread-safe.
/// </remarks>
public sealed class NearDuplicateDetector
{
    private readonly NearDuplicateOptions _options;
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;
    private readonly Entry?[] _ring;
    // Band postings as chains: the latest text with each band key, and in every text the previous one with
    // the same key in that band. Millions of keys then cost one dictionary slot each instead of a list object
    // each, which keeps the heap (and the collector's work) small at a full window.
    private readonly Dictionary<ulong, long> _bandHeads = [];
    private readonly Dictionary<ulong, long> _exact = [];
    // Scratch space of Find: the texts already compared for the current one.
    private readonly HashSet<long> _seen = [];
    private long _added;

    public NearDuplicateDetector(NearDuplicateOptions? options = null)
    {
        _options = options ?? new NearDuplicateOptions();
        _options.Validate();
        var randoms = StableHash.Sequence(_options.Seed, 2 * _options.Hashes);
        _multipliers = new ulong[_options.Hashes];
        _offsets = new ulong[_options.Hashes];
        for (var i = 0; i < _options.Hashes; i++)
        {
            _multipliers[i] = randoms[2 * i] | 1; // odd, so multiply-shift is a proper universal hash
            _offsets[i] = randoms[(2 * i) + 1];
        }
        _ring = new Entry?[_options.Window];
    }

    public NearDuplicateOptions Options => _options;

    /// <summary>How many texts have been added in all.</summary>
    public long Count => _added;

    /// <summary>The earlier text <paramref name="text"/> copies, without remembering it.</summary>
    public DuplicateMatch? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fingerprint = FingerprintOf(text);
        return Find(fingerprint);
    }

    /// <summary>Remembers <paramref name="text"/> under <paramref name="id"/> and says which earlier text it copies.</summary>
    public DuplicateMatch? Add(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var fingerprint = FingerprintOf(text);
        var match = Find(fingerprint);
        Remember(new Entry(_added, id, match?.OriginalId ?? id, fingerprint.Exact, fingerprint.Shingles, fingerprint.Signature));
        return match is null ? null : match with { Shingles = fingerprint.Shingles };
    }

    /// <summary>Exact Jaccard similarity of the shingle sets of two texts (symmetric; 1 for two empty texts).</summary>
    public static double Similarity(string first, string second, int shingleWords = 4)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var a = Shingles(first, shingleWords);
        var b = Shingles(second, shingleWords);
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Writes the remembered texts so that <see cref="Load"/> continues exactly from here.</summary>
    public void Save(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_added);
        var live = Live().ToList();
        writer.Write(live.Count);
        foreach (var entry in live)
        {
            writer.Write(entry.Sequence);
            writer.Write(entry.Id);
            writer.Write(entry.OriginalId);
            writer.Write(entry.Exact);
            writer.Write(entry.Shingles);
            foreach (var value in entry.Signature)
            {
                writer.Write(value);
            }
        }
    }

    /// <summary>Reads what <see cref="Save"/> wrote; <paramref name="options"/> must match those of the saved detector.</summary>
    public static NearDuplicateDetector Load(BinaryReader reader, NearDuplicateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var detector = new NearDuplicateDetector(options);
        var added = reader.ReadInt64();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var sequence = reader.ReadInt64();
            var id = reader.ReadString();
            var original = reader.ReadString();
            var exact = reader.ReadUInt64();
            var shingles = reader.ReadInt32();
            var signature = new uint[detector._options.Hashes];
            for (var h = 0; h < signature.Length; h++)
            {
                signature[h] = reader.ReadUInt32();
            }
            detector._added = sequence;
            detector.Remember(new Entry(sequence, id, original, exact, shingles, signature));
        }
        detector._added = added;
        return detector;
    }

    private IEnumerable<Entry> Live()
    {
        for (var sequence = Math.Max(0, _added - _options.Window); sequence < _added; sequence++)
        {
            if (_ring[sequence % _options.Window] is { } entry && entry.Sequence == sequence)
            {
                yield return entry;
            }
        }
    }

    private DuplicateMatch? Find(Fingerprint fingerprint)
    {
        // A text without a single word (empty, or only punctuation) copies nothing and is copied by nothing.
        if (fingerprint.Shingles == 0)
        {
            return null;
        }
        if (_exact.TryGetValue(fingerprint.Exact, out var exactSequence) && EntryAt(exactSequence) is { } exact)
        {
            return new DuplicateMatch(exact.OriginalId, exact.Id, 1, true);
        }
        Entry? best = null;
        var bestSimilarity = 0.0;
        var seen = _seen;
        seen.Clear();
        for (var band = 0; band < _options.Bands; band++)
        {
            if (!_bandHeads.TryGetValue(BandKey(fingerprint.Signature, band), out var sequence))
            {
                continue;
            }
            // A chain runs from newest to oldest; it ends where it leaves the window.
            for (Entry? candidate; (candidate = EntryAt(sequence)) is not null; sequence = candidate.PreviousInBand[band])
            {
                if (!seen.Add(sequence))
                {
                    continue;
                }
                var similarity = EstimateJaccard(fingerprint.Signature, candidate.Signature);
                if (!IsCopy(similarity, fingerprint.Shingles, candidate.Shingles))
                {
                    continue;
                }
                // Highest similarity wins; among equals the earliest, so the answer does not depend on band order.
                if (best is null || similarity > bestSimilarity || (similarity == bestSimilarity && candidate.Sequence < best.Sequence))
                {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        return best is null ? null : new DuplicateMatch(best.OriginalId, best.Id, bestSimilarity, false);
    }

    private bool IsCopy(double jaccard, int shingles, int otherShingles)
    {
        if (jaccard >= _options.JaccardThreshold)
        {
            return true;
        }
        // |A ∩ B| follows from J and the set sizes; a short re-post inside a longer original is a copy too.
        var shared = jaccard * (shingles + otherShingles) / (1 + jaccard);
        var smaller = Math.Min(shingles, otherShingles);
        return smaller > 0 && shared / smaller >= _options.ContainmentThreshold;
    }

    private Entry? EntryAt(long sequence)
    {
        if (sequence < 0 || sequence < _added - _options.Window || sequence >= _added)
        {
            return null;
        }
        var entry = _ring[sequence % _options.Window];
        return entry is not null && entry.Sequence == sequence ? entry : null;
    }

    private void Remember(Entry entry)
    {
        _ring[entry.Sequence % _options.Window] = entry;
        _added = entry.Sequence + 1;
        if (entry.Shingles > 0)
        {
            _exact[entry.Exact] = entry.Sequence;
            entry.PreviousInBand = new long[_options.Bands];
            for (var band = 0; band < _options.Bands; band++)
            {
                var key = BandKey(entry.Signature, band);
                entry.PreviousInBand[band] = _bandHeads.TryGetValue(key, out var previous) ? previous : -1;
                _bandHeads[key] = entry.Sequence;
            }
        }
        if (_added % SweepEvery == 0)
        {
            Sweep();
        }
    }

    // A quarter window between sweeps: the tables then hold at most 1.25 windows of keys.
    private int SweepEvery => Math.Max(1, _options.Window / 4);

    // Drops keys of forgotten texts, so the tables stay proportional to the window.
    private void Sweep()
    {
        var oldest = _added - _options.Window;
        foreach (var (key, latest) in _bandHeads)
        {
            if (latest < oldest)
            {
                _bandHeads.Remove(key);
            }
        }
        foreach (var (key, sequence) in _exact)
        {
            if (sequence < oldest)
            {
                _exact.Remove(key);
            }
        }
    }

    private ulong BandKey(uint[] signature, int band)
    {
        var hash = StableHash.Mix((ulong)band + 1);
        var start = band * _options.RowsPerBand;
        for (var row = 0; row < _options.RowsPerBand; row++)
        {
            hash = StableHash.Mix(hash ^ signature[start + row]);
        }
        return hash;
    }

    // The share of positions where two signatures hold the same value, compared eight at a time.
    private static double EstimateJaccard(uint[] a, uint[] b)
    {
        var same = 0;
        var i = 0;
        for (; i + Vector256<uint>.Count <= a.Length; i += Vector256<uint>.Count)
        {
            var equal = Vector256.Equals(Vector256.Create(a, i), Vector256.Create(b, i));
            same += BitOperations.PopCount(equal.ExtractMostSignificantBits());
        }
        for (; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }
        return (double)same / a.Length;
    }

    private Fingerprint FingerprintOf(string text)
    {
        var shingles = Shingles(text, _options.ShingleWords);
        return new Fingerprint(ExactHash(text), shingles.Count, SignatureOf(shingles, eightAtATime: CanSignEightAtATime));
    }

    /// <summary>Whether this processor multiplies eight 64-bit lanes at once, and the signature splits into such lanes.</summary>
    internal bool CanSignEightAtATime => Avx512DQ.IsSupported && _options.Hashes % Vector512<ulong>.Count == 0;

    /// <summary>The MinHash signature of a shingle set: for each hash function, the least value it gives a shingle.</summary>
    /// <param name="shingles">The text's shingles (<see cref="Shingles"/>).</param>
    /// <param name="eightAtATime">Computes eight hash functions to an instruction; the same values (see <see cref="CanSignEightAtATime"/>).</param>
    internal uint[] SignatureOf(HashSet<ulong> shingles, bool eightAtATime)
    {
        var signature = new uint[_options.Hashes];
        if (eightAtATime)
        {
            SignEightAtATime(shingles, signature);
            return signature;
        }
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var value = (uint)(((_multipliers[i] * shingle) + _offsets[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    private void SignEightAtATime(HashSet<ulong> shingles, uint[] signature)
    {
        var lanes = Vector512<ulong>.Count;
        var count = signature.Length / lanes;
        // On the stack for any usual signature (96 values are 12 vectors, 768 bytes); a very long one goes to the heap.
        Span<Vector512<ulong>> minimums = count <= 32 ? stackalloc Vector512<ulong>[count] : new Vector512<ulong>[count];
        minimums.Fill(Vector512.Create((ulong)uint.MaxValue));
        foreach (var shingle in shingles)
        {
            var value = Vector512.Create(shingle);
            for (var j = 0; j < minimums.Length; j++)
            {
                var hashed = Vector512.ShiftRightLogical((Vector512.Create(_multipliers, j * lanes) * value) + Vector512.Create(_offsets, j * lanes), 32);
                minimums[j] = Vector512.Min(minimums[j], hashed);
            }
        }
        for (var j = 0; j < minimums.Length; j++)
        {
            for (var k = 0; k < lanes; k++)
            {
                signature[(j * lanes) + k] = (uint)minimums[j][k];
            }
        }
    }

    // Words are runs of letters and digits, lower-cased; a text shorter than one shingle is one shingle.
    internal static HashSet<ulong> Shingles(string text, int size)
    {
        // About one word in six characters: sized once instead of grown through a dozen copies on a long text.
        var words = new List<ulong>(text.Length / 6 + 1);
        var hash = StableHash.Start;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = StableHash.Step(hash, char.ToLowerInvariant(c));
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(StableHash.Mix(hash));
                hash = StableHash.Start;
                inWord = false;
            }
        }
        if (inWord)
        {
            words.Add(StableHash.Mix(hash));
        }
        var shingles = new HashSet<ulong>(words.Count);
        if (words.Count == 0)
        {
            return shingles;
        }
        var span = Math.Min(size, words.Count);
        for (var start = 0; start + span <= words.Count; start++)
        {
            var shingle = (ulong)span;
            for (var j = 0; j < span; j++)
            {
                shingle = StableHash.Mix(shingle ^ words[start + j]);
            }
            shingles.Add(shingle);
        }
        return shingles;
    }

    private static ulong ExactHash(string text)
    {
        var hash = StableHash.Start;
        var pendingSpace = false;
        var any = false;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = any;
                continue;
            }
            any = true;
            if (pendingSpace)
            {
                hash = StableHash.Step(hash, ' ');
                pendingSpace = false;
            }
            hash = StableHash.Step(hash, char.ToLowerInvariant(c));
        }
        return StableHash.Mix(hash);
    }

    private sealed record Entry(long Sequence, string Id, string OriginalId, ulong Exact, int Shingles, uint[] Signature)
    {
        /// <summary>Per band, the sequence of the previous text with the same band key (-1 for none); set when remembered.</summary>
        public long[] PreviousInBand { get; set; } = [];
    }

    private readonly record struct Fingerprint(ulong Exact, int Shingles, uint[] Signature);
}
