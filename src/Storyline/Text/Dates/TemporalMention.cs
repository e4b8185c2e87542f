using System.Globalization;

namespace Storyline.Text.Dates;

/// <summary>How precise a resolved temporal expression is.</summary>
public enum DateGranularity
{
    /// <summary>One calendar day.</summary>
    Day,
    /// <summary>A calendar week, Sunday to Saturday (the convention most English-language outlets write "last week" in).</summary>
    Week,
    /// <summary>A calendar month.</summary>
    Month,
    /// <summary>A calendar year.</summary>
    Year,
    /// <summary>A span of days with a first and a last day.</summary>
    Range,
    /// <summary>A length of time ("24 years"), not a point on the calendar.</summary>
    Duration,
    /// <summary>A date whose reading cannot be told (e.g. "3/4" without locale or evidence); <see cref="TemporalMention.Readings"/> holds the candidates.</summary>
    Ambiguous,
}

/// <summary>A temporal expression found in a text and resolved against the publication date.</summary>
/// <param name="Text">The expression as written.</param>
/// <param name="Start">Offset of the expression in the text.</param>
/// <param name="From">First day covered (null for durations, ambiguous dates, or when there was no publication date to anchor it).</param>
/// <param name="To">Last day covered.</param>
/// <param name="Sentence">The sentence the expression is in.</param>
public sealed record TemporalMention(string Text, int Start, DateGranularity Granularity, DateOnly? From, DateOnly? To, Sentences.Sentence Sentence)
{
    public int Length => Text.Length;

    /// <summary>For a duration: ISO 8601 period such as P24Y or P3D.</summary>
    public string? Duration { get; init; }

    /// <summary>True when the sentence looks ahead to the expression ("will meet on 3 March", "is due to open in 2025").</summary>
    public bool Ahead { get; init; }

    /// <summary>For an ambiguous date: every day it could mean.</summary>
    public IReadOnlyList<DateOnly> Readings { get; init; } = [];

    /// <summary>True when the expression names a point or span on the calendar.</summary>
    public bool IsResolved => From is not null && To is not null;

    /// <summary>ISO form at the stated granularity: 2024-01-15, 2024-01, 2000, 2024-01-15/2024-01-17, P24Y.</summary>
    public string Value => Format(Granularity, From, To, Duration);

    internal static string Format(DateGranularity granularity, DateOnly? from, DateOnly? to, string? duration)
    {
        if (granularity == DateGranularity.Duration)
        {
            return duration ?? "";
        }
        if (from is not { } f || to is not { } t)
        {
            return "";
        }
        return granularity switch
        {
            DateGranularity.Day => Iso(f),
            DateGranularity.Month => f.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            DateGranularity.Year => f.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => f == t ? Iso(f) : $"{Iso(f)}/{Iso(t)}",
        };
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
