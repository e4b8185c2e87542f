using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Dates;

namespace Storyline.Extraction;

/// <summary>Reads publication dates from metadata values and from datelines in page chrome.</summary>
/// <remarks>A date with no zone is taken as UTC (the record has no "zone unknown" state); a stated offset or zone abbreviation is kept.</remarks>
internal static partial class PublicationDates
{
    /// <summary>A date read from a line, and the span of its text there.</summary>
    internal readonly record struct FoundDate(DateTimeOffset Date, int Index, int Length)
    {
        public int End => Index + Length;
    }

    private static readonly Dictionary<string, TimeSpan> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero,
        ["KST"] = TimeSpan.FromHours(9), ["JST"] = TimeSpan.FromHours(9), ["WIB"] = TimeSpan.FromHours(7),
        ["WITA"] = TimeSpan.FromHours(8), ["WIT"] = TimeSpan.FromHours(9), ["CST"] = TimeSpan.FromHours(-6),
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["PST"] = TimeSpan.FromHours(-8),
        ["PDT"] = TimeSpan.FromHours(-7), ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2),
        ["BST"] = TimeSpan.FromHours(1), ["IST"] = new TimeSpan(5, 30, 0), ["MSK"] = TimeSpan.FromHours(3),
        ["ET"] = TimeSpan.FromHours(-5), ["PT"] = TimeSpan.FromHours(-8), ["SGT"] = TimeSpan.FromHours(8), ["HKT"] = TimeSpan.FromHours(8),
    };

    /// <summary>Parses a machine-readable date (ISO 8601, RFC 1123, or similar) as found in meta tags and JSON-LD.</summary>
    public static DateTimeOffset? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        if (text.Length > 64)
        {
            return null;
        }
        var hasZone = ExplicitZone().IsMatch(text);
        var styles = DateTimeStyles.AllowWhiteSpaces | (hasZone ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed) && Plausible(parsed))
        {
            return parsed;
        }
        // Compact forms such as 20240121T140500+0900 or 2024-01-21 14:05:00 +0900.
        var compact = CompactIso().Match(text);
        if (compact.Success && DateTimeOffset.TryParseExact(compact.Value.Replace(" ", "", StringComparison.Ordinal),
                ["yyyyMMdd'T'HHmmsszzz", "yyyyMMdd'T'HHmmss"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
        {
            return Plausible(parsed) ? parsed : null;
        }
        return FindInText(text);
    }

    /// <summary>
    /// The day an article's address gives it, when its path holds one: <c>/2019/11/19/</c>, <c>/2019/nov/19/</c>,
    /// <c>/2019-11-19/</c>, or eight digits standing alone between separators (<c>/slug-20191115/</c>). Year and month
    /// alone (<c>/2019/11/</c>) name no day and give none; the query and fragment are not read.
    /// </summary>
    /// <remarks>The last resort when a page says nothing of its date: many sites file articles under the day they ran.</remarks>
    public static DateTimeOffset? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var path = uri.AbsolutePath;
        foreach (Match m in UrlDay().Matches(path))
        {
            var month = m.Groups["m"].Value;
            var number = char.IsAsciiDigit(month[0]) ? Int(month) : MonthNames.EnglishNumber(month);
            if (Build(Int(m.Groups["y"].Value), number, Int(m.Groups["d"].Value), "", "") is { } date)
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>Finds the first human-written date (with time and zone when given) in a line of page chrome.</summary>
    public static DateTimeOffset? FindInText(string? line) => Find(line)?.Date;

    /// <summary>The first human-written date in a line of page chrome, and where its text (time and zone included) stands.</summary>
    /// <remarks>
    /// The forms are tried in turn (numeric, two-digit year with a clock, English month name, foreign month name),
    /// and every candidate of a form until one is a real calendar date.
    /// </remarks>
    public static FoundDate? Find(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 300)
        {
            return null;
        }
        return First(NumericDate(), line, FromNumeric)
            ?? First(ShortYearDate(), line, FromShortYear)
            ?? First(NamedMonthDate(), line, FromNamedMonth)
            ?? First(ForeignMonthDate(), line, FromForeignMonth);
    }

    private static FoundDate? First(Regex pattern, string line, Func<Match, DateTimeOffset?> read)
    {
        for (var match = pattern.Match(line); match.Success; match = match.NextMatch())
        {
            if (read(match) is { } date)
            {
                return new FoundDate(date, match.Index, match.Length);
            }
        }
        return null;
    }

    private static DateTimeOffset? FromNumeric(Match m)
    {
        if (m.Groups["y1"].Success)
        {
            return Build(Int(m.Groups["y1"].Value), Int(m.Groups["m1"].Value), Int(m.Groups["d1"].Value), m.Groups["time"].Value, m.Groups["zone"].Value);
        }
        var first = Int(m.Groups["a"].Value);
        var second = Int(m.Groups["b"].Value);
        // Day first unless that is impossible: most of the world writes dd/mm/yyyy.
        var (day, month) = second > 12 ? (second, first) : (first, second);
        return Build(Int(m.Groups["y2"].Value), month, day, m.Groups["time"].Value, m.Groups["zone"].Value);
    }

    // "11/19/19 06:56 AM EST": a two-digit year is only read with a clock time after it, where it is an American
    // dateline (month first, unless that is impossible) and not a score or a fraction.
    private static DateTimeOffset? FromShortYear(Match m)
    {
        var first = Int(m.Groups["a"].Value);
        var second = Int(m.Groups["b"].Value);
        var (month, day) = first > 12 ? (second, first) : (first, second);
        return Build(2000 + Int(m.Groups["yy"].Value), month, day, m.Groups["time"].Value, m.Groups["zone"].Value);
    }

    private static DateTimeOffset? FromNamedMonth(Match m)
    {
        var month = MonthNames.EnglishNumber(m.Groups["mon"].Success ? m.Groups["mon"].Value : m.Groups["mon2"].Value);
        var day = Int(m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["d2"].Value);
        var year = Int(m.Groups["y"].Success ? m.Groups["y"].Value : m.Groups["y2"].Value);
        return Build(year, month, day, m.Groups["time"].Value, m.Groups["zone"].Value);
    }

    private static DateTimeOffset? FromForeignMonth(Match m) =>
        MonthNames.Foreign(m.Groups["fmon"].Value) is { } month
            ? Build(Int(m.Groups["y"].Value), month, Int(m.Groups["d"].Value), m.Groups["time"].Value, m.Groups["zone"].Value)
            : null;

    private static DateTimeOffset? Build(int year, int month, int day, string time, string zone)
    {
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var clock = TimeSpan.Zero;
        var t = ClockTime().Match(time);
        if (t.Success)
        {
            var hour = Int(t.Groups["h"].Value);
            var minute = Int(t.Groups["m"].Value);
            var second = t.Groups["s"].Success ? Int(t.Groups["s"].Value) : 0;
            var ampm = t.Groups["ampm"].Value.ToUpperInvariant();
            if (ampm.StartsWith('P') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('A') && hour == 12)
            {
                hour = 0;
            }
            if (hour < 24 && minute < 60 && second < 60)
            {
                clock = new TimeSpan(hour, minute, second);
            }
        }
        var offset = TimeSpan.Zero;
        if (!string.IsNullOrEmpty(zone))
        {
            var z = zone.Trim();
            if (ZoneOffsets.TryGetValue(z, out var named))
            {
                offset = named;
            }
            else if (NumericOffset().Match(z) is { Success: true } n)
            {
                var hours = Int(n.Groups["h"].Value);
                var minutes = n.Groups["m"].Success ? Int(n.Groups["m"].Value) : 0;
                var span = new TimeSpan(hours, minutes, 0);
                offset = n.Groups["sign"].Value == "-" ? -span : span;
                if (offset < TimeSpan.FromHours(-14) || offset > TimeSpan.FromHours(14))
                {
                    offset = TimeSpan.Zero;
                }
            }
        }
        return new DateTimeOffset(new DateTime(year, month, day).Add(clock), offset);
    }

    private static bool Plausible(DateTimeOffset date) => date.Year is >= 1990 and <= 2100;

    private static int Int(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d|\b(UTC|GMT)\b)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitZone();

    [GeneratedRegex(@"\d{8}T\d{6}\s*([+-]\d{4})?")]
    private static partial Regex CompactIso();

    private const string ClockAfterDate = @"(?:[,\s]+(?:at\s+)?|T)(?<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)";
    private const string Zone = @"(?:\s*(?<zone>(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|(?-i:[A-Z]{2,4})\b))?";
    private const string TimeAndZone = "(?:" + ClockAfterDate + ")?" + Zone;

    [GeneratedRegex(@"(?<![\d.])(?:(?<y1>(?:19|20)\d\d)[./\-](?<m1>\d{1,2})[./\-](?<d1>\d{1,2})|(?<a>\d{1,2})[./\-](?<b>\d{1,2})[./\-](?<y2>(?:19|20)\d\d))\.?(?![\d])" + TimeAndZone)]
    private static partial Regex NumericDate();

    // The clock time is required here, not optional as after a four-digit year.
    [GeneratedRegex(@"(?<![\d./])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<yy>\d{2})(?![\d/])" + ClockAfterDate + Zone)]
    private static partial Regex ShortYearDate();

    [GeneratedRegex(@"(?:(?<mon>" + MonthNames.EnglishPattern + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon2>" + MonthNames.EnglishPattern + @")\.?,?\s+(?<y2>(?:19|20)\d\d))" + TimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthDate();

    [GeneratedRegex(MonthNames.DayFirstPattern + @"\.?,?\s+(?:de\s+|del\s+)?(?<y>(?:19|20)\d\d)(?!\d)" + TimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex ForeignMonthDate();

    // A date in a path: year, month (number or English abbreviation) and day under one separator, or YYYYMMDD alone
    // between separators; no digit may touch either end, so neither a longer number nor a year-and-month is read.
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)(?<sep>[/_-])(?<m>\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\k<sep>(?<d>\d{1,2})(?![\d])|(?<=[/_.-])(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlDay();

    [GeneratedRegex(@"(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:UTC|GMT)?\s*(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex NumericOffset();
}
