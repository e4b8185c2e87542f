using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Text.Sentences;

/// <summary>One sentence of a text, with where it lies.</summary>
/// <param name="Index">Position of the sentence in the text, from 0.</param>
/// <param name="Start">Offset of its first character in the text.</param>
public sealed record Sentence(int Index, int Start, string Text)
{
    public int End => Start + Text.Length;
}

/// <summary>A rule-based English sentence splitter that knows common abbreviations and initials.</summary>
/// <remarks>
/// Line breaks always end a sentence: bodies keep one paragraph (or one dump line) per line. So does a capitalised
/// article or pronoun before a lower-case word straight after a word with no stop ("... in Nice A man lies ...",
/// "Image caption The crash ..."): that is where a caption or a credit was glued to the sentence after it when the page
/// lost its line breaks; prose writes "The" and "A" in capitals mid-sentence only before a name.
/// </remarks>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt", "prof",
        "inc", "corp", "ltd", "co", "vs", "etc", "no", "nos", "fig", "mt", "ft", "rev", "hon", "pres", "adm", "cmdr", "supt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "approx", "est", "dept", "univ", "al",
        // German: "1,7 Mrd. Euro", "Nr. 5", "z. B." read as "z.b".
        "mrd", "mio", "nr", "bzw", "vgl", "evtl", "inkl", "z.b", "u.a", "d.h",
    };

    /// <summary>Splits <paramref name="text"/> into trimmed, non-empty sentences.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (c is '。' or '！' or '？')
            {
                // Chinese and Japanese end a sentence with a full-width mark and no space after it.
                var close = i + 1;
                while (close < text.Length && text[close] is '」' or '』' or '”' or '’' or '）')
                {
                    close++;
                }
                Add(sentences, text, start, close);
                start = close;
                i = close - 1;
                continue;
            }
            if (c == ' ' && GluedStart(text, i) is var glued and > 0)
            {
                Add(sentences, text, start, i);
                start = glued;
                i = glued - 1;
                continue;
            }
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '”' or '’' or ')' or ']' or '.' or '!' or '?')
            {
                end++;
            }
            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue;
            }
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }
            if (next < text.Length && !StartsSentence(text[next]))
            {
                continue;
            }
            if (c == '.' && (IsAbbreviation(text, i) || IsOrdinalBeforeMonth(text, i, next) || IsInitialsBeforeName(text, i, next)))
            {
                continue;
            }
            if (c == '.' && next < text.Length && text[next] == '(' && WireCredit().IsMatch(text.AsSpan(next)))
            {
                continue; // "COLUMBIA, S.C. (AP) — About a dozen ...": a dateline's state and the agency's credit, not a sentence's end
            }
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>Words that open a sentence and are written in capitals mid-sentence only in names and titles.</summary>
    private static readonly string[] Openers = ["The", "A", "An", "This", "He", "She", "They"];

    /// <summary>Labels a capital letter follows as a name ("Plan A", "Type A", "Vitamin A", "Cassiopeia A").</summary>
    private static readonly HashSet<string> LetterLabels = new(StringComparer.Ordinal)
    {
        "Plan", "Type", "Vitamin", "Hepatitis", "Group", "Grade", "Class", "Category", "Exhibit", "Section", "Part", "Series",
        "Block", "Level", "Phase", "Terminal", "Gate", "Building", "Wing", "Division", "League", "Pool", "Cassiopeia", "Sagittarius",
        "Formula", "Serie", "Square", "Platform", "Track", "Route", "Model", "Size", "Option", "Figure", "Table", "Appendix",
    };

    // Where a sentence glued to the one before starts, after the space at `space`; 0 when none does.
    private static int GluedStart(string text, int space)
    {
        if (space == 0 || !(char.IsLetterOrDigit(text[space - 1]) || (text[space - 1] == ')' && space >= 2 && text[space - 2] != '.')))
        {
            return 0;
        }
        var at = space + 1;
        foreach (var opener in Openers)
        {
            var after = at + opener.Length;
            if (after + 1 < text.Length && string.CompareOrdinal(text, at, opener, 0, opener.Length) == 0
                && text[after] == ' ' && char.IsLower(text[after + 1]))
            {
                if (opener == "A" && LetterLabels.Contains(WordBefore(text, space)))
                {
                    return 0;
                }
                return at;
            }
        }
        return 0;
    }

    private static string WordBefore(string text, int space)
    {
        var begin = space;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }
        return text[begin..space];
    }

    // The run of letters that starts at `start` (empty when none does).
    private static string WordAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    // A capital, or a letter of a script without capitals (Korean, Arabic, Hindi...): only a lower-case word continues one.
    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter
        || c is '"' or '“' or '\'' or '‘' or '(' or '[' or '\n' or '\r' or '-' or '—';

    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }
        var word = text[begin..dot];
        if (word.Length == 0)
        {
            return false;
        }
        // A single capital letter is an initial ("John F. Kennedy"), not the end of a sentence.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        return Abbreviations.Contains(word);
    }

    /// <summary>Words that open a sentence and stand after initials only when the initials end the sentence before.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "There", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "In", "On", "At", "But", "And", "Or", "As", "After", "Before", "When", "While",
        "If", "For", "So", "Yet", "Then", "Since", "By", "With", "Now", "However", "Meanwhile", "Also", "Last", "Earlier",
        "Later", "According", "What", "Why", "How", "Who", "Where",
    };

    // Two or three initials before a name ("T.J. Watt", "H.R. McMaster", "J.R.R. Tolkien") go on; before a word that
    // opens sentences ("... for J.T. On Friday, ...", "... with the F.A.A. There is ...") they end one.
    private static bool IsInitialsBeforeName(string text, int dot, int next)
    {
        var initials = 0;
        for (var at = dot; at >= 1 && text[at] == '.' && char.IsUpper(text[at - 1]); at -= 2)
        {
            initials++;
            if (at >= 2 && text[at - 2] != '.')
            {
                if (char.IsLetterOrDigit(text[at - 2]))
                {
                    return false; // a capital that ends a longer word ("USA.", "NATO."), not an initial
                }
                break;
            }
        }
        if (initials is < 2 or > 3)
        {
            return false;
        }
        var word = WordAfter(text, next);
        return word.Length > 1 && char.IsUpper(word[0]) && !SentenceOpeners.Contains(word);
    }

    // German writes a day of the month with a dot: "am 19. Juli" goes on, it does not end a sentence.
    private static bool IsOrdinalBeforeMonth(string text, int dot, int next)
    {
        var digits = 0;
        while (dot - digits > 0 && char.IsAsciiDigit(text[dot - digits - 1]))
        {
            digits++;
        }
        if (digits is < 1 or > 2 || (dot - digits > 0 && char.IsLetterOrDigit(text[dot - digits - 1])))
        {
            return false;
        }
        var word = WordAfter(text, next);
        return word.Length > 0 && Dates.MonthNames.IsMonth(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, text[start..end]));
        }
    }

    // An agency's credit in a dateline, then its dash: "(AP) — ", "(Reuters) - ".
    [GeneratedRegex(@"^\([\p{L} ]{2,30}\)\s*[-–—]")]
    private static partial Regex WireCredit();
}
