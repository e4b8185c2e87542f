using System.Text.RegularExpressions;
using Storyline.Text.Sentences;

namespace Storyline.Text.Entities;

/// <summary>Finds the people, organisations and places named in English text.</summary>
/// <remarks>
/// Works from capitalisation and context: runs of capitalised words (with "of", "de", "bin"...
/// inside), split at titles ("Russian President Vladimir Putin" → Russia, then the person Vladimir
/// Putin), typed by the gazetteer, by organisation and place head words ("... News Agency",
/// "... Peninsula"), by titles before a name, and by the lower-case word before it ("the newspaper
/// Rodong Sinmun", "in Moscow"). Sentences that are mostly capitalised (headline lists, menus) are
/// skipped. Thread-safe.
/// </remarks>
public static partial class MentionFinder
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{Nd}]*(?:[-'’][\p{L}\p{M}\p{Nd}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"['’](?:m|re|ve|ll|d|t)$|n['’]t$", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    private sealed record Token(string Text, int Start, int End)
    {
        public bool Capitalised => char.IsUpper(Text[0]);
        public string Bare => StripPossessive(Text);
        public bool Possessive => Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>The mentions in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<Mention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Mention>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            found.AddRange(FindIn(sentence));
        }
        return found;
    }

    /// <summary>The mentions in one sentence; offsets are in the sentence's text.</summary>
    public static IReadOnlyList<Mention> FindIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var tokens = WordPattern().Matches(text).Select(m => new Token(m.Value, m.Index, m.Index + m.Length)).ToList();
        var found = new List<Mention>();
        if (tokens.Count == 0 || LooksLikeHeadlineCase(text, tokens))
        {
            return found;
        }
        var i = 0;
        while (i < tokens.Count)
        {
            if (!StartsName(tokens[i]))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < tokens.Count && Continues(text, tokens, end))
            {
                end++;
            }
            // A run never ends on a connector ("Ministry of").
            while (end - 1 > i && !tokens[end - 1].Capitalised)
            {
                end--;
            }
            var before = i > 0 && OnlySpaceBetween(text, tokens[i - 1], tokens[i]) ? tokens[i - 1].Text : null;
            var after = end < tokens.Count && OnlySpaceBetween(text, tokens[end - 1], tokens[end]) && !tokens[end].Capitalised ? tokens[end].Text : null;
            Classify(sentence, tokens.GetRange(i, end - i), before, after, found);
            i = end;
        }
        LinkBracketedAcronyms(sentence, found);
        return found;
    }

    private static bool StartsName(Token token)
    {
        if (!token.Capitalised)
        {
            return false;
        }
        if (NameCues.NotNames.Contains(token.Bare) || Contraction().IsMatch(token.Bare))
        {
            // Contractions ("I'm", "Don't") open sentences; they are not names.
            return false;
        }
        if (token.Text.Length > 5 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // Shouted words are datelines and menu labels: only a known place survives ("JAKARTA -").
            return Gazetteer.Lookup(TitleCase(token.Text)) is not null;
        }
        return true;
    }

    private static bool Continues(string text, List<Token> tokens, int index)
    {
        var previous = tokens[index - 1];
        var token = tokens[index];
        if (previous.Possessive && !IsCollectivePossessive(previous.Bare))
        {
            return false;
        }
        if (!OnlySpaceBetween(text, previous, token))
        {
            return false;
        }
        if (token.Capitalised)
        {
            return !NameCues.NotNames.Contains(token.Bare) || NameCues.Titles.Contains(token.Bare);
        }
        if (!NameCues.Connectors.Contains(token.Text))
        {
            return false;
        }
        // A connector joins only when a capitalised word follows ("Republic of Korea", "Republic of the Philippines").
        var next = index + 1;
        if (token.Text == "the" && !(previous.Text is "of" or "for"))
        {
            return false;
        }
        return next < tokens.Count && OnlySpaceBetween(text, token, tokens[next]) && (tokens[next].Capitalised || tokens[next].Text == "the");
    }

    private static void Classify(Sentence sentence, List<Token> run, string? before, string? after, List<Mention> found)
    {
        var words = run.Select(t => t.Text).ToList();
        var whole = Join(sentence.Text, run);
        if (run.Count == 1 && run[0].Text.Length > 5 && Gazetteer.Lookup(TitleCase(run[0].Text)) is { } shouted)
        {
            found.Add(Known(sentence, run[0].Start, run[0].Bare, shouted));
            return;
        }
        if (Gazetteer.Lookup(whole) is { } entry)
        {
            found.Add(Known(sentence, run[0].Start, whole, entry));
            return;
        }
        if (AliasMatcher.LooksLikeOrganization(whole) && !NameCues.Titles.Contains(run[0].Bare))
        {
            var inner = Gazetteer.LongestMatch(words, 0, out var place);
            if (inner > 0 && inner < run.Count && place is not null)
            {
                found.Add(Known(sentence, run[0].Start, Join(sentence.Text, run.GetRange(0, inner)), place));
            }
            found.Add(new Mention(whole, EntityType.Organization, sentence.Start + run[0].Start, sentence.Index));
            return;
        }

        var title = new List<string>();
        var name = new List<Token>();
        var first = true;
        for (var i = 0; i < run.Count;)
        {
            if (name.Count == 0 && Gazetteer.LongestMatch(words, i, out var known) is > 0 and var length && known is not null)
            {
                found.Add(Known(sentence, run[i].Start, Join(sentence.Text, run.GetRange(i, length)), known));
                i += length;
                first = false;
                title.Clear();
                continue;
            }
            if (NameCues.Titles.Contains(run[i].Bare.TrimEnd('.')))
            {
                if (name.Count > 0)
                {
                    Flush(sentence, name, title, first ? before : null, null, found);
                    first = false;
                }
                title.Add(run[i].Bare);
                i++;
                continue;
            }
            if (!run[i].Capitalised && name.Count == 0)
            {
                i++;
                continue;
            }
            name.Add(run[i]);
            i++;
        }
        Flush(sentence, name, title, first ? before : null, after, found);
    }

    private static void Flush(Sentence sentence, List<Token> name, List<string> title, string? before, string? after, List<Mention> found)
    {
        while (name.Count > 0 && !name[^1].Capitalised)
        {
            name.RemoveAt(name.Count - 1);
        }
        if (name.Count == 0)
        {
            return;
        }
        var text = Join(sentence.Text, name);
        var type = Type(name, title, before, after, text);
        found.Add(new Mention(text, type, sentence.Start + name[0].Start, sentence.Index)
        {
            Title = title.Count > 0 ? string.Join(' ', title) : null,
        });
        name.Clear();
        title.Clear();
    }

    private static EntityType Type(List<Token> name, List<string> title, string? before, string? after, string text)
    {
        if (AliasMatcher.LooksLikeOrganization(text))
        {
            return EntityType.Organization;
        }
        if (title.Count > 0)
        {
            return EntityType.Person;
        }
        if (name.Count == 1 && Gazetteer.IsAbbreviation(name[0].Bare))
        {
            return EntityType.Organization;
        }
        if ((before is not null && NameCues.OrganizationContext.Contains(before)) || (after is not null && NameCues.OrganizationFollowers.Contains(after)))
        {
            return EntityType.Organization;
        }
        if (NameCues.PlaceHeads.Contains(name[^1].Bare))
        {
            return EntityType.Place;
        }
        if (name.Count >= 2 && name.Count <= 4 && !text.Contains(" of ", StringComparison.Ordinal))
        {
            return EntityType.Person;
        }
        if (name.Count == 1 && before is not null && NameCues.PlaceContext.Contains(before))
        {
            return EntityType.Place;
        }
        return EntityType.Other;
    }

    private static Mention Known(Sentence sentence, int start, string text, GazetteerEntry entry) =>
        new(StripPossessive(text), entry.Type, sentence.Start + start, sentence.Index) { Known = entry.Name };

    private static void LinkBracketedAcronyms(Sentence sentence, List<Mention> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            var acronym = found[i];
            if (!Gazetteer.IsAbbreviation(acronym.Text) || acronym.Known is not null)
            {
                continue;
            }
            var previous = found[i - 1];
            var gapStart = previous.Start + previous.Length - sentence.Start;
            var gapEnd = acronym.Start - sentence.Start;
            if (gapStart >= 0 && gapEnd > gapStart && sentence.Text[gapStart..gapEnd].Trim() is "(" or "’s (" or "'s (")
            {
                found[i] = acronym with { Type = EntityType.Organization, Expansion = previous.Text };
            }
        }
    }

    private static bool OnlySpaceBetween(string text, Token a, Token b)
    {
        for (var i = a.End; i < b.Start; i++)
        {
            if (text[i] is not (' ' or '\u00A0'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Headline case ("Rosé Set To Steal The Show"): capitalised function words, or nothing but capitals and no full stop.</summary>
    private static bool LooksLikeHeadlineCase(string text, List<Token> tokens)
    {
        if (tokens.Count < 4)
        {
            return false;
        }
        var capitalised = tokens.Count(t => t.Capitalised);
        var functionWords = tokens.Skip(1).Count(t => t.Capitalised && HeadlineFunctionWords.Contains(t.Text));
        var closed = text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('"') || text.TrimEnd().EndsWith('”');
        return (functionWords > 0 && capitalised * 10 > tokens.Count * 6) || (!closed && capitalised * 10 > tokens.Count * 7);
    }

    private static readonly HashSet<string> HeadlineFunctionWords = new(StringComparer.Ordinal)
    {
        "To", "The", "And", "In", "On", "At", "For", "With", "A", "An", "Is", "Are", "By", "From", "As", "Its", "Into", "Over",
    };

    private static bool IsCollectivePossessive(string word) =>
        word.Equals("People", StringComparison.Ordinal) || word.Equals("Children", StringComparison.Ordinal)
        || word.Equals("Women", StringComparison.Ordinal) || word.Equals("Workers", StringComparison.Ordinal);

    private static string Join(string text, List<Token> run) => text[run[0].Start..run[^1].End] is var span ? StripPossessive(span) : "";

    private static string TitleCase(string word) => word.Length == 0 ? word : word[0] + word[1..].ToLowerInvariant();

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
