using System.Text.RegularExpressions;
using Storyline.Text.Dates;
using Storyline.Text.Language;
using Storyline.Text.Sentences;

namespace Storyline.Stories;

/// <summary>Orders a story's dated sentences by event time and merges the same event dated by several sources.</summary>
internal static partial class TimelineBuilder
{
    private const int MaxEvents = 30;
    private const int MaxText = 280;

    private sealed class Entry(DatedStatement first)
    {
        public DatedStatement Best { get; set; } = first;
        public TermVector Vector { get; } = TermVector.Of(first.Sentence.Sentence.Text);
        public List<Citation> Citations { get; } = [first.Sentence.Cite()];
    }

    /// <summary>Days before the story's first report after which an event is background.</summary>
    private const int BackgroundDays = 30;

    /// <param name="dated">The story's dated sentences.</param>
    /// <param name="firstReport">The earliest publication date of the story, or default when none is dated.</param>
    /// <param name="lastReport">The latest publication date of the story, or default when none is dated.</param>
    /// <param name="inMainLanguage">
    /// Whether an article is in the story's main language; when given, an event told in it is shown in its words, and a
    /// sentence in another language is left out on a day the main language already tells, as a reader of the story reads that one.
    /// </param>
    public static IReadOnlyList<TimelineEvent> Build(IReadOnlyList<DatedStatement> dated, DateOnly firstReport = default, DateOnly lastReport = default, Func<string, bool>? inMainLanguage = null)
    {
        var entries = new List<Entry>();
        bool InMain(DatedStatement d) => inMainLanguage?.Invoke(d.Sentence.ArticleId) ?? true;
        // The tail of a quotation split inside it reads as nothing on its own, and a question tells of no event ("Do we expect
        // him to make a public statement tonight?", "What games do you get for free in February?").
        foreach (var d in OnePerEvent(dated.Where(d => !SentenceForm.OpensInsideQuote(d.Sentence.Sentence.Text) && !IsQuestion(d.Sentence.Sentence.Text)).ToList()))
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
            // The entry reads in the story's main language when one of its sentences does, then in prose rather than a
            // picture's caption ("Some of the freed girls appear Thursday in Banki, in a photo obtained by CNN"), then in
            // its most precise date, then in a sentence that reads right out of its article (a timeline shows it alone,
            // as a summary does).
            if (InMain(d) != InMain(home.Best) ? InMain(d)
                : IsCaption(d) != IsCaption(home.Best) ? !IsCaption(d)
                : d.Span.Days != home.Best.Span.Days ? d.Span.Days < home.Best.Span.Days
                : StandsAlone(d) && !StandsAlone(home.Best))
            {
                home.Best = d;
            }
        }
        if (inMainLanguage is not null)
        {
            // Events are matched by their wording, which two languages do not share: the German "Die Gespräche hatten am
            // Montag begonnen" is the English "talks that began on Monday" told again, not another event. An entry with a
            // sentence in the main language reads in it (above), so its best sentence says which language it is told in.
            var toldDays = entries.Where(e => InMain(e.Best)).Select(e => e.Best.Span).ToHashSet();
            entries.RemoveAll(e => !InMain(e.Best) && toldDays.Contains(e.Best.Span));
        }
        // A picture's caption tells when the picture was taken, often long before the story ("In this Nov. 2, 2017 file
        // photo, ..."): an event only a caption dates stays only when two reports carry it.
        entries.RemoveAll(e => IsCaption(e.Best) && e.Citations.Select(c => c.Article).Distinct(StringComparer.Ordinal).Count() < 2);
        // A long story has more dated sentences than a timeline can show: keep the best attested events.
        var index = entries.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        bool IsBackground(Entry e) => firstReport != default && e.Best.Span.To.DayNumber < firstReport.DayNumber - BackgroundDays;
        return entries
            .OrderBy(e => IsBackground(e) ? 1 : 0)
            .ThenByDescending(e => e.Citations.Select(c => c.Article).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(e => e.Best.Span.Days)
            .ThenBy(e => index[e])
            .Take(MaxEvents)
            .OrderBy(e => e.Best.Span.From)
            .ThenBy(e => e.Best.Span.To)
            .Select(e => new TimelineEvent(e.Best.Date.Value, Granularity(e.Best.Date.Granularity), SentenceForm.WithCapitalStart(Shorten(Chrome.WithoutDateline(e.Best.Sentence.Sentence.Text))), e.Citations)
            {
                Background = IsBackground(e),
                Expected = lastReport != default && e.Best.Span.From > lastReport,
            })
            .ToList();
    }

    /// <summary>
    /// A sentence goes on the timeline once per event it dates: the dates bound to an event word,
    /// else its most precise date. "Launched on 3 June 2009 and operating since 2016" is the launch,
    /// not also a 2016 event; "broke out last month, drifted on Monday" is Monday's drift.
    /// </summary>
    private static IEnumerable<DatedStatement> OnePerEvent(IReadOnlyList<DatedStatement> dated)
    {
        foreach (var sentence in dated.GroupBy(d => (d.Sentence.ArticleId, d.Sentence.Sentence.Index)))
        {
            var bound = sentence.Where(d => d.Family is not null && d.Family != EventWords.Statement).ToList();
            if (bound.Count > 0)
            {
                foreach (var d in bound)
                {
                    yield return d;
                }
                continue;
            }
            yield return sentence.OrderBy(d => ClaimFinder.IsPeriodBound(d.Sentence, d.Date) ? 1 : 0).ThenBy(d => d.Span.Days).ThenBy(d => d.Date.Start).First();
        }
    }

    // A question, asked or quoted with who asked it ("Will sailings resume in June?" a passenger asked.).
    [GeneratedRegex(@"[?？][""”’'»)]*\s*(?:[,—–-]\s*)?(?:[^.!?""“”]{0,60}\b(?:asked|asks|wondered|wonders|said|says)\b[^.!?""“”]{0,40})?\.?\s*$")]
    private static partial Regex Question();

    private static bool IsQuestion(string sentence) => Question().IsMatch(sentence);

    private static bool IsCaption(DatedStatement d) =>
        LanguageCodes.IsEnglishOrUnknown(d.Sentence.Language) && SentenceForm.LooksLikeCaption(d.Sentence.Sentence.Text);

    private static bool StandsAlone(DatedStatement d) =>
        !LanguageCodes.IsEnglishOrUnknown(d.Sentence.Language) || SentenceForm.StandsAlone(Chrome.WithoutDateline(d.Sentence.Sentence.Text), joined: false);

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
