using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Text.Dates;

/// <summary>The days an undated text must have been published between: no earlier than the latest date it gives, no later than its arrival.</summary>
public sealed partial record PublicationWindow(DateOnly NotBefore, DateOnly NotAfter)
{
    /// <summary>The widest window that still tells the month of a bare "the 21st": a report's own week, and a day of slack.</summary>
    private const int WeekDays = 7;

    /// <summary>The widest window, in years, in which a day named with its weekday tells the report's week.</summary>
    private const int MaxYearsForWeek = 2;

    /// <summary>True when the window is a report's own week, narrow enough to place a bare day of the month ("on the 21st").</summary>
    public bool IsWeek => NotAfter.DayNumber - NotBefore.DayNumber <= WeekDays;

    /// <summary>
    /// The window of an undated text received on <paramref name="received"/>: from the latest calendar date the text itself
    /// gives ("met on 16 January 2024", "in July 2000"), no later than its arrival; null when it gives none.
    /// </summary>
    /// <param name="within">
    /// A window known from elsewhere (the other reports of the same story), which cuts this text's own where the two meet.
    /// </param>
    /// <remarks>
    /// "The first time in twenty-four years since the summit on July 19, 2000" was written within a year of 2024-07-19.
    /// A report names the days of its own week with their weekdays: when the text names a day with its weekday and date
    /// but no year ("On Friday (19/1)", "Thursday, July 14"), and only one year fits the window, the window shrinks to
    /// that day and the week after it.
    /// </remarks>
    public static PublicationWindow? Of(string text, DateOnly received, string? locale = null, PublicationWindow? within = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = DateResolver.Find(text, null, locale);
        // A bare year is as often one ahead ("by 2024", "the 2024 election") as one gone by.
        var given = found
            .Where(m => m.IsResolved && m.Granularity is not (DateGranularity.Duration or DateGranularity.Year) && m.From <= received)
            .Select(m => m.From!.Value)
            .DefaultIfEmpty()
            .Max();
        if (given == default)
        {
            return within;
        }
        var window = new PublicationWindow(given, received);
        if (Elapsed(found) is { } elapsed && window.Narrowed(elapsed.AddYears(-1), elapsed.AddYears(1)) is { } since)
        {
            window = since;
        }
        if (within is not null && window.Narrowed(within.NotBefore, within.NotAfter) is { } both)
        {
            window = both;
        }
        if (window.NotAfter.DayNumber - window.NotBefore.DayNumber > MaxYearsForWeek * 366)
        {
            // Over a span of years a weekday fits a date once every few years: a gallery's "Monday, August 3" may be any of
            // them, and the report's own week is not told by it.
            return window;
        }
        // A day the report looks back on starts its week; one it looks ahead to ends it.
        var named = DateResolver.Find(text, null, locale, null, window)
            .Where(m => m.Granularity == DateGranularity.Day && m.From is { } day && day <= received && NamesWeekdayAndDate(m.Text))
            .MaxBy(m => m.From);
        return named?.From is not { } day ? window
            : (named.Ahead ? window.Narrowed(day.AddDays(-WeekDays), day) : window.Narrowed(day, day.AddDays(WeekDays))) ?? window;
    }

    // This window cut to the days from first to last; null when they do not meet.
    private PublicationWindow? Narrowed(DateOnly first, DateOnly last)
    {
        var (from, to) = (first > NotBefore ? first : NotBefore, last < NotAfter ? last : NotAfter);
        return from <= to ? new PublicationWindow(from, to) : null;
    }

    // The day a count of years "since" or "after" a date reaches: "in twenty-four years since ... July 19, 2000".
    private static DateOnly? Elapsed(IReadOnlyList<TemporalMention> found)
    {
        DateOnly? latest = null;
        for (var i = 0; i < found.Count; i++)
        {
            var span = found[i];
            if (span.Duration is not { } period || YearsPeriod().Match(period) is not { Success: true } years)
            {
                continue;
            }
            var end = span.Start - span.Sentence.Start + span.Length;
            if (!SinceAfter().IsMatch(span.Sentence.Text.AsSpan(end)))
            {
                continue;
            }
            var from = found.Skip(i + 1).FirstOrDefault(m => m.Sentence.Index == span.Sentence.Index && m.IsResolved && m.Granularity is not DateGranularity.Duration);
            if (from?.From is { } day && day.AddYears(int.Parse(years.Groups[1].Value, CultureInfo.InvariantCulture)) is var reached && (latest is null || reached > latest))
            {
                latest = reached;
            }
        }
        return latest;
    }

    [GeneratedRegex(@"^P(\d{1,3})Y$")]
    private static partial Regex YearsPeriod();

    [GeneratedRegex(@"^\s+(?:since|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceAfter();

    // "Friday (19/1)", "Thursday, July 14", "am Freitag, 19. Januar": a weekday, a day's number, and no year.
    private static bool NamesWeekdayAndDate(string text) =>
        text.Any(char.IsAsciiDigit) && !Year().IsMatch(text) && (EnglishWeekday().IsMatch(text) || ForeignWeekday().IsMatch(text));

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(WeekdayNames.Pattern)]
    private static partial Regex ForeignWeekday();
}
