using Storyline.Text.Dates;

namespace Storyline.Stories;

/// <summary>Orders a story's dated sentences by event time and merges the same event dated by several sources.</summary>
internal static class TimelineBuilder
{
    private const int MaxEvents = 30;
    private const int MaxText = 280;

    private sealed class Entry(DatedStatement first)
    {
        public DatedStatement Best { get; set; } = first;
        public TermVector Vector { get; } = TermVector.Of(first.Sentence.Sentence.Text);
        public List<Citation> Citations { get; } = [first.Sentence.Cite()];
    }

    public static IReadOnlyList<TimelineEvent> Build(IReadOnlyList<DatedStatement> dated)
    {
        var entries = new List<Entry>();
        foreach (var d in dated)
        {
            var vector = TermVector.Of(d.Sentence.Sentence.Text);
            var home = entries.FirstOrDefault(e => SameEvent(e, d, vector));
            if (home is null)
            {
                entries.Add(new Entry(d));
                continue;
            }
            var citation = d.Sentence.Cite();
            if (!home.Citations.Contains(citation))
            {
                home.Citations.Add(citation);
            }
            if (d.Span.Days < home.Best.Span.Days)
            {
                home.Best = d;
            }
        }
        // A long story has more dated sentences than a timeline can show: keep the best attested events.
        var index = entries.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        return entries
            .OrderByDescending(e => e.Citations.Select(c => c.Article).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(e => e.Best.Span.Days)
            .ThenBy(e => index[e])
            .Take(MaxEvents)
            .OrderBy(e => e.Best.Span.From)
            .ThenBy(e => e.Best.Span.To)
            .Select(e => new TimelineEvent(e.Best.Date.Value, Granularity(e.Best.Date.Granularity), Shorten(e.Best.Sentence.Sentence.Text), e.Citations))
            .ToList();
    }

    private static bool SameEvent(Entry entry, DatedStatement d, TermVector vector)
    {
        if (!entry.Best.Span.AgreesWith(d.Span))
        {
            return false;
        }
        if (entry.Best.Key is not null && entry.Best.Key == d.Key && d.Family != EventWords.Statement)
        {
            return true;
        }
        // Different wording of one event: the sentences share much of their vocabulary.
        return entry.Best.Span == d.Span ? entry.Vector.Cosine(vector) >= 0.3 : entry.Vector.Cosine(vector) >= 0.45;
    }

    private static string Granularity(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => "day",
        DateGranularity.Month => "month",
        DateGranularity.Year => "year",
        _ => "range",
    };

    private static string Shorten(string text)
    {
        if (text.Length <= MaxText)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', MaxText - 1);
        return text[..(cut > MaxText / 2 ? cut : MaxText - 1)] + "…";
    }
}
