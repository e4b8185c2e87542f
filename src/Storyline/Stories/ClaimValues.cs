using System.Globalization;
using Storyline.Text.Dates;

namespace Storyline.Stories;

/// <summary>A span of calendar days a date claim covers, at the precision the source gave.</summary>
internal readonly record struct DateSpan(DateOnly From, DateOnly To, DateGranularity Granularity)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateSpan other) => From <= other.From && other.To <= To;

    /// <summary>Two statements of a date agree when one contains the other: "July 2000" and "19 July 2000" do, "15–17 Jan" and "16–18 Jan" do not.</summary>
    public bool AgreesWith(DateSpan other) => Contains(other) || other.Contains(this);

    public static DateSpan? Of(TemporalMention mention) =>
        mention.From is { } from && mention.To is { } to && mention.Granularity is not (DateGranularity.Duration or DateGranularity.Ambiguous)
            ? new DateSpan(from, to, mention.Granularity)
            : null;
}

/// <summary>A counted quantity as a source states it: exact ("5 killed") or bounded ("at least 3 killed").</summary>
internal readonly record struct CountValue(double Low, double High, string Text)
{
    /// <summary>Two counts agree when the ranges they allow overlap: "at least 3" and "5" do, "3" and "5" do not.</summary>
    public bool AgreesWith(CountValue other) => Low <= other.High && other.Low <= High;

    public static CountValue Of(long n, string? qualifier)
    {
        var q = (qualifier ?? "").Trim().ToLowerInvariant();
        var number = n.ToString("#,0", CultureInfo.InvariantCulture);
        var text = q.Length == 0 ? number : $"{q} {number}";
        return q switch
        {
            "at least" => new CountValue(n, double.PositiveInfinity, text),
            "more than" or "over" => new CountValue(n + 1, double.PositiveInfinity, text),
            "nearly" or "almost" => new CountValue(Math.Floor(n * 0.85), n, text),
            "up to" => new CountValue(0, n, text),
            "about" or "around" or "some" or "roughly" or "approximately" => new CountValue(n - Hedge(n), n + Hedge(n), text),
            _ => new CountValue(n, n, text),
        };
    }

    /// <summary>How far "about N" may stray: half of the unit N is rounded to ("about 14,000": 500), between 5% and 15% of N, and at least one.</summary>
    private static double Hedge(long n)
    {
        var unit = 1L;
        while (n % (unit * 10) == 0 && unit < n)
        {
            unit *= 10;
        }
        // A small count is hedged by at least one: "about 12" allows 13.
        return Math.Max(Math.Clamp(unit / 2.0, n * 0.05, n * 0.15), 1);
    }
}

/// <summary>How long something lasts as a source states it, in hours, exact ("48 hours") or hedged ("about two days").</summary>
internal readonly record struct DurationValue(double Low, double High, string Text)
{
    /// <summary>Two durations agree when the spans they allow overlap: "about 48 hours" and "two days" do, "48 hours" and "72 hours" do not.</summary>
    /// <remarks>Units convert loosely ("a month" is not exactly "30 days"), hence a few per cent of slack.</remarks>
    public bool AgreesWith(DurationValue other) => Low <= other.High * Slack && other.Low <= High * Slack;

    private const double Slack = 1.03;

    /// <summary>The duration of <paramref name="amount"/> <paramref name="unit"/>s (minute, hour, day, week, fortnight, month, year).</summary>
    public static DurationValue Of(long amount, string unit, string? qualifier)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var name = unit.ToLowerInvariant();
        var hours = name switch
        {
            "minute" => 1.0 / 60,
            "hour" => 1,
            "day" => 24,
            "week" => 24 * 7,
            "fortnight" => 24 * 14,
            "month" => 24 * 30.44,
            "year" => 24 * 365.25,
            _ => throw new ArgumentException($"Not a unit of time: {unit}.", nameof(unit)),
        };
        var count = CountValue.Of(amount, qualifier);
        var text = $"{count.Text} {name}{(amount == 1 ? "" : "s")}";
        return new DurationValue(count.Low * hours, count.High * hours, text);
    }
}
