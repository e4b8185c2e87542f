using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Ingest.Feeds;

/// <summary>Parses the dates feeds write: RFC 822 (RSS) with numeric or named zones, and ISO 8601 (Atom), keeping the offset given.</summary>
/// <remarks>A date with no zone at all is taken as UTC, the least surprising guess for a machine-written feed.</remarks>
public static partial class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        var match = Rfc822().Match(text);
        if (match.Success)
        {
            var month = Array.IndexOf(Months, match.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? year + (year < 50 ? 2000 : 1900) : year;
            var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (month > 0 && ZoneOffset(match.Groups["zone"].Value) is { } offset)
            {
                try
                {
                    value = new DateTimeOffset(year, month, int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture),
                        int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture),
                        Math.Min(second, 59), offset);
                    return true;
                }
                catch (ArgumentOutOfRangeException)
                {
                    return false;
                }
            }
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        zone = zone.Trim();
        if (NumericZone().Match(zone) is { Success: true } numeric)
        {
            var minutes = (int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            return numeric.Groups["sign"].Value == "-" ? TimeSpan.FromMinutes(-minutes) : TimeSpan.FromMinutes(minutes);
        }
        return zone.ToUpperInvariant() switch
        {
            "" or "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            "BST" => TimeSpan.FromHours(1),
            "CET" => TimeSpan.FromHours(1),
            "CEST" => TimeSpan.FromHours(2),
            "JST" or "KST" => TimeSpan.FromHours(9),
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,})\.?\s+(?<y>\d{2,4})\s+(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?\s*(?<zone>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericZone();
}
