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
    public static bool SameWord(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
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
