namespace Storyline.Text.Entities;

/// <summary>Compares Chinese names written in pinyin ("Deng Xiaoping") and in Wade–Giles ("Teng Hsiao-p'ing").</summary>
/// <remarks>
/// Wade–Giles, still used for older and Taiwanese names, spells the same syllables with other letters: its "ch"
/// is pinyin "zh", "j" or "q", its "hs" is "x", its "ts"/"tz" are "z" or "c", and it marks aspiration with an
/// apostrophe that is often dropped ("t'ung", "tung" for "tong"). Each syllable is read into a key that keeps what
/// both systems distinguish (the place of the opening sound and the final) and drops what only one writes
/// (aspiration, voicing). Names compare by their keys only when one of them shows Wade–Giles spelling, so two pinyin
/// names keep every letter's difference ("Zhu" is not "Chu").
/// </remarks>
internal static class ChineseNames
{
    // The finals of pinyin syllables (ü written u).
    private static readonly HashSet<string> PinyinFinals = new(StringComparer.Ordinal)
    {
        "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia", "ie", "iao", "iu", "ian",
        "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue",
    };

    // Wade–Giles finals that pinyin spells otherwise, and the pinyin spelling.
    private static readonly (string WadeGiles, string Pinyin)[] Finals =
    [
        ("iung", "iong"), ("ung", "ong"), ("ieh", "ie"), ("ueh", "ue"), ("ien", "ian"), ("uei", "ui"), ("erh", "er"),
        ("ih", "i"), ("eh", "e"),
    ];

    // Openings, longest first, and the class both systems share.
    private static readonly (string Spelling, string Class)[] Initials =
    [
        ("tz'", "z"), ("ts'", "z"), ("ch'", "j"), ("k'", "g"), ("p'", "b"), ("t'", "d"),
        ("tz", "z"), ("ts", "z"), ("ch", "j"), ("zh", "j"), ("sh", "sh"), ("hs", "x"), ("ss", "s"), ("sz", "s"),
        ("b", "b"), ("p", "b"), ("m", "m"), ("f", "f"), ("d", "d"), ("t", "d"), ("n", "n"), ("l", "l"), ("g", "g"),
        ("k", "g"), ("h", "h"), ("j", "j"), ("q", "j"), ("x", "x"), ("r", "r"), ("z", "z"), ("c", "z"), ("s", "s"),
        ("y", "y"), ("w", "w"),
    ];

    /// <summary>True when both are Chinese names, one of them in Wade–Giles, that spell the same syllables.</summary>
    public static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (!LooksWadeGiles(a) && !LooksWadeGiles(b))
        {
            return false;
        }
        var (ka, kb) = (Keys(a), Keys(b));
        return ka.Count > 0 && kb.Count > 0 && ka.Overlaps(kb);
    }

    // A given name in hyphenated syllables, an aspiration mark or a spelling pinyin has no place for.
    private static bool LooksWadeGiles(IReadOnlyList<string> words) =>
        words.Any(w => w.Contains('\'', StringComparison.Ordinal) || w.Contains('’', StringComparison.Ordinal)
            || w.StartsWith("hs", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ts", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("tz", StringComparison.OrdinalIgnoreCase)
            || Finals.Any(f => w.EndsWith(f.WadeGiles, StringComparison.OrdinalIgnoreCase)))
        || (words.Count == 3 && char.IsLower(words[2][0]));

    // Every reading of the name as a one-syllable family name and one or two given-name syllables, as key strings.
    private static HashSet<string> Keys(IReadOnlyList<string> words)
    {
        var readings = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count is < 2 or > 3 || Syllable(words[0]) is not { } family)
        {
            return readings;
        }
        if (words.Count == 3)
        {
            if (Syllable(words[1]) is { } first && Syllable(words[2]) is { } second)
            {
                readings.Add($"{family}|{first}|{second}");
            }
            return readings;
        }
        var given = words[1];
        if (Syllable(given) is { } one)
        {
            readings.Add($"{family}|{one}");
        }
        for (var split = 1; split < given.Length; split++)
        {
            if (Syllable(given[..split]) is { } first && Syllable(given[split..]) is { } second)
            {
                readings.Add($"{family}|{first}|{second}");
            }
        }
        return readings;
    }

    // The key of one syllable in either system, or null when it is not one.
    private static string? Syllable(string text)
    {
        // Lower case without diacritics ("ü" is "u"), keeping the aspiration mark.
        var s = new string(text.ToLowerInvariant().Replace('’', '\'').Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => (char.IsLetter(c) && c < 128) || c == '\'').ToArray());
        foreach (var (spelling, group) in Initials.Append(("", "")))
        {
            if (!s.StartsWith(spelling, StringComparison.Ordinal))
            {
                continue;
            }
            var final = s[spelling.Length..];
            foreach (var (wadeGiles, pinyin) in Finals)
            {
                if (final.EndsWith(wadeGiles, StringComparison.Ordinal))
                {
                    final = final[..^wadeGiles.Length] + pinyin;
                    break;
                }
            }
            // Wade–Giles "tzu", "ssu": the pinyin "zi", "si".
            if (final == "u" && spelling is "tz" or "tz'" or "ss" or "sz")
            {
                final = "i";
            }
            if (!PinyinFinals.Contains(final))
            {
                return null;
            }
            // Wade–Giles writes pinyin's lone "e" as "o" after some openings ("ko" is "ge").
            return group + (final == "o" ? "e" : final);
        }
        return null;
    }
}
