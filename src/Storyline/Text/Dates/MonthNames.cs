using System.Text.RegularExpressions;

namespace Storyline.Text.Dates;

/// <summary>Month names and their usual abbreviations in English, Spanish, Portuguese, Italian, French, German, Dutch and Russian.</summary>
/// <remarks>
/// The other languages write the day first ("02 Ago 2017", "20 de noviembre de 2019", "3. Okt. 2018", "12 févr. 2020").
/// English names are matched through <see cref="EnglishPattern"/> and read with <see cref="EnglishNumber"/>.
/// </remarks>
internal static partial class MonthNames
{
    /// <summary>Regex alternation of the English month names and their abbreviations (no group, no trailing dot).</summary>
    public const string EnglishPattern = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    /// <summary>The month of an English name or abbreviation that <see cref="EnglishPattern"/> matched ("Sept" → 9), from its first three letters.</summary>
    public static int EnglishNumber(string name) => Array.IndexOf(EnglishKeys, name[..3].ToLowerInvariant()) + 1;

    private static readonly string[] EnglishKeys = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Regex of a day followed by a word that may be one of these month names: "30. Juli", "20 de noviembre", "1er mars".
    /// Groups: <c>d</c> (the day), <c>dot</c> (a German ordinal dot), <c>de</c> (a Spanish or Portuguese "de"), <c>fmon</c>
    /// (the word, to look up with <see cref="Foreign"/>).
    /// </summary>
    public const string DayFirstPattern = @"(?<![\d.])(?<d>\d{1,2})(?<dot>\.)?(?:º|er)?\s+(?<de>de\s+)?(?<fmon>\p{L}{3,10})";

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["enero"] = 1, ["ene"] = 1, ["janeiro"] = 1, ["gennaio"] = 1, ["gen"] = 1, ["janvier"] = 1, ["janv"] = 1, ["januar"] = 1, ["jänner"] = 1,
        ["febrero"] = 2, ["fevereiro"] = 2, ["fev"] = 2, ["febbraio"] = 2, ["février"] = 2, ["févr"] = 2, ["fevr"] = 2, ["februar"] = 2,
        ["marzo"] = 3, ["março"] = 3, ["mars"] = 3, ["märz"] = 3, ["mär"] = 3,
        ["abril"] = 4, ["abr"] = 4, ["aprile"] = 4, ["avril"] = 4, ["avr"] = 4,
        ["mayo"] = 5, ["maio"] = 5, ["mai"] = 5, ["maggio"] = 5, ["mag"] = 5,
        ["junio"] = 6, ["junho"] = 6, ["giugno"] = 6, ["giu"] = 6, ["juin"] = 6, ["juni"] = 6,
        ["julio"] = 7, ["julho"] = 7, ["luglio"] = 7, ["lug"] = 7, ["juillet"] = 7, ["juil"] = 7, ["juli"] = 7,
        ["agosto"] = 8, ["ago"] = 8, ["août"] = 8, ["aout"] = 8,
        ["septiembre"] = 9, ["setiembre"] = 9, ["setembro"] = 9, ["settembre"] = 9, ["set"] = 9, ["septembre"] = 9,
        ["octubre"] = 10, ["outubro"] = 10, ["out"] = 10, ["ottobre"] = 10, ["ott"] = 10, ["octobre"] = 10, ["oktober"] = 10, ["okt"] = 10,
        ["noviembre"] = 11, ["novembro"] = 11, ["novembre"] = 11,
        ["diciembre"] = 12, ["dic"] = 12, ["dezembro"] = 12, ["dez"] = 12, ["dicembre"] = 12, ["décembre"] = 12, ["déc"] = 12, ["dezember"] = 12,

        // Dutch, where it differs from the names above and from English.
        ["januari"] = 1, ["februari"] = 2, ["maart"] = 3, ["mei"] = 5, ["augustus"] = 8,

        // Russian, as a date writes it (the genitive: "24 сентября 2018"), and the usual abbreviations.
        ["января"] = 1, ["янв"] = 1, ["февраля"] = 2, ["фев"] = 2, ["февр"] = 2, ["марта"] = 3, ["мар"] = 3, ["апреля"] = 4, ["апр"] = 4,
        ["мая"] = 5, ["июня"] = 6, ["июн"] = 6, ["июля"] = 7, ["июл"] = 7, ["августа"] = 8, ["авг"] = 8,
        ["сентября"] = 9, ["сен"] = 9, ["сент"] = 9, ["октября"] = 10, ["окт"] = 10, ["ноября"] = 11, ["ноя"] = 11, ["нояб"] = 11,
        ["декабря"] = 12, ["дек"] = 12,
    };

    /// <summary>The month a name or abbreviation stands for, case aside; null when it is none of these.</summary>
    public static int? Foreign(string name) => Months.TryGetValue(name.ToLowerInvariant(), out var month) ? month : null;

    /// <summary>Whether a word names a month in English or in one of these languages (full name or abbreviation).</summary>
    public static bool IsMonth(string word) =>
        Months.ContainsKey(word.ToLowerInvariant()) || EnglishWord().IsMatch(word);

    [GeneratedRegex("^(?:" + EnglishPattern + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWord();

    /// <summary>
    /// Whether a name is also a common word or name elsewhere ("set", "out", "mag", "ago", "mars"), so that it is a
    /// month only where the date around it says so (a year after it, a German ordinal dot, a "de" before it).
    /// </summary>
    public static bool IsAmbiguous(string name) => Ambiguous.Contains(name.ToLowerInvariant());

    // The abbreviations, and the full names that are English words or names too.
    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal)
    {
        "ene", "gen", "janv", "fev", "févr", "fevr", "mär", "mars", "abr", "avr", "mai", "mag", "giu", "lug", "juil",
        "ago", "aout", "set", "out", "ott", "okt", "dic", "dez", "déc", "mei",
    };
}
