using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Language;

namespace Storyline.Stories;

/// <summary>Casualty counts, amounts and lengths of events in French and Spanish reports, lined up with those of English ones.</summary>
internal static partial class ClaimFinder
{
    // A count as French and Spanish write it: "1.700" or "1 700" with a group separator, or a number word.
    private const string RomanceNumber = @"(?<n>\d{1,3}(?:[.\u00A0\u202F ]\d{3})+(?![\d,])|\d+(?![\d,])|un|une|una|uno|deux|dos|trois|tres|quatre|cuatro|cinq|cinco|six|seis|sept|siete|huit|ocho|neuf|nueve|dix|diez|onze|once|douze|doce|vingt|veinte|trente|treinta|quarante|cuarenta|cinquante|cincuenta|cent|cien)";
    private const string RomanceQualifier = @"(?:(?<q>au moins|plus de|près de|presque|environ|quelque|jusqu'à|jusqu’à|al menos|por lo menos|más de|casi|cerca de|unos|unas|alrededor de|aproximadamente|hasta)\s+)?";
    private const string RomanceCounted = @"(?<who>personnes|passagers|enfants|soldats|militaires|civils|ouvriers|travailleurs|mineurs|migrants|touristes|policiers|gendarmes|pompiers|manifestants|habitants|résidents|pêcheurs|élèves|étudiants|patients|détenus|prisonniers|otages|marins|journalistes|pèlerins|personas|pasajeros|niños|soldados|militares|civiles|trabajadores|obreros|mineros|migrantes|turistas|policías|agentes|bomberos|manifestantes|vecinos|residentes|habitantes|pescadores|estudiantes|alumnos|pacientes|presos|reclusos|rehenes|marineros|tripulantes|periodistas|peregrinos)";
    private const string RomanceOutcome = @"(?<verb>tués|tuées|morts|mortes|mort|décédés|décédées|péri|blessés|blessées|disparus|disparues|arrêtés|arrêtées|interpellés|interpellées|évacués|évacuées|secourus|secourues|sauvés|sauvées|muertos|muertas|muerto|murieron|fallecidos|fallecidas|fallecieron|heridos|heridas|desaparecidos|desaparecidas|detenidos|detenidas|arrestados|arrestadas|evacuados|evacuadas|rescatados|rescatadas)";
    // A degree before or after the outcome counts only the badly or lightly hurt: "grièvement blessées", "heridos graves".
    private const string RomanceDegree = @"(?:grièvement|gravement|légèrement|légers?|légères?|grave|graves|gravemente|levemente|leves|de\s+gravedad)";

    // "au moins trois personnes ont été tuées", "23 personas resultaron heridas": the outcome closes the clause, a few words on.
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + RomanceQualifier + RomanceNumber + @"\s+" + RomanceCounted + @"\s+(?:(?!" + RomanceDegree + @"\b)[^\s,.;:!?]+\s+){0,5}?" + RomanceOutcome + @"\b(?!\s+" + RomanceDegree + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceCountBeforeVerb();

    // "murieron al menos 12 personas", "resultaron heridas 23 personas", "ont péri trois personnes".
    [GeneratedRegex(@"\b(?<verb>murieron|fallecieron|heridas|heridos|péri|tuées|tués|blessées|blessés)\s+" + RomanceQualifier + RomanceNumber + @"\s+" + RomanceCounted + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceVerbBeforeCount();

    // "cinq morts et 40 blessés", "dejó cinco muertos", "más de 40 heridos": the count of a noun made from the outcome.
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + RomanceQualifier + RomanceNumber + @"\s+" + RomanceOutcome + @"\b(?!\s+" + RomanceDegree + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceOutcomeNoun();

    private static readonly Dictionary<string, string> RomanceQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["au moins"] = "at least", ["plus de"] = "more than", ["près de"] = "nearly", ["presque"] = "nearly", ["environ"] = "about",
        ["quelque"] = "about", ["jusqu'à"] = "up to", ["jusqu’à"] = "up to", ["al menos"] = "at least", ["por lo menos"] = "at least",
        ["más de"] = "more than", ["casi"] = "nearly", ["cerca de"] = "about", ["unos"] = "about", ["unas"] = "about",
        ["alrededor de"] = "about", ["aproximadamente"] = "about", ["hasta"] = "up to",
    };

    private static readonly Dictionary<string, string> RomanceCounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["personnes"] = "people", ["passagers"] = "passengers", ["enfants"] = "children", ["soldats"] = "soldiers", ["militaires"] = "soldiers",
        ["civils"] = "civilians", ["ouvriers"] = "workers", ["travailleurs"] = "workers", ["mineurs"] = "miners", ["migrants"] = "migrants",
        ["touristes"] = "tourists", ["policiers"] = "police officers", ["gendarmes"] = "police officers", ["pompiers"] = "firefighters",
        ["manifestants"] = "protesters", ["habitants"] = "residents", ["résidents"] = "residents", ["pêcheurs"] = "fishermen",
        ["élèves"] = "students", ["étudiants"] = "students", ["patients"] = "patients", ["détenus"] = "prisoners", ["prisonniers"] = "prisoners",
        ["otages"] = "hostages", ["marins"] = "sailors", ["journalistes"] = "journalists", ["pèlerins"] = "pilgrims",
        ["personas"] = "people", ["pasajeros"] = "passengers", ["niños"] = "children", ["soldados"] = "soldiers", ["militares"] = "soldiers",
        ["civiles"] = "civilians", ["trabajadores"] = "workers", ["obreros"] = "workers", ["mineros"] = "miners", ["migrantes"] = "migrants",
        ["turistas"] = "tourists", ["policías"] = "police officers", ["agentes"] = "police officers", ["bomberos"] = "firefighters",
        ["manifestantes"] = "protesters", ["vecinos"] = "residents", ["residentes"] = "residents", ["habitantes"] = "residents",
        ["pescadores"] = "fishermen", ["estudiantes"] = "students", ["alumnos"] = "students", ["pacientes"] = "patients", ["presos"] = "prisoners",
        ["reclusos"] = "prisoners", ["rehenes"] = "hostages", ["marineros"] = "sailors", ["tripulantes"] = "crew members",
        ["periodistas"] = "journalists", ["peregrinos"] = "pilgrims",
    };

    private static readonly Dictionary<string, long> RomanceNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["un"] = 1, ["une"] = 1, ["una"] = 1, ["uno"] = 1, ["deux"] = 2, ["dos"] = 2, ["trois"] = 3, ["tres"] = 3, ["quatre"] = 4, ["cuatro"] = 4,
        ["cinq"] = 5, ["cinco"] = 5, ["six"] = 6, ["seis"] = 6, ["sept"] = 7, ["siete"] = 7, ["huit"] = 8, ["ocho"] = 8, ["neuf"] = 9,
        ["nueve"] = 9, ["dix"] = 10, ["diez"] = 10, ["onze"] = 11, ["once"] = 11, ["douze"] = 12, ["doce"] = 12, ["vingt"] = 20,
        ["veinte"] = 20, ["trente"] = 30, ["treinta"] = 30, ["quarante"] = 40, ["cuarenta"] = 40, ["cinquante"] = 50, ["cincuenta"] = 50,
        ["cent"] = 100, ["cien"] = 100,
    };

    // "1,2 milliard d'euros", "300 millions de dollars", "1.700 millones de euros", "mil millones de dólares", "€1,2 milliard".
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + RomanceQualifier + @"(?:(?<n>\d{1,3}(?:[.\u00A0\u202F ]\d{3})+|\d+(?:,\d+)?)\s+(?<scale>mil\s+millones|millones|millón|billones|milliards?|millions?|billions?)\s+(?:d['’]\s*|de\s+)(?<cur>euros|dollars|dólares|livres|libras|yens|yenes)\b|(?<cur>€|\$|£)\s?(?<n>\d+(?:,\d+)?)\s+(?<scale>mil\s+millones|millones|milliards?|millions?)(?!\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceMoney();

    // What a French or Spanish amount prices, by the English noun the English claims use.
    private static readonly Dictionary<string, string> RomancePriced = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contrat"] = "contract", ["marché"] = "contract", ["fonds"] = "fund", ["accord"] = "agreement", ["projet"] = "project",
        ["investissement"] = "investment", ["usine"] = "plant", ["centrale"] = "plant", ["plan"] = "package", ["prêt"] = "loan",
        ["amende"] = "fine", ["offre"] = "offer", ["budget"] = "budget", ["programme"] = "programme", ["rachat"] = "takeover",
        ["acquisition"] = "takeover", ["contrato"] = "contract", ["fondo"] = "fund", ["acuerdo"] = "agreement", ["proyecto"] = "project",
        ["inversión"] = "investment", ["planta"] = "plant", ["desaladora"] = "plant", ["paquete"] = "package", ["préstamo"] = "loan",
        ["crédito"] = "loan", ["multa"] = "fine", ["oferta"] = "offer", ["presupuesto"] = "budget", ["programa"] = "programme",
        ["adquisición"] = "takeover", ["compra"] = "takeover",
    };

    // Words between a priced noun and its amount: "un contrat d'un montant de", "un proyecto valorado en unos", "por valor de",
    // "le rachat, d'un montant de".
    private static readonly HashSet<string> RomanceAmountLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "d", "du", "des", "un", "une", "montant", "valeur", "estimé", "estimée", "évalué", "évaluée", "à", "chiffré", "chiffrée",
        ",", "en", "por", "valor", "valorado", "valorada", "valorados", "valoradas", "cifrado", "cifrada", "unos", "unas", "total",
    };

    // "48 heures", "trois jours", "48 horas", "seis años": a length with its unit.
    [GeneratedRegex(@"(?<![\p{L}\d.,-])" + RomanceQualifier + RomanceNumber + @"\s+(?<unit>minutes|minutos|heures|heure|horas|hora|jours|jour|días|día|semaines|semaine|semanas|semana|mois|meses|mes|années|ans|an|años|año)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceDuration();

    private static readonly Dictionary<string, string> RomanceUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minutes"] = "minute", ["minutos"] = "minute", ["heures"] = "hour", ["heure"] = "hour", ["horas"] = "hour", ["hora"] = "hour",
        ["jours"] = "day", ["jour"] = "day", ["días"] = "day", ["día"] = "day", ["semaines"] = "week", ["semaine"] = "week",
        ["semanas"] = "week", ["semana"] = "week", ["mois"] = "month", ["meses"] = "month", ["mes"] = "month", ["années"] = "year",
        ["ans"] = "year", ["an"] = "year", ["años"] = "year", ["año"] = "year",
    };

    // The lengths of one French or Spanish sentence with the event they are the length of: "une grève de 48 heures",
    // "la huelga durará tres días", "un alto el fuego de 72 horas", "condamné à six ans de prison".
    private static void AddRomanceDurations(List<(EventWord Event, DurationValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        AddBoundDurations(found, sentence, RomanceDuration(), ParseRomanceNumber, RomanceUnits, RomanceQualifiers, (before, after) =>
        {
            if (after.Count == 2 && after[0] is "de" or "d" && after[1] is "prison" or "prisión" or "cárcel" or "réclusion")
            {
                // "six ans de prison", "seis años de prisión".
                return Sentence;
            }
            if (before.Count >= 2 && before[^1] is "de" or "d")
            {
                // "une grève de 48 heures", "un alto el fuego de 72 horas".
                return EventWords.RomanceNounAt(before, before.Count - 2);
            }
            // "la grève doit durer 48 heures", "la huelga durará tres días"; not "durant", "durante" (during).
            return before.Count >= 2 && before[^1].StartsWith("dur", StringComparison.OrdinalIgnoreCase) && !before[^1].StartsWith("durant", StringComparison.OrdinalIgnoreCase)
                ? SubjectEvent(before, before.Count - 2, EventWords.RomanceNounAt)
                : null;
        });
    }

    private static bool IsRomance(ReadArticle article) =>
        LanguageCodes.IsFrench(article.Member.Article.Language) || LanguageCodes.IsSpanish(article.Member.Article.Language);

    // The counts of one French or Spanish sentence, keyed as the English ones are ("people killed", "passengers injured").
    private static void AddRomanceCounts(List<(string About, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in RomanceCountBeforeVerb().Matches(text).Concat(RomanceVerbBeforeCount().Matches(text)).Concat(RomanceOutcomeNoun().Matches(text)))
        {
            if (ParseRomanceNumber(m.Groups["n"].Value) is not { } count)
            {
                continue;
            }
            var verb = m.Groups["verb"].Value.ToLowerInvariant();
            var outcome = verb switch
            {
                _ when verb.StartsWith("bless", StringComparison.Ordinal) || verb.StartsWith("herid", StringComparison.Ordinal) => "injured",
                _ when verb.StartsWith("dispar", StringComparison.Ordinal) || verb.StartsWith("desapar", StringComparison.Ordinal) => "missing",
                _ when verb.StartsWith("arr", StringComparison.Ordinal) || verb.StartsWith("interpell", StringComparison.Ordinal) || verb.StartsWith("detenid", StringComparison.Ordinal) => "arrested",
                _ when verb.StartsWith("évacu", StringComparison.Ordinal) || verb.StartsWith("evacu", StringComparison.Ordinal) => "evacuated",
                _ when verb.StartsWith("secour", StringComparison.Ordinal) || verb.StartsWith("sauv", StringComparison.Ordinal) || verb.StartsWith("rescat", StringComparison.Ordinal) => "rescued",
                _ => "killed",
            };
            var who = m.Groups["who"].Success ? RomanceCounts[m.Groups["who"].Value] : "people";
            var qualifier = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? RomanceQualifiers[m.Groups["q"].Value] : null;
            AddCount(found, who, outcome, count, m.Groups["n"].Value.Any(c => c is '.' or ' ' or '\u00A0' or '\u202F'), qualifier, sentence);
        }
    }

    // The amounts of one French or Spanish sentence that say what they price: "un contrat de 1,8 milliard de dollars",
    // "un proyecto valorado en unos 1.700 millones de euros".
    private static void AddRomanceAmounts(List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in RomanceMoney().Matches(text))
        {
            if (RomancePricedThing(text, m) is not { } noun || RomanceAmount(m.Groups["n"].Value) is not { } amount)
            {
                continue;
            }
            var scaleWord = m.Groups["scale"].Value.ToLowerInvariant();
            var scale = scaleWord switch
            {
                _ when scaleWord.StartsWith("mil ", StringComparison.Ordinal) || scaleWord.StartsWith("milliard", StringComparison.Ordinal) => 1e9,
                // The French and Spanish "billion" is the English trillion.
                _ when scaleWord.StartsWith("billi", StringComparison.Ordinal) => 1e12,
                _ => 1e6,
            };
            // "1.700 millones" is 1,700 million: shown as English writes it, 1.7 billion.
            while (amount >= 1000 && scale < 1e12)
            {
                amount /= 1000;
                scale *= 1000;
            }
            var currency = m.Groups["cur"].Value.ToLowerInvariant() switch
            {
                "dólares" => "dollars",
                "livres" or "libras" => "pounds",
                "yens" or "yenes" => "yen",
                var other => other,
            };
            var q = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? RomanceQualifiers[m.Groups["q"].Value] : null;
            AddAmount(found, noun, amount, scale, currency, q, sentence);
        }
    }

    private static string? RomancePricedThing(string text, Match m)
    {
        var before = WordOrStop().Matches(text[..m.Index]).TakeLast(6).Select(t => t.Value).ToList();
        var i = before.Count - 1;
        while (i >= 0 && RomanceAmountLinks.Contains(before[i]) && !RomancePriced.ContainsKey(before[i]))
        {
            i--;
        }
        if (i < 0 || i == before.Count - 1)
        {
            return null;
        }
        if (RomancePriced.TryGetValue(before[i], out var noun))
        {
            return noun;
        }
        // An adjective follows its noun here: "un fonds commun de", "una desaladora solar de".
        return i >= 1 && char.IsLower(before[i][0]) && RomancePriced.TryGetValue(before[i - 1], out var described) ? described : null;
    }

    // "1.700" and "1 700" group thousands; "1,2" has a decimal comma.
    private static double? RomanceAmount(string text)
    {
        var plain = text.Replace(".", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static long? ParseRomanceNumber(string text) =>
        RomanceAmount(text) is { } value && value == Math.Floor(value) ? (long)value
        : RomanceNumbers.TryGetValue(text, out var word) ? word
        : null;
}
