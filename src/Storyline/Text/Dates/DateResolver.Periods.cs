using System.Text.RegularExpressions;

namespace Storyline.Text.Dates;

/// <summary>Spans longer than a day and shorter than a year (quarters, seasons, weeks of a month) and the end or start of a period.</summary>
/// <remarks>
/// Seasons are the meteorological ones of the northern hemisphere, where most of the news in English is written:
/// spring is March to May, summer June to August, autumn September to November, winter December to February.
/// </remarks>
public static partial class DateResolver
{
    /// <summary>"the first quarter of 2023", "third-quarter 2023", "Q3 2023", "2023 Q3"; "Q2" and "the second quarter" alone.</summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter(?:\s+of)?|Q(?<qn>[1-4]))(?:,?\s+(?:(?:fiscal|FY)\s*)?" + Year + @")?\b|\b" + Year + @"\s+Q(?<qn>[1-4])\b")]
    private static partial Regex Quarter();

    /// <summary>"last spring", "this summer", "in the autumn", "the winter of 2022-23", "fall 2023".</summary>
    [GeneratedRegex(@"\b(?:(?<mod>last|this|next|past|coming)[-\s]+|(?<prep>in|during|by|until|since|over|through)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]?)?)?(?<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?" + Year + @"(?:[-/–](?<y2>\d{4}|\d{2}))?\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Season();

    /// <summary>"the first week of January", "the last week of March 2024".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<w>first|second|third|fourth|last|final)\s+week\s+of\s+" + Month + @"(?:,?\s+" + Year + @")?\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekOfMonth();

    /// <summary>"by the end of the month", "the start of the year", "the end of 2024", "the beginning of March".</summary>
    [GeneratedRegex(@"\b(?i:end|beginning|start|middle)\s+of\s+(?:(?:(?i:the|this)\s+)(?<unit>week|month|year)\b|" + Year + @"\b(?![-/]\d)|" + Month + @"\b(?!\s*\d))")]
    private static partial Regex EdgeOfPeriod();

    // "until the end of March", "by March": a limit, which a report in the past tense sets ahead as often as behind, so
    // without a future cue it is the nearer one.
    [GeneratedRegex(@"\b(?i:until|till|by|through)\s+(?:the\s+)?(?:(?i:end|beginning|start|middle)\s+of\s+)?$")]
    private static partial Regex UntilBefore();

    /// <summary>
    /// The year of a month named without one: the last such month for a report, the next for a plan, and the nearer
    /// of the two for a limit ("until March") in a report.
    /// </summary>
    private static int YearOfMonth(int month, DateOnly anchor, Tense tense, bool limit)
    {
        if (limit && tense == Tense.Past)
        {
            return new[] { anchor.Year, anchor.Year - 1, anchor.Year + 1 }
                .MinBy(y => Math.Abs(new DateOnly(y, month, 15).DayNumber - anchor.DayNumber));
        }
        return anchor.Year + (tense == Tense.Past && month > anchor.Month ? -1 : tense == Tense.Future && month < anchor.Month ? 1 : 0);
    }

    // Words that put a quarter in a company's or an economy's year, not in a game.
    [GeneratedRegex(@"\b(?:profits?|revenues?|sales|prices|exports|imports|unemployment|earnings|results|growth|GDP|economy|economic|output|inflation|shipments|deliveries|fiscal|percent|billion|million|income|loss(?:es)?|quarterly)\b|%", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyCue();

    // "dredging can start in the autumn": a modal right before a season looks ahead, whatever else the sentence reports.
    [GeneratedRegex(@"\b(?:can|may|might|should|must|could)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ModalBefore();

    // A lower-case word after a season that is neither a function word nor "months".
    [GeneratedRegex(@"^\s+(?!(?:of|at|in|on|and|or|to|when|while|as|after|before|by|from|with|for|that|but|until|during|months|the|a|an|this|last|next|he|she|it|they|we|i|is|was|were|will|has|had|have)\b)\p{Ll}")]
    private static partial Regex NounAfter();

    // The period whose end or start is meant, at its own granularity: the text does not say how near the end.
    private static Resolution? ResolveEdgeOfPeriod(Match m, Context c)
    {
        if (m.Groups["y"].Success)
        {
            return YearOf(Int(m, "y"));
        }
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        if (m.Groups["mon"].Success)
        {
            var month = MonthOf(m);
            return MonthOf(new DateOnly(YearOfMonth(month, anchor, c.Tense, UntilBefore().IsMatch(c.Sentence.Text[..m.Index])), month, 1));
        }
        return m.Groups["unit"].Value switch
        {
            "week" => Week(anchor, c.WeekStart),
            "month" => MonthOf(anchor),
            _ => YearOf(anchor.Year),
        };
    }

    private static Resolution? ResolveQuarter(Match m, Context c)
    {
        var quarter = m.Groups["qn"].Success
            ? Int(m, "qn")
            : m.Groups["q"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 };
        if (m.Groups["y"].Success)
        {
            return QuarterOf(Int(m, "y"), quarter);
        }
        if (!m.Groups["qn"].Success && !MoneyCue().IsMatch(c.Sentence.Text))
        {
            // "scored twice in the fourth quarter": a period of a game.
            return null;
        }
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        var starts = new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }.Select(y => new DateOnly(y, quarter * 3 - 2, 1));
        return Pick(starts, anchor, c.Tense) is { } start ? QuarterOf(start.Year, quarter) : null;
    }

    private static Resolution QuarterOf(int year, int quarter) => ThreeMonths(year, quarter * 3 - 2);

    private static Resolution? ResolveSeason(Match m, Context c)
    {
        var season = m.Groups["s"].Value.ToLowerInvariant();
        var modifier = m.Groups["mod"].Value.ToLowerInvariant();
        var hasYear = m.Groups["y"].Success;
        if (!hasYear && modifier.Length == 0 && (!m.Groups["prep"].Success || season == "fall"))
        {
            // "a spring", "the fall of Kabul", "prices fall": a season needs a year, a direction or "in the".
            return null;
        }
        if (!hasYear && modifier.Length == 0 && NounAfter().IsMatch(c.Sentence.Text[(m.Index + m.Length)..]))
        {
            // "in spring water", "in winter sports": the season names a kind of thing.
            return null;
        }
        if (modifier.Length == 0 && !m.Groups["prep"].Success && PreviousWordCapitalised(c.Sentence.Text, m.Index))
        {
            // "the Arab Spring of 2011", "Prague Spring": a name, not a season.
            return null;
        }
        var startMonth = season switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
        if (hasYear)
        {
            var year = Int(m, "y");
            if (startMonth != 12)
            {
                return ThreeMonths(year, startMonth);
            }
            // "the winter of 2022-23" is the one that turns the year; "winter 2023" may mean either, so it keeps the year.
            return m.Groups["y2"].Success ? ThreeMonths(year, 12) : YearOf(year);
        }
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        var instances = Enumerable.Range(anchor.Year - 2, 4).Select(y => ThreeMonths(y, startMonth)).Select(s => (Start: s.From!.Value, End: s.To!.Value)).ToList();
        var current = instances.Where(s => s.Start <= anchor && anchor <= s.End).Select(s => (DateOnly?)s.Start).FirstOrDefault();
        var lastEnded = instances.Where(s => s.End < anchor).Select(s => s.Start).Max();
        var nextStarting = instances.Where(s => s.Start > anchor).Select(s => s.Start).Min();
        var start = modifier switch
        {
            "last" or "past" => lastEnded,
            "next" or "coming" => nextStarting,
            // "this summer" in March is the summer ahead; "this winter" in January is the one under way.
            "this" => current ?? (anchor.DayNumber - lastEnded.AddMonths(3).DayNumber < nextStarting.DayNumber - anchor.DayNumber ? lastEnded : nextStarting),
            _ => current ?? (c.Tense == Tense.Future || ModalBefore().IsMatch(c.Sentence.Text[..m.Index]) ? nextStarting : lastEnded),
        };
        return ThreeMonths(start.Year, startMonth);
    }

    // The three months from the first of firstMonth: a quarter or a season.
    private static Resolution ThreeMonths(int year, int firstMonth)
    {
        var first = new DateOnly(year, firstMonth, 1);
        return new Resolution(DateGranularity.Range, first, first.AddMonths(3).AddDays(-1));
    }

    private static bool PreviousWordCapitalised(string text, int index)
    {
        var before = text[..index].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]) && space > 0;
    }

    private static Resolution? ResolveWeekOfMonth(Match m, Context c)
    {
        var month = MonthOf(m);
        if ((m.Groups["y"].Success ? Int(m, "y") : PickYear(month, 1, c)) is not { } year)
        {
            return Unanchored(false);
        }
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = m.Groups["w"].Value.ToLowerInvariant() switch
        {
            "first" => (1, 7),
            "second" => (8, 14),
            "third" => (15, 21),
            "fourth" => (22, 28),
            _ => (last - 6, last),
        };
        return new Resolution(DateGranularity.Range, new DateOnly(year, month, from), new DateOnly(year, month, to));
    }
}
