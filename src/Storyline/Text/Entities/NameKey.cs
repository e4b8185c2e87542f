using System.Globalization;
using System.Text;

namespace Storyline.Text.Entities;

/// <summary>Transliteration-aware keys for name words: folds the spelling differences romanisations produce.</summary>
/// <remarks>
/// The fold strips diacritics and case, collapses doubled letters and maps equivalent spellings
/// onto one (oe/oi/oy → o, ee/ui/ie/ey and a final y → i, oo/ou → u, ph → f, kh/gh/dh → k/g/d,
/// q → k, tch/tsch → ch, zh → j, eo → o, eu → u, a final eh/ah → a, and k/g/q at the start of a word
/// onto one sound). Two words are variants when their consonant skeletons agree and their folded forms
/// differ by at most a vowel or so, or when <see cref="NameVariants"/> lists them as one name.
/// </remarks>
public static class NameKey
{
    private static readonly string[] Particles = ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"];

    /// <summary>Lower case, no diacritics, no apostrophes; letters and digits only.</summary>
    public static string Plain(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>The folded spelling of one name word.</summary>
    public static string Fold(string word)
    {
        var plain = Plain(StripParticle(word));
        if (plain.Length == 0)
        {
            return plain;
        }
        var s = plain;
        // Final "-eh" and "-ah" are one vowel in Persian and Arabic names (Haniyeh, Haniya; Fatemeh, Fatima).
        if (s.Length > 4 && s[^1] == 'h' && s[^2] is 'e' or 'a')
        {
            s = s[..^2] + "a";
        }
        s = s.Replace("tsch", "ch", StringComparison.Ordinal)
            .Replace("tch", "ch", StringComparison.Ordinal)
            .Replace("zh", "j", StringComparison.Ordinal)
            .Replace("ph", "f", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal)
            .Replace("gh", "g", StringComparison.Ordinal)
            .Replace("dh", "d", StringComparison.Ordinal)
            .Replace("ck", "k", StringComparison.Ordinal)
            .Replace("q", "k", StringComparison.Ordinal)
            .Replace("x", "ks", StringComparison.Ordinal);
        s = RomanisationVariants(s);
        // Korean "eo" and "eu" are one vowel that older romanisation writes "o" and "u" (Jeong, Jong; Geun, Kun).
        s = s.Replace("eo", "o", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal);
        // Long vowels first: once doubles collapse, "ee" and "oo" would be lost.
        s = s.Replace("ee", "i", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal);
        s = CollapseDoubles(s);
        s = s.Replace("oe", "o", StringComparison.Ordinal)
            .Replace("oi", "o", StringComparison.Ordinal)
            .Replace("oy", "o", StringComparison.Ordinal)
            .Replace("ou", "u", StringComparison.Ordinal)
            .Replace("ui", "i", StringComparison.Ordinal)
            .Replace("ey", "i", StringComparison.Ordinal)
            .Replace("iy", "i", StringComparison.Ordinal)
            .Replace("ie", "i", StringComparison.Ordinal);
        if (s.Length > 1 && s[^1] == 'y')
        {
            s = s[..^1] + "i";
        }
        if (s.Length > 2 && s[0] == 'h' && s[1] is 'r' or 'l')
        {
            // Ukrainian "h" is Russian "g" before a consonant: Hrytsenko, Gritsenko; Hlukhiv, Glukhov.
            s = "g" + s[1..];
        }
        if (s[0] is 'g' or 'q')
        {
            s = "k" + s[1..];
        }
        if (s[0] == 'w')
        {
            s = "v" + s[1..];
        }
        return CollapseDoubles(s);
    }

    /// <summary>
    /// Spellings that older or other romanisations write differently: "ch" before a consonant is
    /// "h" (Rachmat, Rahmat), "j" between vowels or after "n" is "y" (Hidajat, Hidayat; Benjamin,
    /// Binyamin), an "r" closing a syllable inside a word is silent in British-based romanisation
    /// (Park, Pak), and "ow" closing a syllable is "ou" (Rowhani, Rouhani).
    /// </summary>
    private static string RomanisationVariants(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var previous = i > 0 ? s[i - 1] : '\0';
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c == 'c' && next == 'h' && i + 2 < s.Length && !IsVowel(s[i + 2]))
            {
                continue;
            }
            if (c == 'j' && (IsVowel(previous) || previous == 'n') && IsVowel(next))
            {
                builder.Append('y');
                continue;
            }
            if (c == 'r' && i > 0 && IsVowel(previous) && next != '\0' && !IsVowel(next) && s.Length > 3)
            {
                continue;
            }
            if (c == 'o' && next == 'w' && (i + 2 == s.Length || !IsVowel(s[i + 2])))
            {
                builder.Append('u');
                i++;
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The consonant skeleton of a folded word: its first letter (any vowel as 'a'), then its consonants.</summary>
    public static string Skeleton(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length == 0)
        {
            return folded;
        }
        var builder = new StringBuilder(folded.Length);
        builder.Append(IsVowel(folded[0]) ? 'a' : folded[0]);
        for (var i = 1; i < folded.Length; i++)
        {
            if (!IsVowel(folded[i]))
            {
                builder.Append(folded[i]);
            }
        }
        return builder.ToString();
    }

    /// <summary>True when two name words are spelling or transliteration variants of each other.</summary>
    /// <remarks>
    /// A word that looks like a German or French transliteration of a Russian, Ukrainian or Persian name is also
    /// compared as English would write it (see <see cref="Respellings(string)"/>).
    /// </remarks>
    public static bool SameWord(string a, string b) => SameWord(a, b, Transliteration.None);

    /// <summary>
    /// True when two name words are spelling or transliteration variants of each other, each also respelled as though
    /// it were written in <paramref name="alsoFrom"/>: the other words of a name may show what one word does not
    /// ("Sergej Schoigu": "Sergej" is German for a Russian name, so "Schoigu" is read as German too, and is "Shoigu").
    /// </summary>
    public static bool SameWord(string a, string b, Transliteration alsoFrom)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (SameSpelling(a, b))
        {
            return true;
        }
        foreach (var respelled in Respellings(a, alsoFrom))
        {
            if (SameRespelling(respelled, b))
            {
                return true;
            }
        }
        foreach (var respelled in Respellings(b, alsoFrom))
        {
            if (SameRespelling(a, respelled))
            {
                return true;
            }
        }
        return false;
    }

    // A respelled word is a guess, so it must come closer than a spelling variant: the same folded form, or one vowel
    // apart in a longer word (Gorbachov, Gorbachev). The looser test would take "Khina" for "Ghana".
    private static bool SameRespelling(string a, string b)
    {
        var (fa, fb) = (Fold(a), Fold(b));
        if (fa == fb)
        {
            return true;
        }
        // As for spellings, a different closing vowel is a different name (Selenskyj, Selenska); and a short skeleton
        // or another first letter would let a vowel join names that only look alike (Kali, Keli; Yustin, Austin).
        var sameEnd = fa[^1] == fb[^1] || !(IsVowel(fa[^1]) || IsVowel(fb[^1]));
        var skeleton = Skeleton(fa);
        return sameEnd && fa[0] == fb[0] && skeleton.Length >= 4 && Math.Min(a.Length, b.Length) >= 6 && skeleton == Skeleton(fb) && Distance(fa, fb) <= 1;
    }

    /// <summary>
    /// How English would write a name word that German or French spelled: the German "Selenskyj", "Gorbatschow",
    /// "Chruschtschow", "Jelzin" are "Zelenskyy", "Gorbachov", "Khrushchov", "Yeltsin"; the French "Poutine",
    /// "Khrouchtchev", "Sergueï" are "Putin", "Khrushchev", "Sergei". Empty for a word with none of the spellings
    /// that mark those transliterations, so an English name is left alone.
    /// </summary>
    public static IReadOnlyList<string> Respellings(string word) => Respellings(word, Transliteration.None);

    /// <summary>As <see cref="Respellings(string)"/>, also respelling the word as written in <paramref name="alsoFrom"/> whatever its own spelling shows.</summary>
    public static IReadOnlyList<string> Respellings(string word, Transliteration alsoFrom)
    {
        ArgumentNullException.ThrowIfNull(word);
        var plain = Plain(word);
        if (plain.Length < 4)
        {
            return [];
        }
        var from = TransliterationOf(plain, word) | alsoFrom;
        var found = new List<string>(4);
        if (from.HasFlag(Transliteration.German))
        {
            foreach (var respelled in FromGerman(plain))
            {
                Add(found, respelled, plain);
                // German writes the voiced "s" before a vowel where English writes "z" (Selenskyj, Ramsan).
                Add(found, VoicedS(respelled), plain);
            }
        }
        if (from.HasFlag(Transliteration.French))
        {
            Add(found, FromFrench(plain), plain);
        }
        return found;

        static void Add(List<string> found, string respelled, string plain)
        {
            if (respelled != plain && !found.Contains(respelled))
            {
                found.Add(respelled);
            }
        }
    }

    /// <summary>Which transliterations a name word's spelling shows: German "Selenskyj", French "Poutine", or none ("Putin", "Fischer").</summary>
    public static Transliteration TransliterationOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var plain = Plain(word);
        return plain.Length < 4 ? Transliteration.None : TransliterationOf(plain, word);
    }

    private static Transliteration TransliterationOf(string plain, string word) =>
        (LooksGermanTransliterated(plain) ? Transliteration.German : Transliteration.None)
        | (LooksFrenchTransliterated(plain, word) ? Transliteration.French : Transliteration.None);

    // A German spelling that English writes otherwise ("sch", "w" or "z" inside a word, "j" but not in a short or "ji-"
    // opening, which are Korean and Chinese: Jang, Jiang), in a word that also looks Slavic: "tsch", a "y" inside, or a
    // Slavic ending (Lukaschenko, Nawalny, Jelzin, Sergej; not Schumer, Fischer, Busch, Edward, which English writes alike).
    // An "s" opening the word before a vowel counts as German too (Selenska). Also a longer word opening "cha" or "cho"
    // and closing in "i", where German writes the "kh" of Persian names (Chamenei, Chomeini; not Charlie).
    private static bool LooksGermanTransliterated(string plain)
    {
        var slavic = plain.Contains("tsch", StringComparison.Ordinal) || plain.IndexOf('y', 1) > 0 || SlavicEndings.Any(e => plain.EndsWith(e, StringComparison.Ordinal));
        var german = plain.Contains("sch", StringComparison.Ordinal) || plain.IndexOf('w', 1) > 0 || plain.IndexOf('z', 1) > 0 || plain.IndexOf('j', 1) > 0
            || (plain[0] == 'j' && plain.Length >= 5 && plain[1] is 'e' or 'u' or 'a') || (plain[0] == 's' && IsVowel(plain[1]));
        return (slavic && german) || (plain.Length >= 7 && plain.StartsWith("ch", StringComparison.Ordinal) && plain[2] is 'a' or 'o' && plain[^1] == 'i');
    }

    private static readonly string[] SlavicEndings = ["ow", "ew", "owa", "ewa", "enko", "uk", "ak", "ko", "in", "ij", "ej", "ski", "ska"];

    private static IEnumerable<string> FromGerman(string plain)
    {
        // German "z" inside a word is English "ts" (Jelzin, Hryzenko).
        var s = plain[0] + plain[1..].Replace("z", "ts", StringComparison.Ordinal);
        // "schtsch" and "tsch" are English "shch" and "ch"; held apart while the other "ch" become "kh" (Michail, Chamenei).
        s = s.Replace("schtsch", "sh\u0001", StringComparison.Ordinal).Replace("tsch", "\u0001", StringComparison.Ordinal);
        s = s.Replace('w', 'v');
        s = GermanJ(s);
        // "sch" is both English "sh" (Lukaschenko) and "zh" (Breschnew, Prigoschin).
        var spellings = s.Contains("sch", StringComparison.Ordinal)
            ? new[] { s.Replace("sch", "sh", StringComparison.Ordinal), s.Replace("sch", "zh", StringComparison.Ordinal) }
            : [s];
        return spellings.Select(x => x.Replace("ch", "kh", StringComparison.Ordinal).Replace("\u0001", "ch", StringComparison.Ordinal));
    }

    // German "j" is English "y" (Jermak, Sergej, Selenskyj, Julija), except in a short or "ji-" opening.
    private static string GermanJ(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'j' && (i > 0 || (chars.Length >= 5 && chars[1] is 'e' or 'u' or 'a')))
            {
                chars[i] = 'y';
            }
        }
        return new string(chars);
    }

    // An "s" before a vowel, not after another "s" or a "t" (Selenskyj, Ramsan; not Lukashenko's "sh", not "ts").
    private static string VoicedS(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i + 1 < chars.Length; i++)
        {
            if (chars[i] == 's' && IsVowel(chars[i + 1]) && (i == 0 || chars[i - 1] is not ('s' or 't')))
            {
                chars[i] = 'z';
            }
        }
        return new string(chars);
    }

    // "ou" or a diaeresis (Sergueï, Choïgou, Khrouchtchev), or a closing "-ine" after a "j", "ts" or "kh" (Prigojine,
    // Eltsine) or on a word with "ou" (Poutine): not Justine, Caroline, which are names of their own. Also "-andre".
    private static bool LooksFrenchTransliterated(string plain, string word) =>
        plain.Contains("ou", StringComparison.Ordinal) || word.Contains('ï', StringComparison.Ordinal) || word.Contains('ë', StringComparison.Ordinal)
        || plain.EndsWith("andre", StringComparison.Ordinal) || (ClosingIne(plain) && (plain.IndexOf('j', 1) > 0 || plain.Contains("ts", StringComparison.Ordinal) || plain.Contains("kh", StringComparison.Ordinal)));

    private static bool ClosingIne(string plain) => plain.Length >= 6 && plain.EndsWith("ine", StringComparison.Ordinal);

    private static string FromFrench(string plain)
    {
        // French "ch" is English "sh" (Khrouchtchev, Michoustine); its "tch" is English "ch", held apart meanwhile.
        var s = plain.Replace("tch", "\u0001", StringComparison.Ordinal).Replace("ch", "sh", StringComparison.Ordinal).Replace("\u0001", "ch", StringComparison.Ordinal);
        s = s.Replace("ou", "u", StringComparison.Ordinal).Replace("gue", "ge", StringComparison.Ordinal).Replace("gui", "gi", StringComparison.Ordinal);
        if (s.StartsWith("iu", StringComparison.Ordinal) || s.StartsWith("ia", StringComparison.Ordinal) || s.StartsWith("io", StringComparison.Ordinal))
        {
            // Iouchtchenko, Ianoukovitch: Yushchenko, Yanukovych.
            s = "y" + s[1..];
        }
        // A closing "-ine" keeps a French reader from saying "-in" as a nasal vowel: Poutine, Michoustine are Putin, Mishustin.
        if (ClosingIne(s))
        {
            return s[..^1];
        }
        return s.EndsWith("andre", StringComparison.Ordinal) ? s[..^2] + "er" : s;
    }

    // The spelling comparison of SameWord, without respellings.
    private static bool SameSpelling(string a, string b)
    {
        var (fa, fb) = (Fold(a), Fold(b));
        if (fa.Length == 0 || fb.Length == 0)
        {
            return false;
        }
        if (fa == fb || NameVariants.SameGroup(Plain(a), Plain(b)))
        {
            return true;
        }
        if (Skeleton(fa) != Skeleton(fb))
        {
            return false;
        }
        // A different closing vowel is a different name (Maria, Mario), even with the same consonants.
        if ((IsVowel(fa[^1]) || IsVowel(fb[^1])) && fa[^1] != fb[^1])
        {
            return false;
        }
        // The consonants agree, so the edits are vowels: longer names may differ in two (Yahya, Yehia).
        var shorter = Math.Min(fa.Length, fb.Length);
        return Distance(fa, fb) <= (shorter >= 5 ? Math.Max(2, shorter / 3) : 1);
    }

    private static string StripParticle(string word)
    {
        foreach (var particle in Particles)
        {
            if (word.Length > particle.Length + 2 && word.StartsWith(particle, StringComparison.OrdinalIgnoreCase))
            {
                return word[particle.Length..];
            }
        }
        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string CollapseDoubles(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

/// <summary>The transliterations of Russian, Ukrainian and Persian names that a spelling may come from.</summary>
[Flags]
public enum Transliteration
{
    /// <summary>As English writes it, or no telling.</summary>
    None = 0,

    /// <summary>German: "Selenskyj", "Gorbatschow", "Jelzin".</summary>
    German = 1,

    /// <summary>French: "Poutine", "Khrouchtchev", "Sergueï".</summary>
    French = 2,
}
