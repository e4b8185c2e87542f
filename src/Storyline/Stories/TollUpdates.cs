namespace Storyline.Stories;

/// <summary>
/// Tells a toll that rose as the news came in ("3 dead" in the morning, "5 dead" at night) from sources that disagree.
/// </summary>
/// <remarks>
/// Casualty, arrest and evacuation counts only grow while an event unfolds, so reports that differ are most often
/// reports of different hours. They are read as an update when, in order of publication, each new figure is higher
/// than the last, and a lower figure is only ever one already superseded, repeated by an outlet within
/// <see cref="Lag"/> of the rise (wires and websites update at their own pace). Anything else stays a disagreement:
/// a figure going down, two figures that cannot be put in order (the same time, or a day given without a time and
/// another report that day), a report without a date, a stale figure a day on.
/// </remarks>
internal static class TollUpdates
{
    /// <summary>How long after a rise an outlet may still repeat the earlier figure.</summary>
    public static readonly TimeSpan Lag = TimeSpan.FromHours(24);

    // Outcomes whose counts add up as an event unfolds; "missing" is not one (the missing are found).
    private static readonly string[] Cumulative = [" killed", " injured", " arrested", " evacuated", " displaced", " rescued"];

    /// <summary>Whether a count claim ("people killed") is about a toll that only grows.</summary>
    public static bool IsCumulative(string about) => Cumulative.Any(o => about.EndsWith(o, StringComparison.Ordinal));

    /// <summary>
    /// The figure the toll rose to, when the reports (each an article's figure and publication time) read as one figure
    /// rising over time; null when they do not.
    /// </summary>
    public static CountValue? Rising(IReadOnlyList<(CountValue Value, DateTimeOffset? Published)> reports)
    {
        if (reports.Any(r => r.Published is null))
        {
            return null;
        }
        // The figures the story has had, in order, each with when it was first reported.
        var figures = new List<(CountValue Value, DateTimeOffset Since)>();
        foreach (var together in Together(reports))
        {
            // Reports that cannot be put in order: if they differ, the sources disagree.
            if (together.Any(a => together.Any(b => !a.Value.AgreesWith(b.Value))))
            {
                return null;
            }
            foreach (var (value, when) in together)
            {
                if (figures.Count == 0)
                {
                    figures.Add((value, when));
                    continue;
                }
                var current = figures[^1];
                if (value.AgreesWith(current.Value))
                {
                    // "at least 50" then "58": the figure is now the sharper one.
                    if (value.Low > current.Value.Low)
                    {
                        figures[^1] = (value, current.Since);
                    }
                    continue;
                }
                if (value.Low > current.Value.High)
                {
                    figures.Add((value, when));
                    continue;
                }
                // Lower than the current figure: only a figure already superseded, and only shortly after it was.
                var earlier = figures.FindLastIndex(f => f.Value.AgreesWith(value));
                if (earlier < 0 || when - figures[earlier + 1].Since > Lag)
                {
                    return null;
                }
            }
        }
        return figures.Count > 1 ? figures[^1].Value : null;
    }

    // The reports in order of publication, those that cannot be told apart in time taken together: the same
    // instant, or a day given without a time (midnight exactly, as a date-only field reads) and anything that day.
    private static List<List<(CountValue Value, DateTimeOffset When)>> Together(IReadOnlyList<(CountValue Value, DateTimeOffset? Published)> reports)
    {
        var groups = new List<List<(CountValue Value, DateTimeOffset When)>>();
        var until = DateTimeOffset.MinValue;
        foreach (var (value, published) in reports.OrderBy(r => r.Published!.Value))
        {
            var when = published!.Value;
            var end = when.TimeOfDay == TimeSpan.Zero ? when.AddDays(1) : when;
            if (groups.Count > 0 && (when < until || when == groups[^1][0].When))
            {
                groups[^1].Add((value, when));
                until = end > until ? end : until;
                continue;
            }
            groups.Add([(value, when)]);
            until = end;
        }
        return groups;
    }
}
