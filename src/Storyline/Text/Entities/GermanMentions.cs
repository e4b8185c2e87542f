using System.Text.RegularExpressions;
using Lucene.Net.Analysis.De;
using Storyline.Text.Sentences;

namespace Storyline.Text.Entities;

/// <summary>Finds the people, organisations and places named in German text.</summary>
/// <remarks>
/// German capitalises every noun, so the capitalisation that marks a name in English marks nothing here: "Nach Angaben
/// der Deutschen Bahn" is one noun phrase with one name in it. Names are found from cues instead:
/// <list type="bullet">
/// <item>the gazetteer, with German names and the genitive "-s" ("Russlands");</item>
/// <item>abbreviations ("CDU", the "BPG" of "BPG-Chef");</item>
/// <item>an office or occupation before a person's name, alone or ending a compound ("Bahnchef", "Außenministerin"),
/// also with the name set off by commas ("Der Bürgermeister von Dresden, Thomas Keller,");</item>
/// <item>a verb of saying before a full name ("sagte Markus Feldmann");</item>
/// <item>a kind of body or place before its name ("die Reederei Nordsee Linien", "der Insel Sylt");</item>
/// <item>a capitalised adjective inside a noun phrase, which only a name has ("der Deutschen Bahn", "das Rote Kreuz");</item>
/// <item>a person's family name alone, once the article has named them in full ("sagte Kowalski").</item>
/// </list>
/// A capitalised word without any of these cues is not taken for a name. Thread-safe.
/// </remarks>
internal static partial class GermanMentions
{
    [GeneratedRegex(@"^\p{Lu}{2,6}\d?$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^[IVX]+$")]
    private static partial Regex RomanNumeral();

    private sealed record Token(string Text, int Start, int End)
    {
        public bool Capitalised => char.IsUpper(Text[0]);

        public string Lower => Text.ToLowerInvariant();
    }

    /// <summary>Offices and occupations written before a name; a compound ending in one counts too ("Bahnchef", "Verkehrsministerin").</summary>
    private static readonly string[] Roles =
    [
        "minister", "kanzler", "präsident", "chef", "sprecher", "vorsitzende", "direktor", "leiter", "bürgermeister",
        "botschafter", "sekretär", "trainer", "kapitän", "anwalt", "anwältin", "richter", "kommissar", "gouverneur", "senator",
        "abgeordnete", "general", "oberst", "admiral", "papst", "könig", "königin", "prinz", "prinzessin", "premier",
        "geschäftsführer", "gründer", "manager", "ökonom", "experte", "expertin", "analyst", "autor", "sänger", "sängerin",
        "schauspieler", "spieler", "stürmer", "torhüter", "torwart", "moderator", "journalist", "reporter", "fotograf",
        "kandidat", "staatssekretär", "ermittler", "chefredakteur", "unternehmer", "milliardär", "regisseur", "bischof",
        "kardinal", "pfarrer", "professor", "professorin", "politiker", "vizekanzler", "vize", "vorstand", "vorständin", "arzt",
        "ärztin", "bischöfin",
    ];

    /// <summary>Nationality nouns written before a name like an office ("den Spanier Carlos Alcaraz"); whole words only.</summary>
    // News agencies that write their names in lower case; no German word is spelled like them.
    private static readonly HashSet<string> LowerCaseAgencies = new(StringComparer.Ordinal) { "dpa", "epd", "kna", "sid" };

    private static readonly HashSet<string> Nationals = new(StringComparer.Ordinal)
    {
        "spanier", "franzose", "französin", "italiener", "brite", "britin", "amerikaner", "russe", "russin", "ukrainer",
        "österreicher", "schweizer", "niederländer", "belgier", "pole", "polin", "norweger", "schwede", "schwedin", "däne",
        "dänin", "japaner", "chinese", "chinesin", "koreaner", "australier", "kanadier", "argentinier", "brasilianer", "serbe",
        "serbin", "kroate", "kroatin", "tscheche", "tschechin", "grieche", "griechin", "türke", "türkin", "portugiese",
        "portugiesin", "ire", "irin", "schotte", "schottin", "engländer", "mexikaner", "inder", "iraner", "israeli", "palästinenser",
    };

    /// <summary>Forms of address written before a family name.</summary>
    private static readonly HashSet<string> Address = new(StringComparer.Ordinal) { "herr", "herrn", "frau", "dr", "prof" };

    /// <summary>Kinds of body written before the body's name ("das Unternehmen Siemens Energy").</summary>
    private static readonly string[] BodyKinds =
    [
        "reederei", "unternehmen", "konzern", "firma", "gewerkschaft", "partei", "zeitung", "nachrichtenagentur", "agentur",
        "sender", "verein", "hersteller", "fluggesellschaft", "airline", "magazin", "organisation", "stiftung", "bank",
        "klub", "club", "gruppe", "fernsehsender", "rundfunksender", "tageszeitung", "wochenzeitung", "band",
    ];

    /// <summary>Kinds of place written before the place's name ("der Insel Sylt", "die Hafenstadt Busan").</summary>
    private static readonly string[] PlaceKinds =
    [
        "insel", "stadt", "provinz", "region", "bundesland", "bundesstaat", "kanton", "bezirk", "gemeinde", "dorf", "ortschaft",
        "metropole", "landkreis", "fluss", "halbinsel", "präfektur", "grafschaft", "hafen", "häfen", "städte", "inseln",
    ];

    /// <summary>Last words of bodies' names ("Zentralbank", "Amt", "Kreuz", "Nationen").</summary>
    private static readonly string[] BodyHeads =
    [
        "bank", "amt", "amts", "nationen", "union", "kreuz", "kreuzes", "partei", "kommission", "gericht", "gerichts",
        "gerichtshof", "rat", "rats", "bahn", "post", "zeitung", "bund", "bundes", "liga", "ministerium", "ministeriums",
        "agentur", "institut", "instituts", "verband", "verbands", "gesellschaft", "werke", "rundfunk", "allianz", "versammlung",
        "akademie", "universität", "behörde", "polizei", "armee", "marine", "konferenz",
    ];

    /// <summary>Verbs after which a full name that ends the clause is their subject ("sagte Markus Feldmann", "wird Daniel Roth,").</summary>
    private static readonly HashSet<string> VerbsBeforeSubject = new(StringComparer.Ordinal)
    {
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint", "kritisierte", "warnte",
        "forderte", "schrieb", "berichtete", "ergänzte", "fügte", "räumte", "bestätigte", "so", "wird", "wurde", "ist", "war",
    };

    /// <summary>Words a noun phrase opens with, before which a capitalised adjective is part of a name.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "des", "dem", "den", "im", "am", "vom", "zum", "zur", "beim", "ins", "ein", "eine", "einer", "eines",
        "einem", "einen",
    };

    /// <summary>Adjective stems that are names' first words although they have no adjective ending of their own.</summary>
    private static readonly HashSet<string> NameAdjectives = new(StringComparer.Ordinal)
    {
        "deutsch", "vereint", "rot", "grün", "neu", "frei", "auswärtig", "link", "weiß", "schwarz", "groß", "hoh", "oberst",
        "heilig", "alt", "erst", "vereinigt", "nah", "fern",
    };

    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "januar", "jänner",
        "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "uhr",
    };

    private static readonly Lazy<Lucene.Net.Analysis.Util.CharArraySet> StopWords = new(() => GermanAnalyzer.DefaultStopSet);

    /// <summary>The mentions in each of an article's sentences, in sentence and text order; offsets are in the article's text.</summary>
    public static IReadOnlyList<IReadOnlyList<Mention>> Find(IReadOnlyList<Sentence> sentences)
    {
        var tokens = sentences.Select(s => Tokens(s.Text)).ToList();
        var found = sentences.Select((s, i) => FindIn(s, tokens[i])).ToList();
        // "sagte Kowalski": a family name alone, once the article has named the person in full.
        var families = found.SelectMany(f => f)
            .Where(m => m.Type == EntityType.Person && m.Confident)
            .Select(m => m.Text.Split(' ')[^1])
            .Where(f => f.Length > 2)
            .ToHashSet(StringComparer.Ordinal);
        if (families.Count == 0)
        {
            return found;
        }
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var mentions = found[s];
            foreach (var token in tokens[s])
            {
                var start = sentence.Start + token.Start;
                var name = families.Contains(token.Text) ? token.Text
                    : token.Text.EndsWith('s') && families.Contains(token.Text[..^1]) ? token.Text[..^1]
                    : null;
                if (name is not null && !mentions.Any(m => start < m.Start + m.Length && m.Start < start + token.Text.Length))
                {
                    mentions.Add(new Mention(name, EntityType.Person, start, sentence.Index) { Confident = true, Initial = token.Start == 0 });
                }
            }
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    private static List<Token> Tokens(string text) =>
        MentionFinder.Words(text).Select(m => new Token(m.Value, m.Index, m.Index + m.Length)).ToList();

    private static List<Mention> FindIn(Sentence sentence, List<Token> tokens)
    {
        var text = sentence.Text;
        var words = tokens.Select(t => t.Text).ToList();
        var found = new List<Mention>();
        var taken = new bool[tokens.Count];

        void Add(int from, int to, EntityType type, bool confident, string? title = null, string? known = null, string? name = null)
        {
            for (var k = from; k < to; k++)
            {
                taken[k] = true;
            }
            name ??= text[tokens[from].Start..tokens[to - 1].End];
            found.Add(new Mention(name, type, sentence.Start + tokens[from].Start, sentence.Index)
            {
                Confident = confident,
                Title = title,
                Known = known,
                Initial = from == 0,
            });
        }

        // "Oleksandr Hryzenko und Mihai Dragomir", "Ismajil und Reni": names joined by "und" after one cue are of one kind.
        // Returns where the last of them ends.
        int AndPartners(int end, EntityType type, int minWords)
        {
            while (end + 1 < tokens.Count && tokens[end].Text == "und" && OnlySpaceBetween(text, tokens[end - 1], tokens[end])
                && OnlySpaceBetween(text, tokens[end], tokens[end + 1])
                && NameAfter(text, tokens, words, end + 1, maxWords: 4) is var n && n >= minWords && EndsClause(text, tokens, end + 1 + n))
            {
                var known = KnownAt(words, end + 1) is ({ } entry, var length) && length == n ? entry : null;
                Add(end + 1, end + 1 + n, known?.Type ?? type, confident: true, known: known?.Name);
                end += 1 + n;
            }
            return end;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!taken[i] && LowerCaseAgencies.Contains(tokens[i].Text))
            {
                // "meldete die Nachrichtenagentur dpa": agencies that write their own names in lower case.
                var agency = Gazetteer.Lookup(tokens[i].Text);
                found.Add(new Mention(tokens[i].Text, EntityType.Organization, sentence.Start + tokens[i].Start, sentence.Index)
                {
                    Confident = true,
                    Known = agency?.Name,
                });
                continue;
            }
            if (taken[i] || !tokens[i].Capitalised || (i == 0 && IsStopWord(tokens[i])))
            {
                continue;
            }
            if (KnownAt(words, i) is ({ } entry, var length))
            {
                Add(i, i + length, entry.Type, confident: true, known: entry.Name);
                i += length - 1;
                continue;
            }
            var token = tokens[i];
            var parts = token.Text.Split('-');
            if (Acronym().IsMatch(parts[0]) && !RomanNumeral().IsMatch(parts[0]))
            {
                // "CDU", and the "BPG" of "BPG-Chef".
                var acronym = parts[0];
                var known = Gazetteer.Lookup(acronym);
                found.Add(new Mention(acronym, known?.Type ?? EntityType.Organization, sentence.Start + token.Start, sentence.Index)
                {
                    Confident = true,
                    Known = known?.Name,
                    Initial = i == 0,
                });
                taken[i] = parts.Length == 1;
                if (parts.Length == 1)
                {
                    continue;
                }
            }
            var lower = parts[^1].ToLowerInvariant();
            var next = i + 1 < tokens.Count && !taken[i + 1] && OnlySpaceBetween(text, token, tokens[i + 1]);
            if (IsRole(lower) || (parts.Length == 1 && (Address.Contains(lower) || IsNational(lower))))
            {
                if (next && NameAfter(text, tokens, words, i + 1, maxWords: 4) is > 0 and var n)
                {
                    Add(i + 1, i + 1 + n, EntityType.Person, confident: true, title: token.Text);
                    i = AndPartners(i + 1 + n, EntityType.Person, 2) - 1;
                }
                else if (Apposition(text, tokens, words, i) is ({ } from, var count))
                {
                    Add(from, from + count, EntityType.Person, confident: true, title: token.Text);
                    AndPartners(from + count, EntityType.Person, 2);
                }
                continue;
            }
            if (EndsWithAny(lower, BodyKinds) || EndsWithAny(lower, PlaceKinds))
            {
                if (next && NameAfter(text, tokens, words, i + 1, maxWords: 3) is > 0 and var n)
                {
                    var type = EndsWithAny(lower, PlaceKinds) ? EntityType.Place : EntityType.Organization;
                    var known = KnownAt(words, i + 1) is ({ } entry2, var length2) && length2 == n ? entry2 : null;
                    Add(i + 1, i + 1 + n, known?.Type ?? type, confident: true, known: known?.Name);
                    i = AndPartners(i + 1 + n, type, 1) - 1;
                }
                continue;
            }
            if (i > 0 && Determiners.Contains(tokens[i - 1].Text) && IsNameAdjective(token.Lower)
                && NameAfter(text, tokens, words, i + 1, maxWords: 2) is > 0 and var tail && OnlySpaceBetween(text, tokens[i], tokens[i + 1]))
            {
                // "der Deutschen Bahn", "das Rote Kreuz": an adjective inside a noun phrase is capitalised only in a name.
                var head = tokens[i + tail].Lower;
                var baseForm = BaseForm(text[tokens[i].Start..tokens[i + tail].End], genitive: tokens[i - 1].Text is "des" or "eines");
                var entry3 = Gazetteer.Lookup(baseForm);
                var body = EndsWithAny(head, BodyHeads);
                Add(i, i + 1 + tail, entry3?.Type ?? (body ? EntityType.Organization : EntityType.Other), confident: body || entry3 is not null, known: entry3?.Name,
                    name: baseForm);
                i += tail;
                continue;
            }
            if (i > 0 && VerbsBeforeSubject.Contains(tokens[i - 1].Text) && NameAfter(text, tokens, words, i, maxWords: 3) is >= 2 and var said
                && EndsClause(text, tokens, i + said))
            {
                // "sagte Markus Feldmann", "wird Daniel Roth,": two or three capitalised words the clause ends on.
                Add(i, i + said, EntityType.Person, confident: true);
                i += said - 1;
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A known place or body at <paramref name="index"/>, also in the genitive ("Russlands", "Italiens").</summary>
    private static (GazetteerEntry? Entry, int Length) KnownAt(List<string> words, int index)
    {
        if (Gazetteer.LongestMatch(words, index, out var entry) is > 0 and var length && entry is not null)
        {
            return (entry, length);
        }
        var word = words[index];
        if (word.Length > 4 && word.EndsWith('s') && Gazetteer.Lookup(word[..^1]) is { Type: EntityType.Place } genitive)
        {
            return (genitive, 1);
        }
        return (null, 0);
    }

    /// <summary>How many capitalised words from <paramref name="index"/> make a name (particles inside: "Ursula von der Leyen"); 0 when none do.</summary>
    private static int NameAfter(string text, List<Token> tokens, List<string> words, int index, int maxWords)
    {
        var k = index;
        var count = 0;
        while (k < tokens.Count && count < maxWords)
        {
            var token = tokens[k];
            if (k > index && !OnlySpaceBetween(text, tokens[k - 1], token))
            {
                break;
            }
            if (token.Capitalised && !IsStopWord(token) && !CalendarWords.Contains(token.Lower) && !IsRole(token.Lower) && KnownAt(words, k).Entry is null)
            {
                count++;
                k++;
                continue;
            }
            if (count > 0 && ParticlesBeforeName(text, tokens, k) is > 0 and var particles)
            {
                // "Ursula von der Leyen", "Lula da Silva".
                k += particles;
                continue;
            }
            break;
        }
        while (k > index && !tokens[k - 1].Capitalised)
        {
            k--;
        }
        return k - index;
    }

    /// <summary>How many particles of a name ("von der", "da") start at <paramref name="index"/> with a capitalised word after them; 0 when none do.</summary>
    private static int ParticlesBeforeName(string text, List<Token> tokens, int index)
    {
        var k = index;
        while (k < tokens.Count && k - index < 2 && NameCues.Particles.Contains(tokens[k].Text) && OnlySpaceBetween(text, tokens[k - 1], tokens[k]))
        {
            k++;
        }
        return k > index && k < tokens.Count && tokens[k].Capitalised && OnlySpaceBetween(text, tokens[k - 1], tokens[k]) ? k - index : 0;
    }

    /// <summary>"Der Bürgermeister von Dresden, Thomas Keller,": the full name set off by commas a few words after the office.</summary>
    private static (int? From, int Count) Apposition(string text, List<Token> tokens, List<string> words, int role)
    {
        for (var k = role + 1; k < tokens.Count && k <= role + 6; k++)
        {
            var gap = text[tokens[k - 1].End..tokens[k].Start];
            if (gap.Contains(',', StringComparison.Ordinal))
            {
                var count = NameAfter(text, tokens, words, k, maxWords: 4);
                return count >= 2 && EndsClause(text, tokens, k + count) ? (k, count) : (null, 0);
            }
            if (gap.Trim().Length > 0 || !QualifiesOffice(tokens[k]))
            {
                return (null, 0);
            }
        }
        return (null, 0);
    }

    /// <summary>A word of the office's own that may come between it and the name after a comma: "der Partei", "von Dresden", "beider Länder".</summary>
    private static bool QualifiesOffice(Token token) =>
        token.Capitalised || IsStopWord(token) || token.Text.StartsWith("beide", StringComparison.Ordinal);

    /// <summary>True when punctuation, the end of the sentence or a lower-case word follows the word before <paramref name="index"/>.</summary>
    private static bool EndsClause(string text, List<Token> tokens, int index) =>
        index >= tokens.Count || text[tokens[index - 1].End..tokens[index].Start].Trim().Length > 0 || !tokens[index].Capitalised;

    private static bool IsRole(string lower)
    {
        foreach (var role in Roles)
        {
            foreach (var ending in RoleEndings)
            {
                if (lower.EndsWith(role + ending, StringComparison.Ordinal) && lower.Length >= role.Length + ending.Length)
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The feminine, plural and weak forms of an office: "Ministerin", "Präsidenten", "Vorsitzender".
    private static readonly string[] RoleEndings = ["", "in", "en", "n", "r", "s"];

    private static bool IsNational(string lower) =>
        Nationals.Contains(lower) || (lower.Length > 4 && (lower.EndsWith('n') || lower.EndsWith('s')) && Nationals.Contains(lower[..^1]))
        || (lower.EndsWith("nen", StringComparison.Ordinal) && Nationals.Contains(lower[..^2]));

    private static bool IsNameAdjective(string lower)
    {
        foreach (var ending in (string[])["en", "er", "es", "em", "e"])
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = lower[..^ending.Length];
                return NameAdjectives.Contains(stem) || stem.EndsWith("isch", StringComparison.Ordinal) || stem.EndsWith("lich", StringComparison.Ordinal)
                    || stem.EndsWith("ig", StringComparison.Ordinal) || stem.EndsWith("al", StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>
    /// The name with its adjective in the form after "der", "die" or "das" and its noun out of the genitive: "Vereinten Nationen" →
    /// "Vereinte Nationen", "des Auswärtigen Amts" → "Auswärtige Amt".
    /// </summary>
    private static string BaseForm(string name, bool genitive)
    {
        if (genitive && name.Length > 4 && name.EndsWith('s') && !name.EndsWith("ss", StringComparison.Ordinal) && name.Contains(' ', StringComparison.Ordinal))
        {
            name = name.EndsWith("es", StringComparison.Ordinal) && name.Length > 5 ? name[..^2] : name[..^1];
        }
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var adjective = space < 0 ? name : name[..space];
        foreach (var ending in (string[])["en", "er", "es", "em"])
        {
            if (adjective.EndsWith(ending, StringComparison.Ordinal))
            {
                adjective = adjective[..^ending.Length] + "e";
                break;
            }
        }
        return space < 0 ? adjective : adjective + name[space..];
    }

    private static bool EndsWithAny(string lower, string[] words) => words.Any(w => lower.EndsWith(w, StringComparison.Ordinal));

    private static bool IsStopWord(Token token) => StopWords.Value.Contains(token.Lower);

    private static bool OnlySpaceBetween(string text, Token a, Token b) => text[a.End..b.Start].All(char.IsWhiteSpace);
}
