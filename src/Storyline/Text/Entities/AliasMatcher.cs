namespace Storyline.Text.Entities;

/// <summary>Decides whether two names can refer to the same person, organisation or place.</summary>
/// <remarks>
/// Rules, not a list of names: gazetteer forms of one country match ("DPRK", "North Korea"), and a
/// known body also matches its name spelled another way ("Hizbollah", "al Qaida"); person names match
/// word by word under <see cref="NameKey.SameWord(string, string)"/> with given-name/surname structure kept
/// ("Kim Jong Un" ≠ "Kim Jong Il"), without lower-case particles ("von der Leyen", "al-Assad"), in
/// either order when they have two words ("Abe Shinzo"), and with given names in front of one form
/// only ("Luiz Inácio Lula da Silva"); a lone surname matches the first or last word of a full name;
/// acronyms match the initials of a long form, with leading place words optional ("KCNA" = "North
/// Korea Central News Agency"); organisation names match when they differ only in compatible place
/// words. Korean names also match across the two romanisations (<see cref="NameVariants"/>) and Chinese
/// names across pinyin and Wade–Giles (<see cref="ChineseNames"/>). Kept apart: a place and the same name
/// after a compass word or "New" ("Virginia", "West Virginia"), and a monarch's or pope's one name and a
/// full name that is not theirs ("King Charles", "Charles Michel"). Thread-safe.
/// </remarks>
public static class AliasMatcher
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> can name the same entity.</summary>
    public static bool Matches(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (x, y) = (Untitled(a), Untitled(b));
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        // A monarch or pope goes by one name: "King Charles" is "Charles III", not "Charles Michel".
        var (regnalA, regnalB) = (IsRegnal(a, x), IsRegnal(b, y));
        if (regnalA != regnalB && (regnalA ? y : x) is var single && !IsRegnalName(single) && !HasPatronymic(single))
        {
            return false;
        }
        if (NameKey.Plain(x) is { Length: > 1 } letters && letters == NameKey.Plain(y))
        {
            // The same letters in other capitals or marks: "TASS" and "Tass", "Tel-Aviv" and "Tel Aviv".
            return true;
        }
        var (gx, gy) = (Known(x), Known(y));
        if (gx is not null || gy is not null)
        {
            if (gx is not null && gy is not null)
            {
                return ReferenceEquals(gx, gy);
            }
            var (entry, other) = gx is not null ? (gx, y) : (gy!, x);
            // A body's name spelled another way ("Hizbollah", "al Qaida", "Taleban") is still that body. A place
            // matches only with the same letters ("P'yongyang", "Tel-Aviv"), not fuzzily: neighbours' names differ
            // by a letter or two (Niger, Nigeria).
            return entry.Aliases.Prepend(entry.Name).Any(form => SameAcronym(form, other) || NameKey.Plain(form) == NameKey.Plain(other)
                || (entry.Type == EntityType.Organization && !Gazetteer.IsAbbreviation(other) && !Gazetteer.IsAbbreviation(form) && SameWords(Words(form), Words(other))));
        }
        if (Gazetteer.IsAbbreviation(x) || Gazetteer.IsAbbreviation(y))
        {
            return SameAcronym(x, y);
        }
        if (LooksLikeOrganization(x) || LooksLikeOrganization(y))
        {
            return SameOrganization(x, y);
        }
        return SamePerson(PersonWords(x), PersonWords(y));
    }

    /// <summary>
    /// The words of a person's name without the lower-case particles that writers keep or drop
    /// ("Ursula von der Leyen", "von der Leyen"; "Lula da Silva"; "Bashar al-Assad", "Bashar Assad").
    /// </summary>
    internal static IReadOnlyList<string> PersonWords(string name)
    {
        var kept = new List<string>();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word;
            if (NameCues.Particles.Contains(w))
            {
                continue;
            }
            // "al-Assad" and "el-Sisi": the article is part of the word, not a syllable of a given name.
            var hyphen = w.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0 && hyphen < w.Length - 2 && ArabicArticles.Contains(w[..hyphen]) && char.IsUpper(w[hyphen + 1]))
            {
                w = w[(hyphen + 1)..];
            }
            kept.Add(w);
        }
        var words = Words(string.Join(' ', kept));
        return words.Count > 0 ? words : Words(name);
    }

    private static readonly HashSet<string> ArabicArticles = new(StringComparer.OrdinalIgnoreCase) { "al", "el", "ad", "as", "ash", "ar", "at", "az" };

    // Word by word; a given name may be an initial ("V. Putin", "Vladimir Putin"), the last word may not.
    private static bool SameWords(IReadOnlyList<string> a, IReadOnlyList<string> b, Func<string, string, bool>? same = null) =>
        a.Count == b.Count && a.Count > 0
        && a.Zip(b).Select((p, i) => (same ?? NameKey.SameWord)(p.First, p.Second) || (i < a.Count - 1 && SameInitial(p.First, p.Second))).All(x => x);

    // "V." and "Vladimir": one word is a capital initial of the other.
    private static bool SameInitial(string a, string b)
    {
        var (x, y) = (a.TrimEnd('.'), b.TrimEnd('.'));
        return (x.Length == 1) != (y.Length == 1) && char.IsUpper(x[0]) && char.IsUpper(y[0]) && x[0] == y[0];
    }

    /// <summary>True when the last words of <paramref name="words"/> are <paramref name="end"/>, spelling variants allowed.</summary>
    internal static bool EndsWith(IReadOnlyList<string> words, IReadOnlyList<string> end, Func<string, string, bool>? same = null) =>
        end.Count <= words.Count && SameWords(words.Skip(words.Count - end.Count).ToList(), end, same);

    // The gazetteer's entry for a name, also when the name is set in capitals ("HAMAS") and no abbreviation is spelled so.
    private static GazetteerEntry? Known(string name) =>
        Gazetteer.Lookup(name)
        ?? (name.Length >= 4 && name.All(char.IsLetter) && Gazetteer.IsAbbreviation(name) ? Gazetteer.Lookup(name[..1] + name[1..].ToLowerInvariant()) : null);

    /// <summary>The words of a name, split at spaces and hyphens, without a possessive ending.</summary>
    public static IReadOnlyList<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Split([' ', '-', '‐', '–'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(StripPossessive)
            .Where(w => w.Length > 0)
            .ToList();
    }

    /// <summary>True when two person names can be the same person.</summary>
    internal static bool SamePerson(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }
        // Korean names are romanised in two systems that differ in more than spelling ("Chung", "Jung"). A name one of
        // whose words shows a German or French transliteration has its other words read so too ("Sergej Schoigu").
        var transliteration = a.Concat(b).Aggregate(Transliteration.None, (t, w) => t | NameKey.TransliterationOf(w));
        var korean = NameVariants.LooksKorean(a) || NameVariants.LooksKorean(b);
        Func<string, string, bool> same = korean ? SameKoreanWord
            : transliteration == Transliteration.None ? NameKey.SameWord
            : (x, y) => NameKey.SameWord(x, y, transliteration);
        if (a.Count == 1 || b.Count == 1)
        {
            var (single, full) = a.Count == 1 ? (a[0], b) : (b[0], a);
            // "Virginia" is not "West Virginia", nor "York" "New York". A given name alone is written as in the full name:
            // respelled, it is another word ("Make" is not Mike Brown, "God" not Good Morning Britain); a family name written
            // first is respelled as any ("Choi" of Choe Son-hui).
            var familyFirst = FamilyNameFirst(full);
            return (familyFirst || korean ? same(single, full[0]) : NameKey.Fold(single) == NameKey.Fold(full[0]))
                || (!familyFirst && !IsPlacePrefix(full[0]) && same(single, full[^1]))
                || SameLetters(a, b);
        }
        if (SameWords(a, b, same) || SameLetters(a, b) || ChineseNames.Same(a, b))
        {
            return true;
        }
        // Family name first or last: "Abe Shinzo" is "Shinzo Abe".
        if (a.Count == 2 && b.Count == 2 && same(a[0], b[1]) && same(a[1], b[0]))
        {
            return true;
        }
        var (longer, shorter) = a.Count > b.Count ? (a, b) : (b, a);
        // The full name of one form ends with the other, given names and all: "Luiz Inácio Lula da Silva", "Lula da Silva".
        // Not when the extra words repeat the name ("ELON MUSK Elon Musk", a headline run into its byline) or
        // abbreviate a body ("BPBD Bekasi City", "EPA Chicago Cubs": an agency, a photo credit), nor when they are a
        // demonym ("British Virgin Islands" is not the "Virgin Islands").
        var extra = longer.Count - shorter.Count;
        // Nor when the word it starts at is a middle initial: "Matthew B. Steinberg" is not "Bruce Steinberg".
        if (shorter.Count >= 2 && extra > 0 && !FamilyNameFirst(longer) && longer[extra].TrimEnd('.').Length > 1
            && EndsWith(longer, shorter, same)
            && !longer.Take(extra).Any(w => Gazetteer.IsAbbreviation(w) || Gazetteer.IsDemonym(w) || shorter.Any(v => same(w, v))))
        {
            return true;
        }
        if (!same(a[0], b[0]))
        {
            return false;
        }
        // "Sun-hee" and "Sunhee" split into different word counts; compare the given names as one word.
        if (a.Count != b.Count && same(string.Concat(a.Skip(1)), string.Concat(b.Skip(1))))
        {
            return true;
        }
        // A middle name present in one form only: "George W Bush" and "George Bush".
        return longer.Count == shorter.Count + 1 && shorter.Count >= 2
            && same(longer[^1], shorter[^1])
            && longer.Take(shorter.Count - 1).Zip(shorter.Take(shorter.Count - 1)).All(p => same(p.First, p.Second));
    }

    private static bool SameKoreanWord(string a, string b) =>
        NameKey.SameWord(a, b) || NameKey.SameWord(NameVariants.KoreanFold(a), NameVariants.KoreanFold(b));

    // The same letters split into words differently: "Abdulaziz" and "Abdul Aziz", "Abdelfattah" and "Abdel-Fattah".
    private static bool SameLetters(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count != b.Count && NameKey.Fold(string.Concat(a)) == NameKey.Fold(string.Concat(b));

    // Words in front of a place's name that make it another place: "West Virginia", "New York", "South Sudan".
    private static bool IsPlacePrefix(string word) => IsCompass(word.ToLowerInvariant()) || word == "New";

    /// <summary>
    /// True for a name written family name first, as Korean and Chinese names are in the press:
    /// a hyphenated given name ("Park Jun-ho", "Kim Jong-un") or a surname and two given-name
    /// syllables ("Pak Jun Ho"). A lone word can then only be the family name: "Park", not "Ho".
    /// </summary>
    internal static bool FamilyNameFirst(IReadOnlyList<string> words)
    {
        if (words.Count < 3)
        {
            return false;
        }
        if (words.Skip(1).Any(w => char.IsLower(w[0])))
        {
            return true;
        }
        return words.Count == 3 && words.All(w => w.Length is >= 2 and <= 4);
    }

    /// <summary>True when two organisation names can be the same organisation.</summary>
    internal static bool SameOrganization(string a, string b)
    {
        if (Gazetteer.IsAbbreviation(a) || Gazetteer.IsAbbreviation(b))
        {
            return SameAcronym(a, b);
        }
        var (x, y) = (ContentWords(a), ContentWords(b));
        // "Ministry of Foreign Affairs" is the "Foreign Ministry"; the "Labour Party" is "Labour".
        x.RemoveAll(w => w == "affairs");
        y.RemoveAll(w => w == "affairs");
        if (x.Count != y.Count)
        {
            (x, y) = (WithoutParty(x), WithoutParty(y));
        }
        if (x.Count == 0 || y.Count == 0)
        {
            return false;
        }
        if (x.Count == y.Count && x.Zip(y).All(p => NameKey.SameWord(p.First, p.Second)))
        {
            return true;
        }
        // "Ministry of Unification" and "Unification Ministry": the same words in the other order.
        if (x.Count == y.Count && x.Count >= 2 && x.All(w => y.Any(v => NameKey.SameWord(w, v))) && y.All(w => x.Any(v => NameKey.SameWord(w, v))))
        {
            return true;
        }
        // Same body, place written differently: "Korean Central News Agency", "North Korea Central News Agency".
        var common = 0;
        while (common < Math.Min(x.Count, y.Count) && NameKey.SameWord(x[^(common + 1)], y[^(common + 1)]))
        {
            common++;
        }
        if (common < 2)
        {
            return false;
        }
        var (px, py) = (x.Take(x.Count - common).ToList(), y.Take(y.Count - common).ToList());
        if (px.Count == 0 || py.Count == 0 || !px.All(IsGeographic) || !py.All(IsGeographic))
        {
            return false;
        }
        return px.Any(p => py.Any(q => !IsCompass(p) && PlaceStem(p) == PlaceStem(q)));
    }

    private static List<string> WithoutParty(List<string> words) => words.Count > 1 && words[^1] == "party" ? words[..^1] : words;

    /// <summary>True when both are the same abbreviation, or one abbreviates the other.</summary>
    internal static bool SameAcronym(string a, string b)
    {
        var (x, y) = (Gazetteer.IsAbbreviation(a), Gazetteer.IsAbbreviation(b));
        if (x && y)
        {
            return Letters(a) == Letters(b);
        }
        if (!x && !y)
        {
            return false;
        }
        var (acronym, name) = x ? (a, b) : (b, a);
        return IsAcronymOf(acronym, name);
    }

    /// <summary>True when <paramref name="acronym"/> spells the initials of <paramref name="name"/>.</summary>
    public static bool IsAcronymOf(string acronym, string name)
    {
        ArgumentNullException.ThrowIfNull(acronym);
        ArgumentNullException.ThrowIfNull(name);
        var letters = Letters(acronym);
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive).Where(w => w.Length > 0 && char.IsLetter(w[0])).ToList();
        if (letters.Length < 2 || words.Count < 2)
        {
            return false;
        }
        var content = words.Where(w => !NameCues.Connectors.Contains(w.ToLowerInvariant()) && !w.Equals("and", StringComparison.OrdinalIgnoreCase)).ToList();
        var leadingPlaces = content.TakeWhile(w => IsGeographic(w.ToLowerInvariant())).Count();
        // "National Anti-Corruption Bureau of Ukraine" is NABU: a hyphenated compound gives one letter.
        var compounds = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive)
            .Where(w => w.Length > 0 && char.IsLetter(w[0]) && !NameCues.Connectors.Contains(w.ToLowerInvariant()) && !w.Equals("and", StringComparison.OrdinalIgnoreCase))
            .ToList();
        IEnumerable<IReadOnlyList<string>> candidates =
        [
            content,
            compounds,
            words,
            content.Skip(Math.Max(0, leadingPlaces - 1)).ToList(),
            content.Skip(leadingPlaces).ToList(),
        ];
        return candidates.Any(c => c.Count >= 2 && string.Concat(c.Select(w => char.ToUpperInvariant(w[0]))) == letters);
    }

    // "State Department", "Defence Ministry": an organisation's first word is not a title.
    private static string Untitled(string name) => LooksLikeOrganization(name.Trim()) ? name.Trim() : StripTitles(name);

    /// <summary>The name without leading titles ("Foreign Minister Choe" → "Choe") and possessive ending.</summary>
    internal static string StripTitles(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "U.S. Secretary of State Antony Blinken", "Russian President Vladimir Putin": the country before the office goes too.
        var skip = words.Count > 2 && NameCues.Titles.Contains(words[1].TrimEnd('.')) && Gazetteer.Lookup(words[0]) is not null ? 1 : 0;
        while (skip < words.Count - 1 && (NameCues.Titles.Contains(words[skip].TrimEnd('.')) || (skip > 0 && words[skip] == "of")))
        {
            skip++;
        }
        return StripPossessive(string.Join(' ', words.Skip(skip)));
    }

    private static readonly HashSet<string> RegnalTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "king", "queen", "pope", "emperor", "empress", "tsar", "czar", "prince", "princess",
    };

    // A name after a monarch's or pope's title: one word, perhaps with a number ("King Charles", "Pope Leo XIV").
    // The words StripTitles took from the front of the name hold a monarch's or pope's title.
    private static bool IsRegnal(string name, string untitled)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titles = words.Length - untitled.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return titles > 0 && words.Take(titles).Any(RegnalTitles.Contains) && IsRegnalName(untitled);
    }

    // "Salman bin Abdulaziz Al Saud" is King Salman's full name: the patronymic follows the one name a king goes by.
    private static bool HasPatronymic(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } words && words[1] is "bin" or "ibn" or "bint";

    private static bool IsRegnalName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 || (words.Length == 2 && IsRomanNumeral(words[1]));
    }

    private static bool IsRomanNumeral(string word) => word.Length > 0 && word.All(c => c is 'I' or 'V' or 'X' or 'L');

    internal static bool LooksLikeOrganization(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }
        // A hyphenated last word is a head when either half is: "Erie Times-News", "Pittsburgh Post-Gazette".
        var heads = words.Length > 1 ? words[^1].Split('-') : [words[^1]];
        // Partners joined by an ampersand name a firm: "Johnson & Johnson", "Marks & Spencer".
        return heads.Any(NameCues.OrganizationHeads.Contains)
            || (words.Length > 1 && NameCues.ClubLeads.Contains(words[0]))
            || (words.Length > 2 && NameCues.OrganizationLeads.Contains(words[0]) && words[1] is "of" or "for")
            || words.Contains("&");
    }

    private static List<string> ContentWords(string name) =>
        name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => NameKey.Plain(StripPossessive(w)))
            .Where(w => w.Length > 0 && !NameCues.Connectors.Contains(w) && w != "and")
            .ToList();

    private static bool IsGeographic(string lowerWord) =>
        Gazetteer.IsGeographicWord(lowerWord) || Gazetteer.IsGeographicWord(PlaceStem(lowerWord));

    private static bool IsCompass(string word) => word is "north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western";

    /// <summary>A demonym's country stem: "korean" → "korea", "russian" → "russia".</summary>
    private static string PlaceStem(string lowerWord)
    {
        foreach (var suffix in new[] { "n", "ese", "i" })
        {
            if (lowerWord.Length > suffix.Length + 3 && lowerWord.EndsWith(suffix, StringComparison.Ordinal)
                && Gazetteer.IsGeographicWord(lowerWord[..^suffix.Length]))
            {
                return lowerWord[..^suffix.Length];
            }
        }
        return lowerWord;
    }

    private static string Letters(string acronym) => new(acronym.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    private static string StripPossessive(string word)
    {
        var w = word.Trim();
        if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return w[..^2];
        }
        return w.TrimEnd('\'', '’');
    }
}
