namespace Storyline.Text.Dates;

/// <summary>The days of the week in German, French, Spanish, Italian, Portuguese and Indonesian.</summary>
/// <remarks>
/// German and Indonesian write them with a capital, the Romance languages in lower case, so matching is case-sensitive:
/// "Mardi Gras" and "Plácido Domingo" are no days. Indonesian names are days only after "pada" or "hari" ("pada
/// Minggu"), as "minggu" is also the word for a week.
/// </remarks>
internal static class WeekdayNames
{
    /// <summary>Regex of a foreign weekday with its cue words; group <c>fwd</c> is the name, to read with <see cref="Of"/>.</summary>
    public const string Pattern =
        @"(?<![\p{L}-])(?:(?<fwd>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
        + @"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
        + @"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
        + @"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
        + @"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)"
        + @"|(?:pada|hari)\s+(?<fwd>Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu))(?![\p{L}-])";

    /// <summary>Words near a weekday that point ahead: "nächsten Montag", "lundi prochain", "el próximo lunes", "Senin depan".</summary>
    public const string AheadPattern = @"\b(?:nächsten|kommenden|prochain|prochaine|próximo|próxima|prossimo|prossima|depan|mendatang)\b";

    /// <summary>Words near a weekday that point to the one before: "vergangenen Montag", "lundi dernier", "el lunes pasado", "Senin lalu".</summary>
    public const string BackPattern = @"\b(?:letzten|vergangenen|dernier|dernière|pasado|pasada|scorso|scorsa|passado|passada|lalu)\b";

    /// <summary>
    /// Past auxiliaries and verbs near a weekday: "hatte am Mittwoch gesprochen", "foi assinado na quarta-feira", a
    /// French past tense with "a" ("a signé mardi"), a Spanish or Portuguese preterite ("firmó el contrato el martes",
    /// "assinaram na terça-feira").
    /// </summary>
    public const string PastPattern = @"\b(?:hatte|hatten|wurde|wurden|war|waren|sagte|sagten|erklärte|avait|avaient|était|étaient|ont|fut|a été"
        + @"|fue|fueron|dijo|dijeron|afirmó|habló|foi|foram|disse|disseram|afirmou|hanno|aveva|è stato|è stata"
        + @"|a\s+\p{L}+é(?:e|s|es)?|\p{L}{2,}(?:ó|aron|ieron|ou|aram|eram))\b";

    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.Ordinal)
    {
        ["Montag"] = DayOfWeek.Monday, ["lundi"] = DayOfWeek.Monday, ["lunes"] = DayOfWeek.Monday, ["lunedì"] = DayOfWeek.Monday,
        ["segunda-feira"] = DayOfWeek.Monday, ["Senin"] = DayOfWeek.Monday,
        ["Dienstag"] = DayOfWeek.Tuesday, ["mardi"] = DayOfWeek.Tuesday, ["martes"] = DayOfWeek.Tuesday, ["martedì"] = DayOfWeek.Tuesday,
        ["terça-feira"] = DayOfWeek.Tuesday, ["Selasa"] = DayOfWeek.Tuesday,
        ["Mittwoch"] = DayOfWeek.Wednesday, ["mercredi"] = DayOfWeek.Wednesday, ["miércoles"] = DayOfWeek.Wednesday,
        ["mercoledì"] = DayOfWeek.Wednesday, ["quarta-feira"] = DayOfWeek.Wednesday, ["Rabu"] = DayOfWeek.Wednesday,
        ["Donnerstag"] = DayOfWeek.Thursday, ["jeudi"] = DayOfWeek.Thursday, ["jueves"] = DayOfWeek.Thursday, ["giovedì"] = DayOfWeek.Thursday,
        ["quinta-feira"] = DayOfWeek.Thursday, ["Kamis"] = DayOfWeek.Thursday,
        ["Freitag"] = DayOfWeek.Friday, ["vendredi"] = DayOfWeek.Friday, ["viernes"] = DayOfWeek.Friday, ["venerdì"] = DayOfWeek.Friday,
        ["sexta-feira"] = DayOfWeek.Friday, ["Jumat"] = DayOfWeek.Friday,
        ["Samstag"] = DayOfWeek.Saturday, ["Sonnabend"] = DayOfWeek.Saturday, ["samedi"] = DayOfWeek.Saturday, ["sábado"] = DayOfWeek.Saturday,
        ["sabato"] = DayOfWeek.Saturday, ["Sabtu"] = DayOfWeek.Saturday,
        ["Sonntag"] = DayOfWeek.Sunday, ["dimanche"] = DayOfWeek.Sunday, ["domingo"] = DayOfWeek.Sunday, ["domenica"] = DayOfWeek.Sunday,
        ["Minggu"] = DayOfWeek.Sunday,
    };

    /// <summary>The day a name that <see cref="Pattern"/> matched stands for.</summary>
    public static DayOfWeek Of(string name) => Days[name];
}
