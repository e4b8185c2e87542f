using System.Text.RegularExpressions;
using Storyline.Text.Dates;
using Storyline.Text.Language;
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

    [GeneratedRegex(@"^(?:[dlDLjJnNsScCmMtT]|[qQ]u|[dD]ell|[aA]ll|[nN]ell|[dD]all|[sS]ull|[uU]n)['’](?=\p{L})")]
    private static partial Regex Elision();

    [GeneratedRegex(@"['’](?:m|re|ve|ll|d|t)$|n['’]t$", RegexOptions.IgnoreCase)]
    private static partial Regex Contraction();

    private sealed record Token(string Text, int Start, int End)
    {
        // "al-Assad", "el-Sisi": an Arabic article joined to a capitalised name. "Day-by-day", "Face-to-face" opening a
        // sentence are no names, while "Stoke-on-Trent" is: a name ends in a capital.
        public bool Capitalised => (char.IsUpper(Text[0]) && !IsPhraseCompound(Text)) || (Text.Length > 4 && Text[2] == '-' && Text[..2] is "al" or "el" && char.IsUpper(Text[3]));

        /// <summary>A lower-case particle of a person's name: "von", "der", "da", "bin".</summary>
        public bool Particle => NameCues.Particles.Contains(Text);
        public string Bare => StripPossessive(Text);
        public bool Possessive => Text.Length > 2 && (Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal));

        /// <summary>A title or office, with or without its full stop ("Minister", "Gov.").</summary>
        public bool IsTitle => NameCues.Titles.Contains(Bare.TrimEnd('.'));
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

    /// <summary>
    /// The mentions in each of an article's sentences, read in the article's language: German (<paramref name="language"/>
    /// "de"), where every noun is capitalised, by <see cref="GermanMentions"/>; any other language as English, less the
    /// French, Spanish, Italian and Portuguese words that open sentences ("Le", "Según", "Durante"), which English rules
    /// would take for names.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Mention>> FindInArticle(IReadOnlyList<Sentence> sentences, string? language)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (LanguageCodes.IsGerman(language))
        {
            return GermanMentions.Find(sentences);
        }
        if (!LanguageCodes.IsForeign(language))
        {
            return sentences.Select(FindIn).ToList();
        }
        return sentences.Select(s => (IReadOnlyList<Mention>)FindIn(s, elisions: true).Where(m => m.Known is not null || !RomanceOpeners.Contains(m.Text)).ToList()).ToList();
    }

    // Articles, pronouns, prepositions and linking words of French, Spanish, Italian and Portuguese, as they are written
    // at the start of a sentence. Only in this case: "UN", "IL", "LA" in capitals are abbreviations.
    private static readonly HashSet<string> RomanceOpeners = new(StringComparer.Ordinal)
    {
        "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Au", "Aux", "Ce", "Cet", "Cette", "Ces", "Dans", "Selon", "Pour", "Par",
        "Sur", "Sous", "Avec", "Sans", "Après", "Avant", "Depuis", "Pendant", "Lors", "Mais", "Et", "Ou", "Donc", "Il", "Elle", "Ils",
        "Elles", "On", "Nous", "Vous", "Je", "En", "Ainsi", "Alors", "Cependant", "Toutefois", "Enfin", "Parmi", "Vers", "Chez", "Entre",
        "Contre", "Malgré", "Quant", "Si", "Lorsque", "Quand", "Comme", "Déjà", "Aussi", "Encore", "Cela", "Ceci", "Son", "Sa", "Ses", "Leur",
        "El", "Los", "Las", "Una", "Unos", "Unas", "Del", "Al", "Según", "Durante", "Desde", "Hasta", "Para", "Por", "Con", "Sin", "Sobre",
        "Tras", "Ante", "Hacia", "Pero", "Este", "Esta", "Estos", "Estas", "Ese", "Esa", "Eso", "Esos", "Esas", "Ella", "Ellos", "Ellas",
        "Nosotros", "Se", "Su", "Sus", "También", "Además", "Mientras", "Cuando", "Aunque", "Ya", "Así", "Luego", "Todo", "Todos",
        "Lo", "Gli", "Uno", "Della", "Nel", "Nella", "Secondo", "Dopo", "Prima", "Per", "Senza", "Ma", "Questo", "Questa", "Anche", "Mentre",
        "Quando", "Os", "As", "Um", "Uma", "Do", "Da", "No", "Na", "Após", "Com", "Sem", "Mas", "Também", "Enquanto",
    };

    /// <summary>True when names in text of <paramref name="language"/> are found from its own cues, not only from the gazetteer.</summary>
    public static bool Reads(string? language) =>
        LanguageCodes.IsEnglishOrUnknown(language) || LanguageCodes.IsGerman(language);


    /// <summary>The words of <paramref name="text"/>, as names are read from them.</summary>
    internal static MatchCollection Words(string text) => WordPattern().Matches(text);

    /// <summary>The mentions in one sentence; offsets are in the sentence's text.</summary>
    public static IReadOnlyList<Mention> FindIn(Sentence sentence) => FindIn(sentence, elisions: false);

    // With `elisions`, an elided article or preposition of French or Italian is not part of the word it is written onto:
    // "L'accord" is the common noun "accord", "D'après Reuters" names Reuters, "L'Élysée" is "Élysée".
    private static List<Mention> FindIn(Sentence sentence, bool elisions)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Text;
        var tokens = WordPattern().Matches(text).Select(m => elisions && Elision().Match(m.Value) is { Success: true } elided
            ? new Token(m.Value[elided.Length..], m.Index + elided.Length, m.Index + m.Length)
            : new Token(m.Value, m.Index, m.Index + m.Length)).ToList();
        var found = new List<Mention>();
        if (tokens.Count == 0 || LooksLikeHeadlineCase(text, tokens))
        {
            return found;
        }
        var i = Dateline(sentence, tokens, found);
        // The word after a dateline or a live blog's time stamp opens the sentence as much as the first word does.
        var opening = i > 0 ? i : AfterTimeStamp(text, tokens);
        i = Math.Max(i, opening);
        var shouted = ShoutedRuns(text, tokens);
        while (i < tokens.Count)
        {
            if (HolidayAt(text, tokens, i) is > 0 and var holiday)
            {
                i += holiday;
                continue;
            }
            if (shouted[i])
            {
                // "CLOSE WHAT YOU NEED TO KNOW ABOUT ELON MUSK": a heading or a button in capitals, not a row of acronyms.
                // Only the places and bodies the gazetteer knows are read there ("NORTH KOREA FIRES MISSILE").
                i += ShoutedKnown(sentence, tokens, i, shouted, found);
                continue;
            }
            if ((!StartsName(tokens[i]) && !OpensPlaceName(text, tokens, i) && !OpensTitledName(text, tokens, i) && !OpensBodyWithAll(text, tokens, i))
                || (tokens[i].Start > 0 && char.IsDigit(text[tokens[i].Start - 1])))
            {
                // Nor is the letter of "4K" or "5G" a name.
                i++;
                continue;
            }
            var end = i + 1;
            if (CommonNounOpening(text, tokens, i) is > 0 and var skip)
            {
                // "Detectives of the National Anti-Corruption Bureau", "Residents of Bekasi": a common noun opening the sentence.
                i += skip;
                continue;
            }
            while (end < tokens.Count && Continues(text, tokens, end, i))
            {
                end++;
            }
            // A run never ends on a connector ("Ministry of").
            while (end - 1 > i && !tokens[end - 1].Capitalised)
            {
                end--;
            }
            if (end < tokens.Count && tokens[end].Capitalised && OnlySpaceBetween(text, tokens[end - 1], tokens[end]) && IsCompoundModifier(tokens[end].Text))
            {
                // "a Hong Kong-flagged ship", "the Los Angeles-based firm": the name is part of a modifier.
                i = end + 1;
                continue;
            }
            if (InMenuPath(text, tokens[i].Start, tokens[end - 1].End))
            {
                // "Settings > Themes > Select Theme > Custom": the steps of a menu or a breadcrumb trail are labels.
                i = end;
                continue;
            }
            i += Furniture(text, tokens, i, end);
            var before = i == 0 ? null
                : OnlySpaceBetween(text, tokens[i - 1], tokens[i]) ? tokens[i - 1].Text
                : DottedTitleBefore(text, tokens, i);
            var after = end < tokens.Count && OnlySpaceBetween(text, tokens[end - 1], tokens[end]) && !tokens[end].Capitalised ? tokens[end].Text : null;
            var count = found.Count;
            if (end - i == 1 && NumberedStreet(text, tokens, i) is { } numbered)
            {
                // "the 53rd Street tunnel", "East 24th Street": the number is the street's name, not "Street".
                found.Add(new Mention(Join(text, numbered), EntityType.Place, sentence.Start + numbered[0].Start, sentence.Index));
                i = end;
                continue;
            }
            if (i == opening && end - i == 2 && tokens[i].Text.EndsWith("ing", StringComparison.Ordinal) && NameCues.CommonAbbreviations.Contains(tokens[i + 1].Bare))
            {
                // "Using USB sticks, the thieves ...": a verb with a capital for opening the sentence, and the thing it takes
                // (before an abbreviation of a thing, a short verb such as "Using" too, which IsIngForm leaves to names: "King").
                i = end;
                continue;
            }
            if (ModelNumberEnd(text, tokens, i, end) is { } modelEnd)
            {
                found.Add(new Mention(text[tokens[i].Start..modelEnd], EntityType.Other, sentence.Start + tokens[i].Start, sentence.Index) { Confident = true });
            }
            else
            {
                Classify(sentence, tokens.GetRange(i, end - i), before, after, found);
            }
            if (IsInitial(text, tokens[i]) || i == opening)
            {
                for (var k = count; k < found.Count; k++)
                {
                    if (found[k].Start == sentence.Start + tokens[i].Start)
                    {
                        found[k] = found[k] with { Initial = true };
                    }
                }
            }
            i = end;
        }
        LinkBracketedAcronyms(sentence, found);
        if (NativeNames.FindIn(sentence) is { Count: > 0 } native)
        {
            found.AddRange(native);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return found;
    }

    /// <summary>
    /// "Gov." in "Gov. Eric Holcomb", "Dr." in "Dr. Anna Berg": a title abbreviated with a full stop, which the run of the
    /// name does not take in; null when the word before is none.
    /// </summary>
    private static string? DottedTitleBefore(string text, List<Token> tokens, int i) =>
        NameCues.DottedTitles.Contains(tokens[i - 1].Text) && Between(text, tokens[i - 1], tokens[i]) is ". " ? tokens[i - 1].Text + "." : null;

    /// <summary>
    /// How many tokens at the start of the run [start, end) are share buttons or a photo credit that the name after them
    /// ran into; none when what follows is not a name of two words or more ("Twitter CEO Jack Dorsey", "Facebook Messenger",
    /// "Reuters News Agency").
    /// </summary>
    private static int Furniture(string text, List<Token> tokens, int start, int end)
    {
        var k = start;
        var matched = true;
        while (matched)
        {
            matched = false;
            foreach (var words in NameCues.PageFurniture)
            {
                if (Spells(tokens, k, end, words))
                {
                    k += words.Length;
                    matched = true;
                    break;
                }
            }
        }
        if (k == start || end - k < 2 || !tokens[k].Capitalised || !tokens[k + 1].Capitalised || NameCues.Titles.Contains(tokens[k].Bare)
            || AliasMatcher.LooksLikeOrganization(Join(text, tokens.GetRange(k, end - k))))
        {
            return 0;
        }
        return k - start;
    }

    /// <summary>How many tokens from <paramref name="index"/> spell a holiday ("New Year's Eve"); 0 when none does.</summary>
    private static int HolidayAt(string text, List<Token> tokens, int index)
    {
        if (!NameCues.HolidayOpeners.Contains(tokens[index].Text))
        {
            return 0;
        }
        foreach (var words in NameCues.Holidays)
        {
            if (Spells(tokens, index, tokens.Count, words)
                && Enumerable.Range(index + 1, words.Length - 1).All(j => OnlySpaceBetween(text, tokens[j - 1], tokens[j])))
            {
                return words.Length;
            }
        }
        return 0;
    }

    /// <summary>True when the tokens from <paramref name="index"/>, before <paramref name="end"/>, are <paramref name="words"/> (apostrophes written either way).</summary>
    private static bool Spells(List<Token> tokens, int index, int end, string[] words)
    {
        if (index + words.Length > end)
        {
            return false;
        }
        for (var j = 0; j < words.Length; j++)
        {
            if (!tokens[index + j].Text.Replace('’', '\'').Equals(words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "New" before a capitalised word opens a name ("New York", "New Zealand", "New York Times"), though "New" alone is no
    /// name; so does "NEW" before a word in capitals ("NEW YORK City").
    /// </summary>
    private static bool OpensPlaceName(string text, List<Token> tokens, int index) =>
        index + 1 < tokens.Count && (tokens[index].Text == "New" || (tokens[index].Text == "NEW" && IsShouted(tokens[index + 1].Text)))
        && OnlySpaceBetween(text, tokens[index], tokens[index + 1])
        && tokens[index + 1].Capitalised && !tokens[index + 1].Text.Contains('-', StringComparison.Ordinal) && StartsName(tokens[index + 1]);

    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> has a menu path's arrow (">", "›", "»") right before or after it.</summary>
    private static bool InMenuPath(string text, int start, int end)
    {
        static bool Arrow(char c) => c is '>' or '›' or '»';
        var before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }
        return (before >= 0 && before < start - 1 && Arrow(text[before])) || (after < text.Length && after > end && Arrow(text[after]));
    }

    /// <summary>True when a title word that never stands alone opens a name of another kind: "First Energy", "First National Bank".</summary>
    private static bool OpensTitledName(string text, List<Token> tokens, int index) =>
        tokens[index].Capitalised && NameCues.TitleAdjectives.Contains(tokens[index].Bare) && index + 1 < tokens.Count
        && OnlySpaceBetween(text, tokens[index], tokens[index + 1]) && StartsName(tokens[index + 1]) && !tokens[index + 1].IsTitle;

    [GeneratedRegex(@"^\s+[A-Z]{0,3}\d")]
    private static partial Regex FlightNumberAfter();

    /// <summary>True when "All" opens a body's name, one of the next few capitalised words being its head: "All Nippon Airways", "All Progressives Congress".</summary>
    private static bool OpensBodyWithAll(string text, List<Token> tokens, int index)
    {
        if (tokens[index].Text != "All")
        {
            return false;
        }
        for (var j = index + 1; j < tokens.Count && j <= index + 3 && tokens[j].Capitalised && OnlySpaceBetween(text, tokens[j - 1], tokens[j]); j++)
        {
            if (j > index + 1 && NameCues.OrganizationHeads.Contains(tokens[j].Bare))
            {
                return true;
            }
        }
        return false;
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
        if (IsCompoundModifier(token.Text) || PluralAbbreviation().IsMatch(token.Text))
        {
            // "MPs", "NGOs": a plural abbreviation is a kind of person or body, not a name.
            return false;
        }
        if (token.Text.Length > 5 && token.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // Shouted words are datelines and menu labels: only a known place survives ("JAKARTA -").
            return Gazetteer.Lookup(TitleCase(token.Text)) is not null;
        }
        return true;
    }

    private static bool Continues(string text, List<Token> tokens, int index, int start)
    {
        var previous = tokens[index - 1];
        var token = tokens[index];
        if (previous.Possessive && !IsCollectivePossessive(previous.Bare)
            && !(token.Capitalised && NameCues.OrganizationHeads.Contains(token.Bare) && !Gazetteer.IsGeographicWord(previous.Bare.ToLowerInvariant())))
        {
            // "Prosecutor's Office" is one name; "Putin's Kremlin" is two.
            return false;
        }
        if (ContinuesAcrossComma(text, tokens, index, start))
        {
            return true;
        }
        if (AfterInitial(text, previous, token)
            && (index - 1 > start || (index + 1 < tokens.Count && AfterInitial(text, token, tokens[index + 1]))))
        {
            // "Irene G. Steinberg", "James T. Kirk", "J. K. Rowling": a middle initial's full stop ends no name. An initial
            // opening the run must be one of several: "S. Korean" is no name.
            return !NameCues.NotNames.Contains(token.Bare);
        }
        if (index + 1 < tokens.Count && OnlySpaceBetween(text, previous, token) && AfterInitial(text, token, tokens[index + 1]))
        {
            // ... nor is the initial "A" of "William A. Steinberg" the article.
            return true;
        }
        if (token.Capitalised && previous.Text is "St" or "Mt" or "Ft" && Between(text, previous, token) is ". ")
        {
            // "St. Louis", "Mt. Everest", "Ft. Lauderdale": the abbreviated saint, mount or fort opens the name.
            return true;
        }
        if (token.Capitalised && previous.Capitalised && Between(text, previous, token) is " & " or "&")
        {
            // "Procter & Gamble", "AT&T", "Suit & Tie": an ampersand joins the words of one name, not two names.
            return true;
        }
        if (token.Capitalised && Between(text, previous, token) is "' " or "’ " && previous.Text.EndsWith('s')
            && (IsCollectivePossessive(previous.Text) || NameCues.OrganizationHeads.Contains(token.Bare)))
        {
            // "Workers’ Party", "Veterans' Affairs": a plural possessive inside a body's name.
            return true;
        }
        if (!OnlySpaceBetween(text, previous, token) || IsCompoundModifier(token.Text) || PluralAbbreviation().IsMatch(token.Text))
        {
            return false;
        }
        if (Contraction().IsMatch(token.Text))
        {
            // "Bet I'll", "Maybe I'm": a contraction is a pronoun and its verb, never part of a name.
            return false;
        }
        if (token.Text == "Flight" && FlightNumberAfter().IsMatch(text.AsSpan(token.End)))
        {
            // "All Nippon Airways Flight 175": the airline, then its flight.
            return false;
        }
        if (token.Capitalised)
        {
            // "Pak Jun Ho", "Theresa May": a syllable or a family name that spells a month is still part of the name unless a day
            // number follows.
            var monthInName = ((token.Text.Length == 3 && IsMonthAbbreviation(token.Text)) || token.Text == "May")
                && !NameCues.NotNames.Contains(previous.Bare) && !(index + 1 < tokens.Count && char.IsDigit(tokens[index + 1].Text[0]));
            // "Women's March": after "Women's" or "People's", a month's name is the rest of the name.
            var afterCollective = previous.Possessive && IsCollectivePossessive(previous.Bare) && MonthNames.IsMonth(token.Text);
            // "Long March": China's rockets and the Red Army's retreat.
            var longMarch = previous.Text == "Long" && token.Text == "March";
            return !NameCues.NotNames.Contains(token.Bare) || NameCues.Titles.Contains(token.Bare) || monthInName || afterCollective || longMarch;
        }
        if (token.Text == "and")
        {
            return JoinsWithAnd(text, tokens, index, start);
        }
        if (token.Text == "for" && !(NameCues.OrganizationLeads.Contains(previous.Bare) || NameCues.OrganizationHeads.Contains(previous.Bare) || NameCues.Titles.Contains(previous.Bare)))
        {
            // "Commission for Human Rights", "Minister for Europe"; but "from Busan for Jeju" is two places.
            return false;
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
        return (next < tokens.Count && OnlySpaceBetween(text, token, tokens[next]) && (tokens[next].Capitalised || tokens[next].Text == "the"))
            || ParticlesBeforeName(text, tokens, index);
    }

    /// <summary>True when the token and the ones after it are particles followed by a name: "von der Leyen", "de la Cruz".</summary>
    private static bool ParticlesBeforeName(string text, List<Token> tokens, int index)
    {
        var k = index;
        while (k < tokens.Count && tokens[k].Particle && k - index < 3)
        {
            k++;
        }
        return k > index && k < tokens.Count && tokens[k].Capitalised && OnlySpaceBetween(text, tokens[k - 1], tokens[k])
            && Enumerable.Range(index, k - index).All(j => j == index || OnlySpaceBetween(text, tokens[j - 1], tokens[j]));
    }

    private static void Classify(Sentence sentence, List<Token> run, string? before, string? after, List<Mention> found)
    {
        var words = run.Select(t => t.Text).ToList();
        var whole = Join(sentence.Text, run);
        if (run.Count == 1 && NameCues.Platforms.Contains(run[0].Bare) && !run[0].Possessive
            && ((before is not null && NameCues.PlatformLeads.Contains(before)) || (after is not null && NameCues.PlatformUses.Contains(after))))
        {
            // "said on Twitter", "a Facebook post": the medium a statement was made in, not a party to the story.
            return;
        }
        if (Gazetteer.Lookup(whole) is { } entry)
        {
            found.Add(Known(sentence, run[0].Start, whole, entry));
            return;
        }
        if (run.Count >= 2 && NameCues.WithoutLegalForm(whole) is { } stem && Gazetteer.Lookup(stem) is { IsCompany: true } company)
        {
            // "Qualcomm Inc", "Broadcom Ltd.": a company the gazetteer knows, with its legal form.
            found.Add(Known(sentence, run[0].Start, whole, company));
            return;
        }
        if (run.Count == 1 && run[0].Text.Length == 1)
        {
            // A letter alone: an initial cut off by its full stop ("J. K."), a list mark or a grade.
            return;
        }
        if (run.Count == 1 && NameCues.CommonAbbreviations.Contains(run[0].Bare))
        {
            // "AI", "the DNA test", "a USB stick": a thing or a kind in capitals, not a party to the story.
            return;
        }
        if (run.Count == 1 && NameCues.OrganizationHeads.Contains(run[0].Bare) && run[0].Bare is not ("Congress" or "Senate" or "Parliament"))
        {
            // "the Ministry said", "TV": a kind of body alone names none; a legislature alone is the country's own.
            return;
        }
        if (run.Count == 1 && run[0].Text.Length >= 4 && IsShouted(run[0].Text) && Gazetteer.Lookup(TitleCase(run[0].Text)) is { } shouted
            && (shouted.Type == EntityType.Place || shouted.IsCompany || run[0].Text.Length > 5))
        {
            found.Add(Known(sentence, run[0].Start, run[0].Bare, shouted));
            return;
        }
        if (run.Count > 1 && run[^2].Possessive && run[^2].IsTitle && NameCues.OrganizationHeads.Contains(run[^1].Bare))
        {
            // "the Prime Minister's Bureau", "the Governor's Office": the office's own staff, a body named whole.
            found.Add(new Mention(whole, EntityType.Organization, sentence.Start + run[0].Start, sentence.Index) { Confident = true });
            return;
        }
        if (run.Count > 2 && run[0].IsTitle && !run[0].Possessive && !NameCues.TitleAdjectives.Contains(run[0].Bare)
            && NameCues.OrganizationHeads.Contains(run[1].Bare) && !run[1].Possessive && !run.Skip(2).Any(t => t.IsTitle))
        {
            // "Major League Baseball": a title word before the kind of a body opens the body's name ("Supreme Court Justice
            // Neil Gorsuch", with an office in it, is read below).
            found.Add(new Mention(whole, EntityType.Organization, sentence.Start + run[0].Start, sentence.Index) { Confident = true });
            return;
        }
        if (IsOfficeOfPlace(sentence.Text, run))
        {
            // "BPBD Bekasi City", "BPBD DKI Jakarta", "BBC Scotland": a body's office, named by its initials and the place it serves.
            found.Add(new Mention(whole, EntityType.Organization, sentence.Start + run[0].Start, sentence.Index) { Confident = true });
            return;
        }
        if (run.Count > 2 && NameCues.Titles.Contains(run[0].Bare) && run[1].Text == "of" && run[2].Capitalised
            && run.FindLastIndex(t => NameCues.OrganizationHeads.Contains(t.Bare)) is >= 2 and var head)
        {
            // "Head of Regional Disaster Management Agency Bekasi": the office, the body, then what follows it.
            Classify(sentence, run.GetRange(2, head - 1), "of", null, found);
            if (head + 1 < run.Count)
            {
                Classify(sentence, run.GetRange(head + 1, run.Count - head - 1), null, after, found);
            }
            return;
        }
        if (run.FindIndex(t => t.Text == "of") is > 1 and var of && run.Take(of).All(t => t.Capitalised && !NameCues.Titles.Contains(t.Bare))
            && PersonOfPlace(run, run.GetRange(0, of), of) is > 0 and var body && AliasMatcher.LooksLikeOrganization(whole))
        {
            // "Koichi Wakata of the Japan Aerospace Exploration Agency": a person, then the body they belong to.
            Flush(sentence, run.GetRange(0, of), [], before, "of", found);
            Classify(sentence, run.GetRange(body, run.Count - body), "of", after, found);
            return;
        }
        // "Supreme Court", "Foreign Ministry", "company First Energy": words that are titles only before an office open a name.
        var opening = OpeningTitleWords(run);
        // The office may follow a word that is a title only before another ("Indiana State Teachers Association President").
        var firstTitle = run.FindIndex(Math.Max(1, opening), t => t.IsTitle);
        if ((opening > 0 || !NameCues.Titles.Contains(run[0].Bare))
            && (BodyBeforeOffice(sentence, run, firstTitle)
                ?? (firstTitle > 0 && NameCues.TitleAdjectives.Contains(run[firstTitle].Bare)
                    ? BodyBeforeOffice(sentence, run, run.FindIndex(firstTitle + 1, t => t.IsTitle && !NameCues.TitleAdjectives.Contains(t.Bare)))
                    : null)) is { } office)
        {
            // "British Transport Police Constable Adrian Hanstock": the body whole, then its officer.
            Classify(sentence, run.GetRange(0, office), before, null, found);
            Classify(sentence, run.GetRange(office, run.Count - office), null, after, found);
            return;
        }
        if (AliasMatcher.LooksLikeOrganization(whole) && (opening > 0 || !NameCues.Titles.Contains(run[0].Bare)))
        {
            // "Japan Aerospace Exploration Agency" names Japan too; "Apple Daily", a newspaper, does not name Apple.
            var inner = Gazetteer.LongestMatch(words, 0, out var place);
            if (inner > 0 && inner < run.Count && place is { Type: EntityType.Place })
            {
                found.Add(Known(sentence, run[0].Start, Join(sentence.Text, run.GetRange(0, inner)), place));
            }
            found.Add(new Mention(whole, EntityType.Organization, sentence.Start + run[0].Start, sentence.Index) { Confident = true });
            return;
        }

        if (run.Count >= 3 && NameCues.PlaceHeads.Contains(run[^1].Bare) && !run.Any(t => t.IsTitle || t.Possessive)
            && Gazetteer.LongestMatch(words, 0, out var town) is > 0 and var townLength && townLength < run.Count - 1 && town is { Type: EntityType.Place })
        {
            // "Denver International Airport", "Shanghai Pudong Airport": a place inside a known one is named whole, and names
            // the known one too (one word and a head, "Denver Airport", is read whole below).
            found.Add(Known(sentence, run[0].Start, Join(sentence.Text, run.GetRange(0, townLength)), town));
            found.Add(new Mention(whole, EntityType.Place, sentence.Start + run[0].Start, sentence.Index) { Confident = true });
            return;
        }
        if (Gazetteer.LongestMatch(words, 0, out var maker) is > 0 and var makerLength && makerLength < run.Count && maker is { IsCompany: true }
            && run.Count - makerLength <= 2 && !run.Skip(makerLength).Any(t => t.IsTitle) && !run[makerLength - 1].Possessive)
        {
            // "Google Glass", "Qualcomm Snapdragon", "Tesla Roadster": a product named after its maker is a name of its own
            // ("Apple CEO Tim Cook" is not: an office follows the company).
            found.Add(new Mention(whole, EntityType.Other, sentence.Start + run[0].Start, sentence.Index));
            return;
        }
        var title = new List<string>();
        var name = new List<Token>();
        var first = true;
        var titleOf = false;
        for (var i = 0; i < run.Count;)
        {
            if (name.Count == 0 && Gazetteer.LongestMatch(words, i, out var known) is > 0 and var length && known is not null
                && !(i == 0 && known.Type == EntityType.Place && NamedAfterPlace(run, words, length)))
            {
                if (title.Count > 0 && i + length < run.Count && AliasMatcher.LooksLikeOrganization(Join(sentence.Text, run.GetRange(i, run.Count - i))))
                {
                    // "Deputy Chief Constable of the British Transport Police": the office, then the body whole.
                    Classify(sentence, run.GetRange(i, run.Count - i), null, after, found);
                    return;
                }
                found.Add(Known(sentence, run[i].Start, Join(sentence.Text, run.GetRange(i, length)), known));
                i += length;
                first = false;
                title.Clear();
                continue;
            }
            if (run[i].IsTitle && i >= opening)
            {
                if (name.Count > 0 && title.Count == 0 && IsOffice(run[i].Bare))
                {
                    // "Oceans and Fisheries Minister Kang Min-seo": the words before the office are its portfolio.
                    var portfolio = Join(sentence.Text, name);
                    if (run[i].Bare.Equals("Minister", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add(new Mention("Ministry of " + portfolio, EntityType.Organization, sentence.Start + name[0].Start, sentence.Index) { Confident = true });
                    }
                    title.Add(portfolio);
                    name.Clear();
                    first = false;
                }
                else if (name.Count > 0)
                {
                    Flush(sentence, name, title, first ? before : null, null, found);
                    first = false;
                }
                title.Add(run[i].Bare);
                i++;
                continue;
            }
            if (run[i].Text == "of" && PersonOfPlace(run, name, i) is > 0 and var rest)
            {
                // "Xi Jinping of China", "Koichi Wakata of the Japan Aerospace Exploration Agency": a person and where they are from.
                Flush(sentence, name, title, first ? before : null, "of", found);
                Classify(sentence, run.GetRange(rest, run.Count - rest), "of", after, found);
                return;
            }
            if (!run[i].Capitalised && name.Count == 0 && !(run[i].Particle && run.Skip(i).FirstOrDefault(t => !t.Particle) is { Capitalised: true }))
            {
                titleOf |= title.Count > 0 && run[i].Text == "of";
                if (run[i].Text == "the" && !titleOf)
                {
                    // "U.S. Attorney for the Western District": what follows "for the" is where the office is held, not its holder.
                    title.Clear();
                }
                i++;
                continue;
            }
            name.Add(run[i]);
            i++;
        }
        if (titleOf)
        {
            SplitPortfolio(sentence, name, title, before, found);
        }
        Flush(sentence, name, title, first ? before : null, after, found);
    }

    // The office at `office` when the words before it name a body and a name follows it; null otherwise.
    private static int? BodyBeforeOffice(Sentence sentence, List<Token> run, int office) =>
        office > 0 && office + 1 < run.Count && AliasMatcher.LooksLikeOrganization(Join(sentence.Text, run.GetRange(0, office))) ? office : null;

    /// <summary>
    /// How many words at the start of a run are titles only before another title ("First Lady", "Foreign Minister",
    /// "Supreme Leader") and so, before a word that is none, begin a name: "Supreme Court", "Foreign Ministry",
    /// "State Department", "First Energy". 0 when the run does not start so.
    /// </summary>
    private static int OpeningTitleWords(List<Token> run)
    {
        var k = 0;
        while (k < run.Count && run[k].IsTitle && NameCues.TitleAdjectives.Contains(run[k].Bare))
        {
            k++;
        }
        return k > 0 && k < run.Count && run[k].Capitalised && !run[k].IsTitle ? k : 0;
    }

    /// <summary>
    /// Where the known place or body after "of" at <paramref name="index"/> starts when the name before it is a person's
    /// of two words or more; 0 when the run is one name ("Supreme Court of the United States", "Federal Republic of Germany",
    /// "Sea of Japan").
    /// </summary>
    private static int PersonOfPlace(List<Token> run, List<Token> name, int index)
    {
        var rest = index + 1 < run.Count && run[index + 1].Text == "the" ? index + 2 : index + 1;
        if (name.Count < 2 || rest >= run.Count || !run[rest].Capitalised
            || NameCues.OrganizationHeads.Contains(name[^1].Bare) || NameCues.PlaceHeads.Contains(name[^1].Bare)
            || NameCues.OrganizationLeads.Contains(name[0].Bare))
        {
            return 0;
        }
        var words = run.Skip(rest).Select(t => t.Bare).ToList();
        var restText = string.Join(' ', words);
        return Gazetteer.Lookup(restText) is not null || AliasMatcher.LooksLikeOrganization(restText) ? rest : 0;
    }

    /// <summary>
    /// A known place and one more word the table does not know are one name: "Panama Papers", "Panama
    /// Canal", "Chicago Bears", "Chad Smith". A title or another place after the place splits the run
    /// ("Chad President", "Russia Ukraine"), but not a people's name in the plural, which is a team's ("Cleveland
    /// Indians", "Houston Texans"); an adjective splits it too ("Indonesian Citizens"). Longer runs
    /// are split too: "Seoul Simon Taylor" is a caption's dateline and a person.
    /// </summary>
    private static bool NamedAfterPlace(List<Token> run, List<string> words, int placeLength) =>
        run.Count == placeLength + 1
        && !Gazetteer.IsDemonym(string.Join(' ', words.Take(placeLength)))
        && run[placeLength].Capitalised
        && !run[placeLength].IsTitle
        && !NameCues.Connectors.Contains(run[placeLength].Text)
        && (Gazetteer.LongestMatch(words, placeLength, out _) == 0 || (Gazetteer.IsDemonym(run[placeLength].Bare) && NameCues.IsTeamPlural(run[placeLength].Bare)));

    /// <summary>
    /// "Minister of Oceans and Fisheries Kang Min-seo": after "Title of", the last two words (three
    /// short syllables for "Pak Jun Ho") are the person; the words before them are the portfolio.
    /// </summary>
    private static void SplitPortfolio(Sentence sentence, List<Token> name, List<string> title, string? before, List<Mention> found)
    {
        if (name.Count >= 2 && (before is "the" or "The" || (before is not null && (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal)))
            || (name[^1].Text.EndsWith('s') && !AliasMatcher.FamilyNameFirst(name.Select(t => t.Text).ToList()))))
        {
            // "the Minister of Energy and Water Resources", "Oman's Minister of ...": the office alone, no name follows.
            if (title.Count > 0 && title[^1].Equals("Minister", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(new Mention("Ministry of " + Join(sentence.Text, name), EntityType.Organization, sentence.Start + name[0].Start, sentence.Index) { Confident = true });
            }
            name.Clear();
            return;
        }
        var person = name.Count >= 4 && AliasMatcher.FamilyNameFirst(name.TakeLast(3).Select(t => t.Text).ToList())
            && name.TakeLast(3).All(t => !t.Text.Contains('-', StringComparison.Ordinal)) ? 3 : 2;
        if (name.Count < person + 1 || !name[^(person + 1)].Capitalised)
        {
            return;
        }
        if (name.TakeLast(person).Any(t => NameCues.OrganizationHeads.Contains(t.Bare)) || Gazetteer.Lookup(name[^1].Bare) is { Type: EntityType.Place })
        {
            // "General Manager of Life Care Solutions Europe": the unit the office runs, with no holder's name after it.
            name.Clear();
            return;
        }
        var portfolio = Join(sentence.Text, name.GetRange(0, name.Count - person));
        if (title.Count > 0 && title[^1].Equals("Minister", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new Mention("Ministry of " + portfolio, EntityType.Organization, sentence.Start + name[0].Start, sentence.Index) { Confident = true });
        }
        title.Add("of " + portfolio);
        name.RemoveRange(0, name.Count - person);
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
        if (name.Count == 1 && NameCues.Compass.Contains(name[0].Bare))
        {
            // "the North", "the South": a direction, or a country only the context names.
            name.Clear();
            title.Clear();
            return;
        }
        var text = Join(sentence.Text, name);
        var (type, confident) = Type(sentence.Text, name, title, before, after, text);
        found.Add(new Mention(text, type, sentence.Start + name[0].Start, sentence.Index)
        {
            Title = NameCues.OnlyModifiers(title) ? null : string.Join(' ', title),
            Confident = confident,
        });
        name.Clear();
        title.Clear();
    }

    private static (EntityType Type, bool Confident) Type(string sentence, List<Token> name, List<string> title, string? before, string? after, string text)
    {
        if (AliasMatcher.LooksLikeOrganization(text) || BodyOfCountry(text))
        {
            return (EntityType.Organization, true);
        }
        // The cues lie within a few words of the name; short windows keep the end-anchored patterns cheap.
        var rest = sentence[name[^1].End..Math.Min(sentence.Length, name[^1].End + 60)];
        var lead = sentence[Math.Max(0, name[0].Start - 60)..name[0].Start];
        if (HeadOfBefore().IsMatch(lead))
        {
            // "CEO of Take-Two", "the founder of Ithaca Holdings": the title is of the one who runs the body named after it.
            return (EntityType.Organization, true);
        }
        if (!NameCues.OnlyModifiers(title)
            || (before is not null && NameCues.Titles.Contains(before.TrimEnd('.')) && char.IsUpper(before[0]) && !text.Contains(" of ", StringComparison.Ordinal)))
        {
            // "Minister Kang", and "Mr Park" or "Gov. Eric Holcomb", whose title stands before the run of the name (undotted,
            // or cut short with a full stop); not "Dr. Joneigh Khaldun of the Michigan Department of Health", a run of two names.
            return (EntityType.Person, true);
        }
        if (name.Count == 1 && Gazetteer.IsAbbreviation(name[0].Bare))
        {
            // "four WNI": a counted abbreviation stands for a kind of person or thing, not for one body.
            return CountedBefore().IsMatch(lead) ? (EntityType.Other, false) : (EntityType.Organization, true);
        }
        if (before is not null && NameCues.ThingContext.Contains(before))
        {
            // "the ferry Hanbit Dawn, which ...": what the name is, is said before it.
            return (EntityType.Other, true);
        }
        if (after is not null && GeographicFollowers.Contains(after))
        {
            // "the Sulina channel", "Okpo harbour", "the Danube ports".
            return (EntityType.Place, true);
        }
        if (PlaceOfBefore().IsMatch(lead))
        {
            // "the port of Constanta", "the city of Kushiro".
            return (EntityType.Place, true);
        }
        if (RoleAtBefore().IsMatch(lead))
        {
            // "a senior military analyst at Stratfor", "an executive at SoftBank": people work at a body, not at a place.
            return (EntityType.Organization, true);
        }
        if (BodyAppositiveAfter().IsMatch(rest))
        {
            // "at Ferrari, the team that gave him his chance", "Harbour Freight, a company based in ...": what the name is,
            // said right after it.
            return (EntityType.Organization, true);
        }
        if ((name[^1].Possessive && BodyRoleAfter().IsMatch(rest)) || (OwnedAfter(name[^1], rest) && BodyRoleAfter().IsMatch(rest[1..])) || (name.Count >= 2 && !string.Equals(before, "the", StringComparison.OrdinalIgnoreCase) && SaidItAfter().IsMatch(rest)) || ShareholdingBefore().IsMatch(lead))
        {
            // "Deutsche Bahn's personnel director", "Nordic Ferries' chief executive", "Deutsche Bahn said it would", "Aguas del
            // Levante, based in Alicante", "shares of ...".
            return (EntityType.Organization, true);
        }
        if ((before is not null && NameCues.OrganizationContext.Contains(before)) || (after is not null && NameCues.OrganizationFollowers.Contains(after)))
        {
            return (EntityType.Organization, true);
        }
        if (name.Count >= 2 && (NameCues.ThingHeads.Contains(name[^1].Bare) || NameCues.EditionHeads.Contains(name[^1].Bare)))
        {
            // "the Super Bowl", "Social Security", "the Six Day War", "Chromecast Ultra": an event, a law, a programme or a
            // product, never a person.
            return (EntityType.Other, true);
        }
        if (name.Count >= 2 && (NameCues.PlaceHeads.Contains(name[^1].Bare) || NameCues.Compass.Contains(name[0].Bare)
            || (name[0].Bare is "Mount" or "Mt" or "Cape" or "Lake" or "Port" or "Fort" or "Ft" or "Isle" && !NameCues.OrganizationHeads.Contains(name[^1].Bare))
            || (name.Count == 2 && name[0].Bare == "St")))
        {
            return (EntityType.Place, true);
        }
        if (name.Count >= 2 && IsTeamOfPlace(name))
        {
            // "the Houston Astros", "Dallas Cowboys owner ...": a known place and a plural name the team or the body named
            // after the place, neither a person by the shape of two capitalised words nor a thing by the article before it.
            return (EntityType.Organization, true);
        }
        if (name.Count >= 2 && name[0].Text == "New")
        {
            // "New Hampshire", "New South Wales"; but "New Horizons" may be a spacecraft and "New Artist" a prize, so sure only "in New ...".
            return (EntityType.Place, before is not null && NameCues.PlaceContext.Contains(before));
        }
        if (name.Count == 1 && AcrossTheBefore().IsMatch(lead))
        {
            // "along the Danube", "across the Gulf": only places are crossed or followed.
            return (EntityType.Place, true);
        }
        if ((before is not null && (NameCues.ThingContext.Contains(before) || before.Equals("the", StringComparison.OrdinalIgnoreCase))) || Quoted(sentence, name))
        {
            // "the ferry Hanbit Star", "the Tohoku Shinkansen", "'Hanbit Star'": people are not written with an article or in quotes.
            return (EntityType.Other, true);
        }
        if (WhoAfter().IsMatch(rest))
        {
            // "Laura Kim, who ...", "Kowalski said he would ...": only people are "who", "he" or "she".
            return (EntityType.Person, true);
        }
        if (AgeAfter().IsMatch(sentence[name[^1].End..]))
        {
            // "Park Junho, 58, ..."
            return (EntityType.Person, true);
        }
        if (name.Any(t => t.Text.Any(char.IsAsciiDigit)))
        {
            // "PS4 Pro", "Galaxy S10", "Model 3": a product's or a model's name; no person's has a figure in it.
            return (EntityType.Other, false);
        }
        if (NameCues.PeopleAdjectives.Contains(name[^1].Bare) && (name.Count >= 2 || Gazetteer.Lookup(name[0].Bare) is null))
        {
            // "Conservative Jewish", "Native American", "in Jewish neighbourhoods": a kind of people, not a person or a place.
            return (EntityType.Other, false);
        }
        if (name.Count >= 2 && NameCues.NoGivenName.Contains(name[0].Bare))
        {
            // "City Hall", "Capitol Hill": a word no one is named opens the name of a place or a body.
            return (EntityType.Other, false);
        }
        if (name.Count >= 2 && name.Count <= 4 && !text.Contains(" of ", StringComparison.Ordinal))
        {
            // A family name and a given name of two syllables ("Kim Jong Il", "Choe Son-hui") is a shape only people's names take.
            // "Aguas del Levante": a lower-case connector is no hyphenated given name, so the shape alone is no proof.
            return (EntityType.Person, name.All(t => t.Capitalised) && AliasMatcher.FamilyNameFirst(AliasMatcher.Words(text)));
        }
        if (name.Count == 1 && before is not null && NameCues.PlaceContext.Contains(before))
        {
            // "in Moscow" is sure; "via Bluetooth" may as well be a product or a service, so the story's other mentions decide.
            // "in Swift's case": what the word before is about is the thing owned, not the owner; but a name owning a
            // name is a place holding a place ("in Antarctica's McMurdo Sound").
            if ((name[^1].Possessive || OwnedAfter(name[^1], rest)) && !OwnsAName(rest.TrimStart('\'', '’')))
            {
                return (EntityType.Other, false);
            }
            return (EntityType.Place, !WeakPlaceContext.Contains(before));
        }

        return (EntityType.Other, false);
    }

    /// <summary>A place the gazetteer knows and one plural after it: "Houston Astros", "New England Patriots", "Texas Instruments".</summary>
    private static bool IsTeamOfPlace(List<Token> name) =>
        NameCues.IsTeamPlural(name[^1].Bare)
        && string.Join(' ', name.SkipLast(1).Select(t => t.Bare)) is var place
        && !Gazetteer.IsDemonym(place) && Gazetteer.Lookup(place) is { Type: EntityType.Place };

    [GeneratedRegex(@"^,\s*\d{1,3}\s*,")]
    private static partial Regex AgeAfter();

    // Whether a name ending in "s" is followed by a bare apostrophe: "in Tays' vehicle" is as possessive as "in Swift's case".
    private static bool OwnedAfter(Token last, string rest) =>
        last.Text.EndsWith('s') && rest.Length > 0 && rest[0] is '\'' or '’' && (rest.Length == 1 || !char.IsLetterOrDigit(rest[1]));

    // Whether the words after a possessive name open with a capital: what it owns is itself named.
    private static bool OwnsAName(string rest) => rest.TrimStart() is { Length: > 0 } owned && char.IsUpper(owned[0]);

    // Words before a place that are as often before a product or a service ("via Bluetooth", "via Android"). Not "from" or "at":
    // a place after them is often named by them alone ("from Erie", "at Varna"), so they stay sure cues.
    private static readonly HashSet<string> WeakPlaceContext = new(StringComparer.OrdinalIgnoreCase) { "via" };

    [GeneratedRegex(@"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedBefore();

    [GeneratedRegex(@"\b(?:port|city|town|village|island|islands|province|region|district|county|prefecture|capital|harbour|harbor|river|sea|state|municipality|regency)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceOfBefore();

    // A job held at a body, up to four words before "at": "analyst at", "senior vp partnerships and revenue at". Not
    // "officials at" or "workers at", who may be at an airport or a plant.
    [GeneratedRegex(@"\b(?:executive|analyst|vp|vice president|director|professor|researcher|scientist|economist|engineer|manager|editor|spokes(?:man|woman|person)|fellow|lecturer|employee|staffer|strategist|chairman|chairwoman|ceo|cfo|cto|coo|founder|co-founder|lawyer|attorney|consultant|developer|designer|trader|banker|intern)s?(?:\s+[\w&'’-]+){0,4}\s+at\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAtBefore();

    // An apposition that names a body's kind, the noun ending it: "Ferrari, the team that ...", "Ithaca, a company based in".
    // Not "Ann Lee, the company's founder" nor "Ann Lee, a team leader at ...".
    [GeneratedRegex(@"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:team|company|club|firm|carmaker|automaker|manufacturer|bank|airline|broadcaster|newspaper|charity|startup|start-up|retailer|studio|publisher|organisation|organization|conglomerate|insurer|lender|chipmaker)(?=\s+(?:that|which|whose|behind|based|founded|owned|run|known)\b|\s*[,.;)]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAppositiveAfter();

    [GeneratedRegex(@"\b(?:ceo|cfo|cto|coo|chief executive(?: officer)?|chief operating officer|chief financial officer|chairman|chairwoman|chairperson|founder|co-founder)\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfBefore();

    [GeneratedRegex(@"\b(?:along|across|down|up|off|near|beyond|crossed|cross|crossing)\s+the\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AcrossTheBefore();

    [GeneratedRegex(@"^\s+(?:personnel director|human resources|chief executive|board|shares|shareholders|headquarters|subsidiary|subsidiaries|employees|ceo|cfo|stock|workforce|revenue|revenues|profit|profits|customers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyRoleAfter();

    [GeneratedRegex(@"^(?:\s+(?:said|says|announced|confirmed|added)\s+(?:that\s+)?its\b|,\s*(?:which|based in|headquartered in|founded in)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SaidItAfter();

    [GeneratedRegex(@"\b(?:shares|stock|shareholders|subsidiary|stake)\s+(?:of|in)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ShareholdingBefore();

    /// <summary>A name ending in a plural that is no organisation's head word ("Citizens", not "Lines" or "Forces").</summary>
    private static bool IsCommonPlural(string name)
    {
        var last = name.Split(' ')[^1];
        return last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !NameCues.OrganizationHeads.Contains(last)
            && !last.EndsWith("ies", StringComparison.Ordinal) && !last.EndsWith("ions", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+\p{Ll}+(?<!ss)s\s+\($")]
    private static partial Regex PluralBeforeBracket();

    /// <summary>"National Anti-Corruption Bureau of Ukraine": a body's name with its country after "of".</summary>
    private static bool BodyOfCountry(string text)
    {
        var of = text.LastIndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && Gazetteer.Lookup(text[(of + 4)..]) is { Type: EntityType.Place } && AliasMatcher.LooksLikeOrganization(text[..of]);
    }

    [GeneratedRegex(@"^\p{Lu}{2,}s$")]
    private static partial Regex PluralAbbreviation();

    [GeneratedRegex(@"^(?:,\s*who\b|\s+(?:said|says|told|added|insisted|warned)\s+(?:that\s+)?(?:he|she)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoAfter();

    /// <summary>Lower-case geographic nouns written after a name that make it a place ("the Sulina channel", "Okpo harbour").</summary>
    private static readonly HashSet<string> GeographicFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "river", "channel", "canal", "sea", "strait", "straits", "port", "ports", "harbour", "harbor", "island", "islands", "delta",
        "estuary", "bay", "lake", "coast", "coastline", "peninsula", "mountains", "valley", "basin", "province", "prefecture",
        "county", "district", "region", "municipality", "regency", "waters",
    };

    private static bool Quoted(string sentence, List<Token> name)
    {
        var (start, end) = (name[0].Start, name[^1].End);
        return start > 0 && end < sentence.Length && IsQuote(sentence[start - 1]) && IsQuote(sentence[end]);
    }

    private static bool IsQuote(char c) => c is '\'' or '"' or '‘' or '’' or '“' or '”' or '„' or '«' or '»';

    private static bool IsShouted(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    // How many tokens from `index` in a shouted run spell a known name, added to `found` (the longest, up to four
    // words); 1, to step over the word, when none does.
    private static int ShoutedKnown(Sentence sentence, List<Token> tokens, int index, bool[] shouted, List<Mention> found)
    {
        for (var n = Math.Min(4, tokens.Count - index); n >= 1; n--)
        {
            if (!shouted[index + n - 1])
            {
                continue;
            }
            var words = Join(sentence.Text, tokens.GetRange(index, n));
            if (Gazetteer.Lookup(TitleCase(words)) is { } entry)
            {
                found.Add(Known(sentence, tokens[index].Start, words, entry));
                return n;
            }
        }
        return 1;
    }

    // Which tokens stand in a run of three or more words in capitals, with only spaces between them.
    private static bool[] ShoutedRuns(string text, List<Token> tokens)
    {
        const int Shortest = 3;
        var marks = new bool[tokens.Count];
        var start = 0;
        bool Shouted(int k) => k < tokens.Count && tokens[k].Text.Any(char.IsLetter) && IsShouted(tokens[k].Text);
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (Shouted(k) && (k == start || OnlySpaceBetween(text, tokens[k - 1], tokens[k])))
            {
                continue;
            }
            if (k - start >= Shortest)
            {
                Array.Fill(marks, true, start, k - start);
            }
            // A word in capitals after punctuation opens the next run.
            start = Shouted(k) ? k : k + 1;
        }
        return marks;
    }

    private static Mention Known(Sentence sentence, int start, string text, GazetteerEntry entry) =>
        new(StripPossessive(text), entry.Type, sentence.Start + start, sentence.Index) { Known = entry.Name, Confident = true };

    // "the Bahnpersonal-Gewerkschaft, known by its initials BPG", "the Kenya Ports Authority, also known as KPA", "the
    // Pan-African Parliament, or PAP": an abbreviation the sentence introduces as the name before it, as brackets do.
    [GeneratedRegex(@"^,\s*(?:or|(?:also\s+)?known\s+as|known\s+by\s+(?:its|their|the)\s+(?:initials|acronym|abbreviation))\s+(?:the\s+)?$")]
    private static partial Regex KnownAs();

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
            if (previous.Type is EntityType.Place or EntityType.Person)
            {
                // "SEOUL (APW)": a place and a wire credit are not one name.
                continue;
            }
            var gapStart = previous.Start + previous.Length - sentence.Start;
            var gapEnd = acronym.Start - sentence.Start;
            var plural = gapStart >= 0 && gapEnd > gapStart
                && (PluralBeforeBracket().IsMatch(sentence.Text[gapStart..gapEnd])
                    || (sentence.Text[gapStart..gapEnd].Trim() == "(" && previous.Known is null && IsCommonPlural(previous.Text) && !AliasMatcher.IsAcronymOf(acronym.Text, previous.Text)));
            if (plural)
            {
                // "Indonesian Citizens (WNI)": the abbreviation names a kind of person or thing, not a body.
                found[i] = acronym with { Type = EntityType.Other, Confident = false };
                continue;
            }
            if (gapStart >= 0 && gapEnd > gapStart && (sentence.Text[gapStart..gapEnd].Trim() is "(" or "’s (" or "'s ("
                || KnownAs().IsMatch(sentence.Text.AsSpan(gapStart, gapEnd - gapStart))))
            {
                found[i] = acronym with { Type = EntityType.Organization, Expansion = previous.Text };
            }
        }
    }

    /// <summary>
    /// "and" joins two capitalised words into one name only inside a body's name ("Ministry of
    /// Oceans and Fisheries", "Securities and Exchange Commission") or a minister's portfolio ("Oceans and Fisheries Minister").
    /// </summary>
    private static bool JoinsWithAnd(string text, List<Token> tokens, int index, int start)
    {
        if (!tokens[index - 1].Capitalised || index + 1 >= tokens.Count || !tokens[index + 1].Capitalised
            || !OnlySpaceBetween(text, tokens[index], tokens[index + 1]) || tokens[index - 1].Possessive)
        {
            return false;
        }
        if (index - start >= 3 && (NameCues.OrganizationLeads.Contains(tokens[start].Bare) || NameCues.Titles.Contains(tokens[start].Bare)) && tokens[start + 1].Text == "of"
            && (index - start == 3 || Between(text, tokens[index - 2], tokens[index - 1]) is ", "))
        {
            // One field before "and", or the last of a list: "Ministry of Oceans and Fisheries", "Ministry of Trade, Industry
            // and Energy"; not "the Department of Homeland Security and Alex Azar".
            return true;
        }
        var last = index + 1;
        for (var k = index + 1; k < tokens.Count && k <= index + 4 && tokens[k].Capitalised; k++)
        {
            if (IsOffice(tokens[k].Bare))
            {
                return true;
            }
            last = k;
            if (k + 1 < tokens.Count && !OnlySpaceBetween(text, tokens[k], tokens[k + 1]))
            {
                break;
            }
        }
        // "Securities and Exchange Commission", "Food and Drug Administration": the words after "and" end in a body's head.
        // Not "the US and Bank of England" (a head before "of" opens a name of its own), nor two known names ("Apple and
        // Google News"), nor a body or a place before "and" ("the Senate and House Intelligence Committee", "the Florida
        // Straits and Grand Bahama Bank" are two), nor a name with a connector of its own ("Aguas del Levante and Majan
        // Utilities"). Between "and" and the head stand one plain word, or two after a single word ("Fire and Disaster
        // Management Agency"); more, or a coined word, make names of their own ("Big Machine and Dick Clark Productions",
        // "Ubisoft and Take-Two Interactive" are two companies each).
        var after = last - index - 1;
        return NameCues.OrganizationHeads.Contains(tokens[last].Bare) && after >= 1 && (after == 1 || (after == 2 && index - start == 1))
            && Enumerable.Range(index + 1, after).All(k => tokens[k].Bare.All(char.IsLetter))
            && !(last + 1 < tokens.Count && tokens[last + 1].Text == "of")
            && !NameCues.OrganizationHeads.Contains(tokens[index - 1].Bare) && !NameCues.PlaceHeads.Contains(tokens[index - 1].Bare.TrimEnd('s'))
            && !tokens.Skip(start).Take(index - start).Any(t => NameCues.Connectors.Contains(t.Text))
            && Gazetteer.Lookup(tokens[index - 1].Bare) is null && Gazetteer.Lookup(tokens[index + 1].Bare) is null;
    }

    /// <summary>
    /// True when the comma before <paramref name="index"/> lies inside a body's name that lists its fields: "Ministry of
    /// Trade, Industry and Energy", "Meteorology, Climatology and Geophysics Agency". The list is of single plain words and
    /// ends in "and"; it follows either "Ministry of" (or another lead) and one word, or a single word when the words
    /// after "and" end in a body's head. A list of names is not one: "Big Machine, Braun and The Carlyle Group" names
    /// three companies.
    /// </summary>
    private static bool ContinuesAcrossComma(string text, List<Token> tokens, int index, int start)
    {
        if (Between(text, tokens[index - 1], tokens[index]) is not ", " || !IsPlainWord(tokens[index - 1]))
        {
            return false;
        }
        // The list's first word: a later item was checked with the whole list when the first joined.
        var first = index;
        while (first - 2 >= start && Between(text, tokens[first - 2], tokens[first - 1]) is ", ")
        {
            first--;
        }
        var ledByOf = first - start == 3 && tokens[start + 1].Text == "of"
            && (NameCues.OrganizationLeads.Contains(tokens[start].Bare) || NameCues.Titles.Contains(tokens[start].Bare));
        if (!(ledByOf || (first - start == 1 && IsPlainWord(tokens[start]))))
        {
            return false;
        }
        var k = index;
        while (true)
        {
            if (k + 1 >= tokens.Count || !IsPlainWord(tokens[k]) || k - first > 3)
            {
                return false;
            }
            var between = Between(text, tokens[k], tokens[k + 1]);
            if (between is " " && tokens[k + 1].Text == "and")
            {
                break;
            }
            if (between is not ", ")
            {
                return false;
            }
            k++;
        }
        var last = k + 2;
        if (last >= tokens.Count || !tokens[last].Capitalised || !OnlySpaceBetween(text, tokens[k + 1], tokens[last]))
        {
            return false;
        }
        while (last + 1 < tokens.Count && last - k < 4 && tokens[last + 1].Capitalised && OnlySpaceBetween(text, tokens[last], tokens[last + 1]))
        {
            last++;
        }
        return ledByOf
            ? Enumerable.Range(k + 2, last - k - 1).All(j => IsPlainWord(tokens[j])) && last - k <= 3
            : NameCues.OrganizationHeads.Contains(tokens[last].Bare) && last > k + 2 && !(last + 1 < tokens.Count && tokens[last + 1].Text == "of");
    }

    /// <summary>
    /// True when the run opens with an unknown abbreviation and ends in a place: "BPBD Bekasi City". Not a place written in
    /// capitals ("NEW YORK City").
    /// </summary>
    private static bool IsOfficeOfPlace(string text, List<Token> run) =>
        run.Count >= 2 && run[0].Text.Length is >= 3 and <= 6 && IsShouted(run[0].Text) && !run[0].Possessive && Gazetteer.Lookup(run[0].Bare) is null
        && (Gazetteer.Lookup(run[^1].Bare) is { Type: EntityType.Place } || NameCues.PlaceHeads.Contains(run[^1].Bare))
        && Gazetteer.Lookup(TitleCase(Join(text, run.GetRange(0, run.Count - 1)))) is null && Gazetteer.Lookup(TitleCase(run[0].Text)) is null;

    /// <summary>A capitalised word that is neither a known name, a body's head nor a word that opens sentences.</summary>
    private static bool IsPlainWord(Token token) =>
        token.Capitalised && !token.Possessive && !NameCues.NotNames.Contains(token.Bare) && !NameCues.OrganizationHeads.Contains(token.Bare)
        && Gazetteer.Lookup(token.Bare) is null;

    /// <summary>How many tokens a plural noun opening the sentence takes before "of (the)" and a name; 0 when it does not.</summary>
    private static int CommonNounOpening(string text, List<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Count || !IsInitial(text, tokens[i]) || tokens[i + 1].Text != "of"
            || NameCues.OrganizationLeads.Contains(tokens[i].Bare) || Gazetteer.Lookup(tokens[i].Bare) is not null
            || !tokens[i].Bare.EndsWith('s') || NameCues.Titles.Contains(tokens[i].Bare))
        {
            return 0;
        }
        var next = tokens[i + 2].Text == "the" ? i + 3 : i + 2;
        return next < tokens.Count && StartsName(tokens[next]) ? next - i : 0;
    }

    /// <summary>An office that heads a portfolio: the words before it name the portfolio, not a person.</summary>
    private static bool IsOffice(string word) =>
        word.Equals("Minister", StringComparison.OrdinalIgnoreCase) || word.Equals("Secretary", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Commissioner", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A word built on a name or a number that describes the next one: "Moscow-based", "Five-year-old", "Tokyo-bound",
    /// "Earth-orbiting", "Israeli-occupied". Not the lower-case syllables of Korean and Chinese given names ("Jong-un",
    /// "Mei-ling"), which are short.
    /// </summary>
    private static bool IsCompoundModifier(string word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0)
        {
            return false;
        }
        var last = word[(dash + 1)..];
        return last.Length > 0 && last.All(char.IsLower)
            && (last is "based" or "born" or "led" or "owned" or "run" or "backed" or "old" or "bound" or "happy" or "style" or "wide" or "like" or "free" or "friendly" or "sized"
                or "area" or "region" or "made" or "built" or "specific" or "focused" or "centric"
                || NameCues.IsIngForm(last) || (last.Length >= 5 && last.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static bool IsMonthAbbreviation(string word) =>
        word.ToLowerInvariant() is "jan" or "feb" or "mar" or "apr" or "jun" or "jul" or "aug" or "sep" or "oct" or "nov" or "dec";

    /// <summary>A street named by an ordinal, with the compass word before it: "53rd Street", "East 24th Street"; null for other words.</summary>
    private static List<Token>? NumberedStreet(string text, List<Token> tokens, int index)
    {
        var street = tokens[index];
        if (!StreetWords.Contains(street.Text) || index == 0 || OrdinalBefore().Match(text, 0, street.Start) is not { Success: true } ordinal)
        {
            return null;
        }
        var run = new List<Token> { new(ordinal.Groups["n"].Value, ordinal.Groups["n"].Index, ordinal.Groups["n"].Index + ordinal.Groups["n"].Length), street };
        // The ordinal's letters ("rd", "th") are a token of their own; the word before them may be a compass point.
        var first = tokens.FindLastIndex(index - 1, t => t.Start < run[0].Start);
        if (first >= 0 && NameCues.Compass.Contains(tokens[first].Text) && tokens[first].Capitalised && OnlySpaceBetween(text, tokens[first], run[0]))
        {
            run.Insert(0, tokens[first]);
        }
        return run;
    }

    // "the Falcon 9 rocket", "the Apollo 11 mission", "a Long March 5 rocket", "Pixel 2 users": a number between a name and
    // the kind of thing it names is the model's or the mission's, and part of the name; the end of the name with it, or null.
    // A month with a number is a day ("the August 29 launch"), and a known name keeps its own reading ("a Boeing 747 aircraft").
    private static int? ModelNumberEnd(string text, List<Token> tokens, int start, int end)
    {
        if ((end - start == 1 && MonthNames.IsMonth(tokens[start].Text)) || ModelNumberAfter().Match(text, tokens[end - 1].End) is not { Success: true } number
            || Gazetteer.Lookup(Join(text, tokens.GetRange(start, end - start))) is not null)
        {
            return null;
        }
        return number.Groups["n"].Index + number.Groups["n"].Length;
    }

    [GeneratedRegex(@"\G (?<n>\d{1,4}[A-Z]?)(?=\s+(?:(?:rocket|missile|mission|jet|jetliner|aircraft|airliner|plane|spacecraft|capsule|satellite|launchpad|pad|booster|smartphone|phone|console|tank|helicopter|drone|fighter|bomber|user)s?|launch(?:es)?)\b)")]
    private static partial Regex ModelNumberAfter();

    private static readonly HashSet<string> StreetWords = new(StringComparer.Ordinal) { "Street", "Avenue", "Road", "Boulevard", "Lane", "Drive" };

    [GeneratedRegex(@"(?<n>(?<!\d)\d{1,3}(?:st|nd|rd|th))\s$")]
    private static partial Regex OrdinalBefore();

    /// <summary>The first token after a time stamp opening the sentence ("5.15 p.m: Authorities say", "10:30 — Police"); 0 when there is none.</summary>
    private static int AfterTimeStamp(string text, List<Token> tokens)
    {
        var match = TimeStampPattern().Match(text);
        return match.Success && tokens.FindIndex(t => t.Start >= match.Length) is var k and >= 0 ? k : 0;
    }

    [GeneratedRegex(@"^\W{0,2}\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*[:\-–—]\s")]
    private static partial Regex TimeStampPattern();

    /// <summary>True when nothing but quotes and brackets stand before the token in its sentence.</summary>
    private static bool IsInitial(string text, Token token)
    {
        for (var k = 0; k < token.Start; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A dateline opening a wire lead, "SEOUL (APW) — " or "GEOJE, March 9 -": the capitals are a
    /// place, the bracketed credit an organisation, and they are not two names of one thing.
    /// </summary>
    /// <returns>The index of the first token after the dateline, 0 when there is none.</returns>
    private static int Dateline(Sentence sentence, List<Token> tokens, List<Mention> found)
    {
        var match = DatelinePattern().Match(sentence.Text);
        if (!match.Success)
        {
            return 0;
        }
        var place = match.Groups["place"];
        var title = TitleCase(place.Value);
        var known = Gazetteer.Lookup(place.Value) is { Type: EntityType.Place } k ? k : Gazetteer.Lookup(title);
        found.Add(new Mention(title, EntityType.Place, sentence.Start + place.Index, sentence.Index)
        {
            Known = known?.Name,
            Confident = true,
            Initial = true,
        });
        if (match.Groups["agency"] is { Success: true } agency)
        {
            found.Add(new Mention(agency.Value, EntityType.Organization, sentence.Start + agency.Index, sentence.Index)
            {
                Known = Gazetteer.Lookup(agency.Value)?.Name,
                Confident = true,
            });
        }
        var skip = 0;
        while (skip < tokens.Count && tokens[skip].Start < match.Index + match.Length)
        {
            skip++;
        }
        return skip;
    }

    [GeneratedRegex(@"^\W{0,2}(?<place>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\b(?:,[^()\-–—]{0,20})?\s*(?:\((?<agency>[\p{Lu}\p{L}&. -]{2,30})\)\s*)?[-–—]{1,2}\s")]
    private static partial Regex DatelinePattern();

    private static ReadOnlySpan<char> Between(string text, Token a, Token b) => text.AsSpan(a.End, b.Start - a.End);

    // Whether `a` is an initial (one capital letter) with its full stop, and `b` a capitalised word right after it.
    private static bool AfterInitial(string text, Token a, Token b) =>
        a.Text.Length == 1 && char.IsUpper(a.Text[0]) && b.Capitalised && a.End < b.Start && text[a.End] == '.'
        && text.AsSpan(a.End + 1, b.Start - a.End - 1) is { Length: > 0 } gap && gap.Trim(" \u00A0").IsEmpty;

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
        // Not the middle initial of "William A. Steinberg".
        var functionWords = tokens.Skip(1).Count(t => t.Capitalised && HeadlineFunctionWords.Contains(t.Text) && !(t.End < text.Length && text[t.End] == '.'));
        var closed = text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('"') || text.TrimEnd().EndsWith('”');
        return (functionWords > 0 && capitalised * 10 > tokens.Count * 6) || (!closed && capitalised * 10 > tokens.Count * 7);
    }

    private static readonly HashSet<string> HeadlineFunctionWords = new(StringComparer.Ordinal)
    {
        "To", "The", "And", "In", "On", "At", "For", "With", "A", "An", "Is", "Are", "By", "From", "As", "Its", "Into", "Over",
    };

    private static bool IsCollectivePossessive(string word) => CollectiveNouns.Contains(word);

    // Groups of people whose possessive opens the name of a body, a day or an event: "People's Liberation Army", "Workers’ Party",
    // "Women's March", "Veterans' Affairs", "Children's Hospital".
    private static readonly HashSet<string> CollectiveNouns = new(StringComparer.Ordinal)
    {
        "People", "Children", "Women", "Men", "Workers", "Veterans", "Farmers", "Teachers", "Nurses", "Citizens", "Soldiers", "Mothers",
        "Fathers", "Writers", "Consumers", "Students", "Peoples",
    };

    private static string Join(string text, List<Token> run) => text[run[0].Start..run[^1].End] is var span ? StripPossessive(span) : "";

    /// <summary>"NEW YORK" → "New York": each word's first letter kept, the rest lowered.</summary>
    private static string TitleCase(string words)
    {
        var chars = words.ToCharArray();
        for (var k = 1; k < chars.Length; k++)
        {
            if (char.IsLetter(chars[k - 1]))
            {
                chars[k] = char.ToLowerInvariant(chars[k]);
            }
        }
        return new string(chars);
    }

    // A compound of three or more words joined by a lower-case preposition and ending in lower case: "Day-by-day", "Up-to-date".
    private static bool IsPhraseCompound(string word)
    {
        // Read for every capitalised token: the count of hyphens costs no allocation.
        if (word.AsSpan().Count('-') < 2)
        {
            return false;
        }
        var parts = word.Split('-');
        return char.IsLower(parts[^1].FirstOrDefault('A')) && parts[1..^1].Any(p => p is "by" or "to" or "on" or "in" or "for" or "of" or "and" or "after" or "over");
    }

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
