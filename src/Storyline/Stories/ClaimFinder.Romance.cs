using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Language;

namespace Storyline.Stories;

/// <summary>Casualty counts, amounts and lengths of events in French, Spanish, Italian and Portuguese reports, lined up with those of English ones.</summary>
internal static partial class ClaimFinder
{
    // A count as French, Spanish, Italian and Portuguese write it: "1.700" or "1 700" with a group separator, or a number word.
    private const string RomanceNumber = @"(?<n>\d{1,3}(?:[.\u00A0\u202F ]\d{3})+(?![\d,])|\d+(?![\d,])|un|une|una|uno|deux|dos|trois|tres|quatre|cuatro|cinq|cinco|six|seis|sept|siete|huit|ocho|neuf|nueve|dix|diez|onze|once|douze|doce|vingt|veinte|trente|treinta|quarante|cuarenta|cinquante|cincuenta|cent|cien|due|tre|sei|nove|quatro|quattro|cinque|sette|otto|dieci|undici|dodici|venti|trenta|quaranta|cinquanta|cento|um|uma|dois|duas|três|sete|oito|dez|doze|vinte|trinta|quarenta|cem)";
    private const string RomanceQualifier = @"(?:(?<q>au moins|plus de|près de|presque|environ|quelque|jusqu'à|jusqu’à|al menos|por lo menos|más de|casi|cerca de|unos|unas|alrededor de|aproximadamente|hasta|almeno|più di|oltre|quasi|circa|fino a|pelo menos|mais de|quase|até)\s+)?";
    private const string RomanceCounted = @"(?<who>personnes|passagers|enfants|soldats|militaires|civils|ouvriers|travailleurs|mineurs|migrants|touristes|policiers|gendarmes|pompiers|manifestants|habitants|résidents|pêcheurs|élèves|étudiants|patients|détenus|prisonniers|otages|marins|journalistes|pèlerins|personas|pasajeros|niños|soldados|militares|civiles|trabajadores|obreros|mineros|migrantes|turistas|policías|agentes|bomberos|manifestantes|vecinos|residentes|habitantes|pescadores|estudiantes|alumnos|pacientes|presos|reclusos|rehenes|marineros|tripulantes|periodistas|peregrinos|persone|passeggeri|bambini|soldati|militari|civili|lavoratori|operai|minatori|migranti|turisti|poliziotti|agenti|vigili del fuoco|pompieri|manifestanti|abitanti|residenti|pescatori|studenti|pazienti|detenuti|prigionieri|ostaggi|marinai|giornalisti|pellegrini|pessoas|passageiros|crianças|civis|operários|mineiros|policiais|polícias|bombeiros|moradores|estudantes|alunos|detentos|reféns|marinheiros|jornalistas)";
    private const string RomanceOutcome = @"(?<verb>tués|tuées|morts|mortes|mort|décédés|décédées|péri|blessés|blessées|disparus|disparues|arrêtés|arrêtées|interpellés|interpellées|évacués|évacuées|secourus|secourues|sauvés|sauvées|muertos|muertas|muerto|murieron|fallecidos|fallecidas|fallecieron|heridos|heridas|desaparecidos|desaparecidas|detenidos|detenidas|arrestados|arrestadas|evacuados|evacuadas|rescatados|rescatadas|morti|morte|morto|morta|uccisi|uccise|ucciso|feriti|ferite|ferito|ferita|dispersi|disperse|arrestati|arrestate|evacuati|evacuate|salvati|salvate|soccorsi|mortos|mortas|morreram|feridos|feridas|ferido|ferida|detidos|detidas|resgatados|resgatadas|socorridos)";
    // A degree before or after the outcome counts only the badly or lightly hurt: "grièvement blessées", "heridos graves".
    private const string RomanceDegree = @"(?:grièvement|gravement|légèrement|légers?|légères?|grave|graves|gravemente|levemente|leves|de\s+gravedad|gravi|lievemente|leggermente|lievi|lieve|leve|em\s+estado\s+grave)";

    // "au moins trois personnes ont été tuées", "23 personas resultaron heridas": the outcome closes the clause, a few words on.
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + RomanceQualifier + RomanceNumber + @"\s+" + RomanceCounted + @"\s+(?:(?!" + RomanceDegree + @"\b)[^\s,.;:!?]+\s+){0,5}?" + RomanceOutcome + @"\b(?!\s+" + RomanceDegree + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceCountBeforeVerb();

    // "murieron al menos 12 personas", "resultaron heridas 23 personas", "ont péri trois personnes", "morreram 12 pessoas".
    [GeneratedRegex(@"\b(?<verb>murieron|fallecieron|heridas|heridos|péri|tuées|tués|blessées|blessés|morti|morte|feriti|ferite|morreram|feridos|feridas)\s+" + RomanceQualifier + RomanceNumber + @"\s+" + RomanceCounted + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceVerbBeforeCount();

    // "cinq morts et 40 blessés", "dejó cinco muertos", "más de 40 heridos": the count of a noun made from the outcome.
    [GeneratedRegex(@"(?<![\p{L}\d.,])" + RomanceQualifier + RomanceNumber + @"\s+" + RomanceOutcome + @"\b(?!\s+" + RomanceDegree + @"\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceOutcomeNoun();

    private static readonly Dictionary<string, string> RomanceQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["au moins"] = "at least", ["plus de"] = "more than", ["près de"] = "nearly", ["presque"] = "nearly", ["environ"] = "about",
        ["quelque"] = "about", ["jusqu'à"] = "up to", ["jusqu’à"] = "up to", ["al menos"] = "at least", ["por lo menos"] = "at least",
        ["más de"] = "more than", ["casi"] = "nearly", ["cerca de"] = "about", ["unos"] = "about", ["unas"] = "about",
        ["alrededor de"] = "about", ["aproximadamente"] = "about", ["hasta"] = "up to", ["almeno"] = "at least", ["più di"] = "more than",
        ["oltre"] = "more than", ["quasi"] = "nearly", ["circa"] = "about", ["fino a"] = "up to", ["pelo menos"] = "at least",
        ["mais de"] = "more than", ["quase"] = "nearly", ["até"] = "up to",
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
        ["persone"] = "people", ["passeggeri"] = "passengers", ["bambini"] = "children", ["soldati"] = "soldiers", ["militari"] = "soldiers",
        ["civili"] = "civilians", ["lavoratori"] = "workers", ["operai"] = "workers", ["minatori"] = "miners", ["migranti"] = "migrants",
        ["turisti"] = "tourists", ["poliziotti"] = "police officers", ["agenti"] = "police officers", ["vigili del fuoco"] = "firefighters",
        ["pompieri"] = "firefighters", ["manifestanti"] = "protesters", ["abitanti"] = "residents", ["residenti"] = "residents",
        ["pescatori"] = "fishermen", ["studenti"] = "students", ["pazienti"] = "patients", ["detenuti"] = "prisoners", ["prigionieri"] = "prisoners",
        ["ostaggi"] = "hostages", ["marinai"] = "sailors", ["giornalisti"] = "journalists", ["pellegrini"] = "pilgrims",
        ["pessoas"] = "people", ["passageiros"] = "passengers", ["crianças"] = "children", ["civis"] = "civilians", ["operários"] = "workers",
        ["mineiros"] = "miners", ["policiais"] = "police officers", ["polícias"] = "police officers", ["bombeiros"] = "firefighters",
        ["moradores"] = "residents", ["estudantes"] = "students", ["alunos"] = "students", ["detentos"] = "prisoners", ["reféns"] = "hostages",
        ["marinheiros"] = "sailors", ["jornalistas"] = "journalists",
    };

    private static readonly Dictionary<string, long> RomanceNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["un"] = 1, ["une"] = 1, ["una"] = 1, ["uno"] = 1, ["deux"] = 2, ["dos"] = 2, ["trois"] = 3, ["tres"] = 3, ["quatre"] = 4, ["cuatro"] = 4,
        ["cinq"] = 5, ["cinco"] = 5, ["six"] = 6, ["seis"] = 6, ["sept"] = 7, ["siete"] = 7, ["huit"] = 8, ["ocho"] = 8, ["neuf"] = 9,
        ["nueve"] = 9, ["dix"] = 10, ["diez"] = 10, ["onze"] = 11, ["once"] = 11, ["douze"] = 12, ["doce"] = 12, ["vingt"] = 20,
        ["veinte"] = 20, ["trente"] = 30, ["treinta"] = 30, ["quarante"] = 40, ["cuarenta"] = 40, ["cinquante"] = 50, ["cincuenta"] = 50,
        ["cent"] = 100, ["cien"] = 100, ["due"] = 2, ["tre"] = 3, ["quattro"] = 4, ["cinque"] = 5, ["sei"] = 6, ["sette"] = 7, ["otto"] = 8,
        ["nove"] = 9, ["dieci"] = 10, ["undici"] = 11, ["dodici"] = 12, ["venti"] = 20, ["trenta"] = 30, ["quaranta"] = 40, ["cinquanta"] = 50,
        ["cento"] = 100, ["um"] = 1, ["quatro"] = 4, ["dois"] = 2, ["duas"] = 2, ["três"] = 3, ["sete"] = 7, ["oito"] = 8, ["dez"] = 10, ["doze"] = 12,
        ["vinte"] = 20, ["trinta"] = 30, ["quarenta"] = 40, ["cem"] = 100,
    };

    // "1,2 milliard d'euros", "300 millions de dollars", "1.700 millones de euros", "mil millones de dólares", "€1,2 milliard",
    // "1,7 miliardi di euro", "1,7 mil milhões de euros", "300 milhões de dólares".
    private static readonly Regex RomanceMoney = new(
        @"(?<![\p{L}\d.,])" + RomanceQualifier + @"(?:(?<n>\d{1,3}(?:[.\u00A0\u202F ]\d{3})+|\d+(?:,\d+)?)\s+(?<scale>" + RomanceScale + @")\s+(?:d['’]\s*|de\s+|di\s+)(?<cur>"
        + Currencies.Names + @")(?![\p{L}\d])|(?<cur>" + Currencies.Symbols + @")\s?(?<n>\d+(?:,\d+)?)\s+(?<scale>" + RomanceScale + @")(?!\p{L}))",
        RegexOptions.IgnoreCase);

    private const string RomanceScale = @"mil\s+millones|millones|millón|billones|milliards?|millions?|billions?|miliardi|miliardo|milioni|milione|mil\s+milhões|milhões|milhão|bilhões|bilhão";

    // What a French, Spanish, Italian or Portuguese amount prices, by the English noun the English claims use.
    private static readonly Dictionary<string, string> RomancePriced = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contrat"] = "contract", ["marché"] = "contract", ["fonds"] = "fund", ["accord"] = "agreement", ["projet"] = "project",
        ["investissement"] = "investment", ["usine"] = "plant", ["centrale"] = "plant", ["plan"] = "package", ["prêt"] = "loan",
        ["amende"] = "fine", ["offre"] = "offer", ["budget"] = "budget", ["programme"] = "programme", ["rachat"] = "takeover",
        ["acquisition"] = "takeover", ["contrato"] = "contract", ["fondo"] = "fund", ["acuerdo"] = "agreement", ["proyecto"] = "project",
        ["inversión"] = "investment", ["planta"] = "plant", ["desaladora"] = "plant", ["paquete"] = "package", ["préstamo"] = "loan",
        ["crédito"] = "loan", ["multa"] = "fine", ["oferta"] = "offer", ["presupuesto"] = "budget", ["programa"] = "programme",
        ["adquisición"] = "takeover", ["compra"] = "takeover", ["contratto"] = "contract", ["accordo"] = "agreement", ["progetto"] = "project",
        ["investimento"] = "investment", ["impianto"] = "plant", ["stabilimento"] = "plant", ["piano"] = "package", ["prestito"] = "loan",
        ["offerta"] = "offer", ["bilancio"] = "budget", ["programma"] = "programme", ["acquisizione"] = "takeover", ["fundo"] = "fund",
        ["acordo"] = "agreement", ["projeto"] = "project", ["projecto"] = "project", ["fábrica"] = "plant", ["usina"] = "plant",
        ["pacote"] = "package", ["empréstimo"] = "loan", ["orçamento"] = "budget", ["aquisição"] = "takeover",
    };

    // Words between a priced noun and its amount: "un contrat d'un montant de", "un proyecto valorado en unos", "por valor de",
    // "le rachat, d'un montant de".
    private static readonly HashSet<string> RomanceAmountLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "d", "du", "des", "un", "une", "montant", "valeur", "estimé", "estimée", "évalué", "évaluée", "à", "chiffré", "chiffrée",
        ",", "en", "por", "valor", "valorado", "valorada", "valorados", "valoradas", "cifrado", "cifrada", "unos", "unas", "total",
        "di", "da", "del", "valore", "pari", "a", "uno", "stimato", "stimata", "um", "uma", "avaliado", "avaliada", "estimado", "em", "no", "na",
    };

    // "48 heures", "trois jours", "48 horas", "seis años", "48 ore", "três dias": a length with its unit.
    [GeneratedRegex(@"(?<![\p{L}\d.,-])" + RomanceQualifier + RomanceNumber + @"\s+(?<unit>minutes|minutos|minuti|heures|heure|horas|hora|ore|ora|jours|jour|días|día|giorni|giorno|dias|dia|semaines|semaine|semanas|semana|settimane|settimana|mois|meses|mes|mesi|mese|mês|années|ans|an|años|año|anni|anno|anos|ano)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RomanceDuration();

    private static readonly Dictionary<string, string> RomanceUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["minutes"] = "minute", ["minutos"] = "minute", ["heures"] = "hour", ["heure"] = "hour", ["horas"] = "hour", ["hora"] = "hour",
        ["jours"] = "day", ["jour"] = "day", ["días"] = "day", ["día"] = "day", ["semaines"] = "week", ["semaine"] = "week",
        ["semanas"] = "week", ["semana"] = "week", ["mois"] = "month", ["meses"] = "month", ["mes"] = "month", ["années"] = "year",
        ["ans"] = "year", ["an"] = "year", ["años"] = "year", ["año"] = "year", ["minuti"] = "minute", ["ore"] = "hour", ["ora"] = "hour",
        ["giorni"] = "day", ["giorno"] = "day", ["dias"] = "day", ["dia"] = "day", ["settimane"] = "week", ["settimana"] = "week",
        ["mesi"] = "month", ["mese"] = "month", ["mês"] = "month", ["anni"] = "year", ["anno"] = "year", ["anos"] = "year", ["ano"] = "year",
    };

    // The lengths of one French, Spanish, Italian or Portuguese sentence with the event they are the length of: "une grève
    // de 48 heures", "la huelga durará tres días", "un alto el fuego de 72 horas", "condamné à six ans de prison", "uno
    // sciopero di 48 ore", "a greve vai durar três dias".
    private static void AddRomanceDurations(List<(EventWord Event, DurationValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        AddBoundDurations(found, sentence, RomanceDuration(), ParseRomanceNumber, RomanceUnits, RomanceQualifiers, (before, after) =>
        {
            if (after.Count == 2 && after[0] is "de" or "d" or "di" && after[1] is "prison" or "prisión" or "cárcel" or "réclusion" or "carcere" or "reclusione" or "prisão")
            {
                // "six ans de prison", "seis años de prisión", "sei anni di carcere".
                return Sentence;
            }
            if (before.Count >= 2 && before[^1] is "de" or "d" or "di")
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

    private static bool IsRomance(ReadArticle article) => LanguageCodes.IsRomance(article.Member.Article.Language);

    // The counts of one French, Spanish, Italian or Portuguese sentence, keyed as the English ones are ("people killed", "passengers injured").
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
                _ when verb.StartsWith("bless", StringComparison.Ordinal) || verb.StartsWith("herid", StringComparison.Ordinal) || verb.StartsWith("ferit", StringComparison.Ordinal) || verb.StartsWith("ferid", StringComparison.Ordinal) => "injured",
                _ when verb.StartsWith("dispar", StringComparison.Ordinal) || verb.StartsWith("desapar", StringComparison.Ordinal) || verb.StartsWith("dispers", StringComparison.Ordinal) => "missing",
                _ when verb.StartsWith("arr", StringComparison.Ordinal) || verb.StartsWith("interpell", StringComparison.Ordinal) || verb.StartsWith("detenid", StringComparison.Ordinal) || verb.StartsWith("detid", StringComparison.Ordinal) => "arrested",
                _ when verb.StartsWith("évacu", StringComparison.Ordinal) || verb.StartsWith("evacu", StringComparison.Ordinal) => "evacuated",
                _ when verb.StartsWith("secour", StringComparison.Ordinal) || verb.StartsWith("sauv", StringComparison.Ordinal) || verb.StartsWith("rescat", StringComparison.Ordinal)
                    || verb.StartsWith("salv", StringComparison.Ordinal) || verb.StartsWith("soccor", StringComparison.Ordinal) || verb.StartsWith("resgat", StringComparison.Ordinal) || verb.StartsWith("socorr", StringComparison.Ordinal) => "rescued",
                _ => "killed",
            };
            var who = m.Groups["who"].Success ? RomanceCounts[m.Groups["who"].Value] : "people";
            var qualifier = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? RomanceQualifiers[m.Groups["q"].Value] : null;
            AddCount(found, who, outcome, count, m.Groups["n"].Value.Any(c => c is '.' or ' ' or '\u00A0' or '\u202F'), qualifier, sentence);
        }
    }

    // The amounts of one French, Spanish, Italian or Portuguese sentence that say what they price: "un contrat de 1,8 milliard de dollars",
    // "un proyecto valorado en unos 1.700 millones de euros".
    private static void AddRomanceAmounts(List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in RomanceMoney.Matches(text))
        {
            if (RomancePricedThing(text, m) is not { } noun || RomanceAmount(m.Groups["n"].Value) is not { } amount)
            {
                continue;
            }
            var scaleWord = m.Groups["scale"].Value.ToLowerInvariant();
            var scale = scaleWord switch
            {
                _ when scaleWord.StartsWith("mil ", StringComparison.Ordinal) || scaleWord.StartsWith("milliard", StringComparison.Ordinal)
                    || scaleWord.StartsWith("miliard", StringComparison.Ordinal) || scaleWord.StartsWith("bilh", StringComparison.Ordinal) => 1e9,
                // The French and Spanish "billion" is the English trillion; the Brazilian "bilhão" is the English billion.
                _ when scaleWord.StartsWith("billi", StringComparison.Ordinal) => 1e12,
                _ => 1e6,
            };
            var q = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? RomanceQualifiers[m.Groups["q"].Value] : null;
            AddAmount(found, noun, amount, scale, m.Groups["cur"].Value, q, sentence);
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
