using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Dates;

namespace Storyline.Extraction;

/// <summary>Reads publication dates from metadata values and from datelines in page chrome.</summary>
/// <remarks>A date with no zone is taken as UTC (the record has no "zone unknown" state); a stated offset or zone abbreviation is kept.</remarks>
internal static partial class PublicationDates
{
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

    /// <summary>Finds the first human-written date (with time and zone when given) in a line of page chrome.</summary>
    public static DateTimeOffset? FindInText(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 300)
        {
            return null;
        }
        var numeric = NumericDate().Match(line);
        if (numeric.Success)
        {
            int year, month, day;
            if (numeric.Groups["y1"].Success)
            {
                year = Int(numeric.Groups["y1"].Value);
                month = Int(numeric.Groups["m1"].Value);
                day = Int(numeric.Groups["d1"].Value);
            }
            else
            {
                year = Int(numeric.Groups["y2"].Value);
                var first = Int(numeric.Groups["a"].Value);
                var second = Int(numeric.Groups["b"].Value);
                // Day first unless that is impossible: most of the world writes dd/mm/yyyy.
                (day, month) = second > 12 ? (second, first) : (first, second);
            }
            return Build(year, month, day, numeric.Groups["time"].Value, numeric.Groups["zone"].Value);
        }
        var american = ShortYearDate().Match(line);
        if (american.Success)
        {
            // "11/19/19 06:56 AM EST": a two-digit year is only read with a clock time after it, where it is an
            // American dateline (month first, unless that is impossible) and not a score or a fraction.
            var first = Int(american.Groups["a"].Value);
            var second = Int(american.Groups["b"].Value);
            var (month, day) = first > 12 ? (second, first) : (first, second);
            return Build(2000 + Int(american.Groups["yy"].Value), month, day, american.Groups["time"].Value, american.Groups["zone"].Value);
        }
        var named = NamedMonthDate().Match(line);
        if (named.Success)
        {
            var month = MonthNumber(named.Groups["mon"].Success ? named.Groups["mon"].Value : named.Groups["mon2"].Value);
            var day = Int(named.Groups["d"].Success ? named.Groups["d"].Value : named.Groups["d2"].Value);
            var year = Int(named.Groups["y"].Success ? named.Groups["y"].Value : named.Groups["y2"].Value);
            return month is null ? null : Build(year, month.Value, day, named.Groups["time"].Value, named.Groups["zone"].Value);
        }
        var foreign = ForeignMonthDate().Match(line);
        if (foreign.Success && MonthNames.Foreign(foreign.Groups["mon"].Value) is { } foreignMonth)
        {
            return Build(Int(foreign.Groups["y"].Value), foreignMonth, Int(foreign.Groups["d"].Value), foreign.Groups["time"].Value, foreign.Groups["zone"].Value);
        }
        return null;
    }

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

    private static int? MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }
        var key = name[..3].ToUpperInvariant();
        var index = Array.IndexOf(MonthKeys, key);
        return index < 0 ? null : index + 1;
    }

    private static readonly string[] MonthKeys = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d|\b(UTC|GMT)\b)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitZone();

    [GeneratedRegex(@"\d{8}T\d{6}\s*([+-]\d{4})?")]
    private static partial Regex CompactIso();

    private const string ClockAfterDate = @"[,\s]+(?:at\s+)?(?<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)";
    private const string Zone = @"(?:\s*(?<zone>(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4}\b))?";
    private const string TimeAndZone = "(?:" + ClockAfterDate + ")?" + Zone;

    [GeneratedRegex(@"(?<![\d.])(?:(?<y1>(?:19|20)\d\d)[./\-](?<m1>\d{1,2})[./\-](?<d1>\d{1,2})|(?<a>\d{1,2})[./\-](?<b>\d{1,2})[./\-](?<y2>(?:19|20)\d\d))\.?(?![\d])" + TimeAndZone)]
    private static partial Regex NumericDate();

    // The clock time is required here, not optional as after a four-digit year.
    [GeneratedRegex(@"(?<![\d./])(?<a>\d{1,2})/(?<b>\d{1,2})/(?<yy>\d{2})(?![\d/])" + ClockAfterDate + Zone)]
    private static partial Regex ShortYearDate();

    [GeneratedRegex(@"(?:(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y2>(?:19|20)\d\d))" + TimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthDate();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?:de\s+|del\s+)?(?<y>(?:19|20)\d\d)(?!\d)" + TimeAndZone, RegexOptions.IgnoreCase)]
    private static partial Regex ForeignMonthDate();

    [GeneratedRegex(@"(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)?")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:UTC|GMT)?\s*(?<sign>[+-])(?<h>\d{1,2}):?(?<m>\d{2})?$")]
    private static partial Regex NumericOffset();
}
