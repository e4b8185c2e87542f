using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Language;

namespace Storyline.Stories;

/// <summary>Casualty counts, amounts and lengths of events in German reports, lined up with those of English ones.</summary>
internal static partial class ClaimFinder
{
    private const string GermanNumber = @"(?<n>\d{1,3}(?:\.\d{3})+|\d+|eine[mnrs]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert)";
    private const string GermanQualifier = @"(?:(?<q>mindestens|mehr als|über|fast|beinahe|knapp|rund|etwa|ungefähr|circa|bis zu)\s+)?";
    private const string GermanCounted = @"(?<who>Menschen|Personen|Opfer|Passagiere|Fahrgäste|Kinder|Soldaten|Zivilisten|Arbeiter|Bergleute|Besatzungsmitglieder|Einwohner|Bewohner|Touristen|Polizisten|Feuerwehrleute|Demonstranten|Migranten|Fischer|Schüler|Patienten|Häftlinge|Geiseln|Seeleute|Journalisten|Pilger)";

    // "mindestens drei Menschen ums Leben gekommen", "Mehr als 40 Menschen wurden nach Angaben der Küstenwache verletzt":
    // the participle closes the clause, a few words after the count. "schwer verletzt" counts only the badly hurt, so a
    // degree between them rules the match out.
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + GermanQualifier + GermanNumber + @"\s+" + GermanCounted + @"\s+(?:(?!(?:schwer|leicht|lebensgefährlich|tödlich)\b)[^\s,.;:!?]+\s+){0,6}?(?<verb>getötet|verletzt|vermisst|festgenommen|verhaftet|evakuiert|gerettet|gestorben|ums\s+Leben)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanCountBeforeVerb();

    // "starben drei Menschen", "wurden 23 Passagiere verletzt" is the pattern above.
    [GeneratedRegex(@"\bstarben\s+" + GermanQualifier + GermanNumber + @"\s+" + GermanCounted + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanDiedCount();

    // "drei Tote", "von fünf Toten", "41 Verletzte": the count of a noun made from the outcome.
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + GermanQualifier + GermanNumber + @"\s+(?<verb>Tote|Toten|Todesopfer|Todesopfern|Verletzte|Verletzten|Vermisste|Vermissten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanOutcomeNoun();

    private static readonly Dictionary<string, string> GermanQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mindestens"] = "at least", ["mehr als"] = "more than", ["über"] = "more than", ["fast"] = "nearly", ["beinahe"] = "nearly",
        ["knapp"] = "nearly", ["rund"] = "about", ["etwa"] = "about", ["ungefähr"] = "about", ["circa"] = "about", ["bis zu"] = "up to",
    };

    private static readonly Dictionary<string, string> GermanCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Menschen"] = "people", ["Personen"] = "people", ["Opfer"] = "people", ["Passagiere"] = "passengers", ["Fahrgäste"] = "passengers",
        ["Kinder"] = "children", ["Soldaten"] = "soldiers", ["Zivilisten"] = "civilians", ["Arbeiter"] = "workers", ["Bergleute"] = "miners",
        ["Besatzungsmitglieder"] = "crew members", ["Einwohner"] = "residents", ["Bewohner"] = "residents", ["Touristen"] = "tourists",
        ["Polizisten"] = "police officers", ["Feuerwehrleute"] = "firefighters", ["Demonstranten"] = "protesters", ["Migranten"] = "migrants",
        ["Fischer"] = "fishermen", ["Schüler"] = "students", ["Patienten"] = "patients", ["Häftlinge"] = "prisoners", ["Geiseln"] = "hostages",
        ["Seeleute"] = "sailors", ["Journalisten"] = "journalists", ["Pilger"] = "pilgrims",
    };

    private static readonly Dictionary<string, long> GermanNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ein"] = 1, ["eine"] = 1, ["einem"] = 1, ["einen"] = 1, ["einer"] = 1, ["eines"] = 1, ["zwei"] = 2, ["drei"] = 3, ["vier"] = 4,
        ["fünf"] = 5, ["sechs"] = 6, ["sieben"] = 7, ["acht"] = 8, ["neun"] = 9, ["zehn"] = 10, ["elf"] = 11, ["zwölf"] = 12,
        ["zwanzig"] = 20, ["dreißig"] = 30, ["vierzig"] = 40, ["fünfzig"] = 50, ["hundert"] = 100,
    };

    private const string GermanScale = @"Billionen|Milliarden|Mrd\.|Millionen|Mio\.";

    // "1,2 Milliarden Euro", "1,7 Mrd. Euro", "€ 300 Millionen": a decimal comma, the scale as a word or its abbreviation.
    private static readonly Regex GermanMoney = new(
        @"(?<![\p{L}\d.,])(?:(?<q>rund|etwa|knapp|fast|mehr als|über|mindestens|bis zu)\s+)?(?:(?<n>\d+(?:,\d+)?)\s(?<scale>" + GermanScale + @")\s(?<cur>"
        + Currencies.Names + @")(?![\p{L}\d])|(?<cur>" + Currencies.Symbols + @")\s?(?<n>\d+(?:,\d+)?)\s(?<scale>" + GermanScale + @")(?!\p{L}))",
        RegexOptions.IgnoreCase);

    // What a German amount prices, by the English noun the English claims use.
    private static readonly Dictionary<string, string> GermanPriced = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Fonds"] = "fund", ["Auftrag"] = "contract", ["Auftrags"] = "contract", ["Vertrag"] = "contract", ["Vertrags"] = "contract",
        ["Vereinbarung"] = "agreement", ["Abkommen"] = "deal", ["Projekt"] = "project", ["Anlage"] = "plant", ["Paket"] = "package",
        ["Hilfspaket"] = "package", ["Programm"] = "programme", ["Kredit"] = "loan", ["Darlehen"] = "loan", ["Investition"] = "investment",
        ["Haushalt"] = "budget", ["Übernahme"] = "takeover", ["Angebot"] = "offer", ["Vergleich"] = "settlement", ["Strafe"] = "fine",
        ["Geldstrafe"] = "fine", ["Bußgeld"] = "fine",
    };

    // The amounts of one German sentence that say what they price: "einen Fonds in Höhe von 1,2 Milliarden Euro",
    // "ein Auftrag über 1,7 Milliarden Euro", "der 1,2 Milliarden Euro schwere Fonds".
    private static void AddGermanAmounts(List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in GermanMoney.Matches(text))
        {
            if (GermanPricedThing(text, m) is not { } noun
                || !double.TryParse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                continue;
            }
            var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "billionen" => 1e12,
                "milliarden" or "mrd." => 1e9,
                _ => 1e6,
            };
            var q = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? GermanQualifiers[m.Groups["q"].Value] : null;
            AddAmount(found, noun, amount, scale, m.Groups["cur"].Value, q, sentence);
        }
    }

    private static string? GermanPricedThing(string text, Match m)
    {
        var after = WordOrStop().Matches(text[(m.Index + m.Length)..]).Take(3).Select(t => t.Value).ToList();
        if (after.Count >= 2 && after[0].StartsWith("schwer", StringComparison.OrdinalIgnoreCase) && GermanPriced.TryGetValue(after[1], out var heavy))
        {
            // "der 1,2 Milliarden Euro schwere Fonds".
            return heavy;
        }
        var before = WordOrStop().Matches(text[..m.Index]).TakeLast(5).Select(t => t.Value).ToList();
        var lead = before.Count >= 3 && before[^3] is "in" && before[^2] is "Höhe" && before[^1] is "von" ? 3
            : before.Count >= 1 && before[^1] is "über" or "von" ? 1
            : 0;
        // "ein gemeinsamer Fonds in Höhe von …", "ein Auftrag über …", "ein Vertrag im Wert von …" read back to the noun.
        if (lead == 1 && before[^1] == "von" && before.Count >= 3 && before[^2] is "Wert" && before[^3] is "im")
        {
            lead = 3;
        }
        return lead > 0 && before.Count > lead && GermanPriced.TryGetValue(before[^(lead + 1)], out var noun) ? noun : null;
    }

    // "48 Stunden", "drei Tage", "zwei Wochen": a length with its unit as a noun.
    [GeneratedRegex(@"(?<![\p{L}\d.,-])" + GermanQualifier + GermanNumber + @"\s+(?<unit>Minuten|Stunden|Stunde|Tagen|Tage|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|Jahre|Jahr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GermanDuration();

    // "48-stündiger Streik", "dreitägige Gespräche", "ein 72-Stunden-Streik": a length made into an adjective or a compound.
    [GeneratedRegex(@"(?<![\p{L}\d.,-])(?<n>\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|vierzehn|zwanzig|dreißig)-?(?:(?<unit>stündig|tägig|wöchig|monatig|jährig)e[nmrs]?\s+(?:[\p{L}-]+\s+)??(?<noun>\p{Lu}[\p{L}-]*)|(?<unit>Stunden|Tage|Wochen|Monate|Jahres)-(?<noun>\p{Lu}[\p{L}-]+))")]
    private static partial Regex GermanDurationCompound();

    private static readonly Dictionary<string, string> GermanUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minuten"] = "minute", ["stunden"] = "hour", ["stunde"] = "hour", ["stündig"] = "hour", ["tagen"] = "day", ["tage"] = "day",
        ["tag"] = "day", ["tägig"] = "day", ["wochen"] = "week", ["woche"] = "week", ["wöchig"] = "week", ["monaten"] = "month",
        ["monate"] = "month", ["monat"] = "month", ["monatig"] = "month", ["jahren"] = "year", ["jahre"] = "year", ["jahr"] = "year",
        ["jährig"] = "year", ["jahres"] = "year",
    };

    // The lengths of one German sentence with the event they are the length of: "einen Ausstand von 48 Stunden",
    // "der Streik soll 48 Stunden dauern", "ein 48-stündiger Streik", "ein 72-Stunden-Streik".
    private static void AddGermanDurations(List<(EventWord Event, DurationValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in GermanDurationCompound().Matches(text))
        {
            if (ParseGermanNumber(m.Groups["n"].Value) is { } amount && EventWords.GermanNoun(m.Groups["noun"].Value) is { } compound)
            {
                found.Add((compound with { Start = m.Index, End = m.Index + m.Length }, DurationValue.Of(amount, GermanUnits[m.Groups["unit"].Value], null), sentence));
            }
        }
        AddBoundDurations(found, sentence, GermanDuration(), ParseGermanNumber, GermanUnits, GermanQualifiers, (before, after) =>
        {
            if (before.Count >= 2 && before[^1] == "von")
            {
                // "einen Ausstand von 48 Stunden".
                return EventWords.GermanNoun(before[^2]);
            }
            if (after.Count >= 1 && (after[0].StartsWith("dauer", StringComparison.OrdinalIgnoreCase) || after[0] == "andauern"))
            {
                // "der Streik soll 48 Stunden dauern".
                return SubjectEvent(before, before.Count - 1, (words, i) => EventWords.GermanNoun(words[i]));
            }
            // "der Stromausfall dauerte vier Stunden".
            return before.Count >= 2 && before[^1].StartsWith("dauer", StringComparison.OrdinalIgnoreCase)
                ? SubjectEvent(before, before.Count - 2, (words, i) => EventWords.GermanNoun(words[i]))
                : null;
        });
    }

    private static bool IsGerman(ReadArticle article) =>
        LanguageCodes.IsGerman(article.Member.Article.Language);

    // The counts of one German sentence, keyed as the English ones are ("people killed", "passengers injured").
    private static void AddGermanCounts(List<(string About, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in GermanCountBeforeVerb().Matches(text).Concat(GermanDiedCount().Matches(text)).Concat(GermanOutcomeNoun().Matches(text)))
        {
            if (ParseGermanNumber(m.Groups["n"].Value) is not { } count)
            {
                continue;
            }
            var verb = m.Groups["verb"].Success ? m.Groups["verb"].Value.ToLowerInvariant() : "gestorben";
            var outcome = verb switch
            {
                "verletzt" or "verletzte" or "verletzten" => "injured",
                "vermisst" or "vermisste" or "vermissten" => "missing",
                "festgenommen" or "verhaftet" => "arrested",
                "evakuiert" => "evacuated",
                "gerettet" => "rescued",
                _ => "killed",
            };
            var who = m.Groups["who"].Success ? GermanCounts[m.Groups["who"].Value] : "people";
            var qualifier = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? GermanQualifiers[m.Groups["q"].Value] : null;
            AddCount(found, who, outcome, count, m.Groups["n"].Value.Contains('.', StringComparison.Ordinal), qualifier, sentence);
        }
    }

    private static long? ParseGermanNumber(string text) =>
        long.TryParse(text.Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : GermanNumbers.TryGetValue(text, out var word) ? word
        : null;
}
