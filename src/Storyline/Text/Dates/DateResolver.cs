using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Sentences;

namespace Storyline.Text.Dates;

/// <summary>Finds temporal expressions in a text and resolves them against the publication date.</summary>
/// <remarks>
/// News is written in the past tense by default, so an expression without a year or a direction
/// ("on Sunday", "on the 21st", "in July") resolves to the nearest such day or month on or before
/// publication; "next", "will" and similar future cues turn it forward. Numeric dates take their
/// day/month order from unambiguous numeric dates elsewhere in the text, then from the locale;
/// without either, "3/4" stays <see cref="DateGranularity.Ambiguous"/>. Thread-safe.
/// </remarks>
public static partial class DateResolver
{
    private enum Tense { Past, Future }

    private enum NumericOrder { Unknown, DayMonth, MonthDay }

    private const string Month = "(?<mon>" + MonthNames.EnglishPattern + @")\.?";
    private const string SecondMonth = "(?<mon2>" + MonthNames.EnglishPattern + @")\.?";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string Dash = @"\s*(?:-|–|—|to|through|till|until|and)\s*";
    private const string Year = @"(?<y>(?:1[89]|20)\d{2})";
    // "June 12 last year", "in March of next year": the year counted from publication ("last year's champion" is not one).
    private const string RelativeYear = @"(?:of\s+)?(?<rel>(?i:last|next|this))\s+year\b(?!['’])";
    private const string YearOrRelative = @"(?:,?\s+(?:" + Year + "|" + RelativeYear + "))?";
    // A number of things, not a year: "between 1900 and 2000 people".
    private const string NotCounted = @"(?!\s+(?:people|persons|troops|soldiers|workers|residents|homes|houses|jobs|units|cases|deaths|dead|dollars|euros|pounds|tons|tonnes|metres|meters|feet|miles|km|kilometres|kilometers|acres|hectares|votes|members|students|children|families|men|women|barrels|points|years)\b)";
    private const string Weekday = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Number = @"(?<n>\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    /// <summary>Year first: "2024-01-19", "2024/01/19", and a timestamp's date ("2024-01-19T10:00:00Z").</summary>
    [GeneratedRegex(@"\b" + Year + @"(?<sep>[-/])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:\b|(?=T\d))")]
    private static partial Regex IsoDate();

    // Korean, Chinese and Japanese write dates with counters: 2025년 3월 9일, 2025年3月9日, 3월 9일, 9일 ("on the 9th").
    [GeneratedRegex(@"(?<!\d)" + Year + @"\s*[년年]\s*(?<m>\d{1,2})\s*[월月]\s*(?<d>\d{1,2})\s*[일日](?![간間]|\s*동안)")]
    private static partial Regex CjkFullDate();

    [GeneratedRegex(@"(?<![\d년年]\s*)(?<m>\d{1,2})\s*[월月]\s*(?<d>\d{1,2})\s*[일日](?![간間]|\s*동안)")]
    private static partial Regex CjkMonthDay();

    [GeneratedRegex(@"(?<!\d)" + Year + @"\s*[년年]\s*(?<m>\d{1,2})\s*[월月](?!\s*\d)")]
    private static partial Regex CjkYearMonth();

    /// <summary>A day of the month alone, the way Korean and Japanese reports date events near publication; "3일간" (three days) is a span.</summary>
    [GeneratedRegex(@"(?<![\d월月.,/:]\s*)(?<d>\d{1,2})\s*[일日](?![간間째]|\s*동안|\s*\d)")]
    private static partial Regex CjkDay();

    /// <summary>A span across months: "from Jan. 29 to Feb. 2", "29 January–2 February 2024", "between Jan. 15 and Jan. 17".</summary>
    [GeneratedRegex(@"\b(?:(?<between>between)\s+|from\s+)?(?:" + Month + @"\s+(?<d1>\d{1,2})" + Ordinal + @"|(?<d1>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?" + Month + @")"
        + @"\s*(?:-|–|—|to|through|till|until|(?<and>and))\s*"
        + @"(?:" + SecondMonth + @"\s+(?<d2>\d{1,2})" + Ordinal + @"|(?<d2>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?" + SecondMonth + @")(?!\d)(?:,?\s+" + Year + @")?\b")]
    private static partial Regex CrossMonthRange();

    [GeneratedRegex(@"\b(?:from\s+)?(?:the\s+)?(?<d1>\d{1,2})" + Ordinal + Dash + @"(?:the\s+)?(?<d2>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + @")?\b")]
    private static partial Regex DayRangeMonth();

    [GeneratedRegex(@"\b(?:from\s+)?" + Month + @"\s+(?<d1>\d{1,2})" + Ordinal + Dash + @"(?<d2>\d{1,2})" + Ordinal + @"(?!\d)(?:,?\s+" + Year + @")?\b")]
    private static partial Regex MonthDayRange();

    [GeneratedRegex(@"(?:\b" + Weekday + @",?\s+(?:the\s+)?)?\b(?<d>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?" + Month + YearOrRelative + @"\b")]
    private static partial Regex DayMonth();

    // "Jan. 5", "Friday, March 8, 2024", "June 12 last year"; not the rocket "Long March 5".
    [GeneratedRegex(@"(?:\b" + Weekday + @",?\s+)?\b(?<!\bLong\s)" + Month + @"\s+(?<d>\d{1,2})" + Ordinal + @"(?!\d)" + YearOrRelative + @"\b")]
    private static partial Regex MonthDay();

    /// <summary>"from 2001 to 2009", "between 2001 and 2009", "2001–2009"; not "in 1998 and 2009", two years.</summary>
    [GeneratedRegex(@"\b(?:(?i:between)\s+" + Year + @"\s+and|(?:(?i:from)\s+)?" + Year + @"\s*(?:-|–|—|to|until|through))\s*(?<y2>(?:1[89]|20)\d{2})\b(?![-/.]\d)" + NotCounted)]
    private static partial Regex YearRange();

    /// <summary>
    /// A span of days in one month, written day first in Spanish, Portuguese, Italian, French or German: "vom 17. bis 19.
    /// Februar", "du 17 au 19 février", "del 17 al 19 de febrero", "dal 17 al 19 febbraio", "17–19 de fevereiro de 2025".
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:vom|du|del|dal|de)\s+)?(?<![\d.])(?<d1>\d{1,2})\.?(?:º|er)?\s*(?:-|–|—|\bbis\b(?:\s+zum\b)?|\bau\b|\bal\b|\ba\b)\s*"
        + @"(?<d2>\d{1,2})(?<dot>\.)?º?\s+(?<de>de\s+)?(?<fmon>\p{L}{3,10})(?:\.?,?\s+(?:de\s+|del\s+)?" + Year + @")?(?![\p{L}\d])")]
    private static partial Regex ForeignDayRange();

    /// <summary>A day-first date with a Spanish, Portuguese, Italian, French or German month: "30. Juli", "20 de noviembre de 2019".</summary>
    [GeneratedRegex(MonthNames.DayFirstPattern + @"(?:\.?,?\s+(?:de\s+|del\s+)?" + Year + @")?(?![\p{L}\d])")]
    private static partial Regex ForeignDayMonth();

    [GeneratedRegex(@"\b(?:(?:early|mid|late)[-\s])?" + Month + @",?\s+(?:of\s+)?" + Year + @"\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:from\s+)?the\s+(?<d1>\d{1,2})(?:st|nd|rd|th)" + Dash + @"(?:the\s+)?(?<d2>\d{1,2})(?:st|nd|rd|th)\b")]
    private static partial Regex OrdinalDayRange();

    [GeneratedRegex(@"\b(?:[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|till|from|of|[Bb]efore|[Aa]fter|for)\s+the\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:floor|storey|story|time|times|consecutive|straight|successive|anniversary|round|century|place|minute|inning|lap|term|amendment|district|precinct|grade|edition|generation|birthday|day|days|year|years|week|weeks|month|months|hole|seed|pick|position|spot|row|level|stage|game|match|race|season|tier|wave|quarter|division|battalion|brigade|army|fleet|corps|regiment|street|avenue|largest|biggest|most|best|highest|lowest|worst|longest|fastest|oldest|richest)\b)")]
    private static partial Regex OrdinalDay();

    /// <summary>Day, month and year with dots, day first ("10.03.2024"), or year first ("2024.03.10").</summary>
    [GeneratedRegex(@"(?<![\d.])(?:(?<d>\d{1,2})\.(?<m>\d{1,2})\." + Year + @"|" + Year + @"\.(?<m>\d{1,2})\.(?<d>\d{1,2}))(?!\.?\d)")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?:\b" + Weekday + @",?\s*)?(?<open>\(\s*)?(?<![\d/.,-])(?:(?<p1>\d{1,2})/(?<p2>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?![\d/])|(?<p1>\d{1,2})-(?<p2>\d{1,2})-(?<y>\d{4})(?![\d-]))(?<close>\s*\))?")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<mod>(?i:in|since|during|until|by|last|next|this|early|mid|late|earlier in|later in|between|from))[-\s]+" + Month + @"\b(?!\s*\d)(?:,?\s+" + RelativeYear + ")?")]
    private static partial Regex MonthAlone();

    // "in May and July of 2016", "between March and May 2019", "from December to February 2024": the year written after
    // the second month is the first one's too, or the year before when the span runs over New Year.
    [GeneratedRegex(@"\G\s*(?:(?<and>and|or)|to|through|till|until|-|–|—)\s*(?:(?:early|mid|late)[-\s])?" + SecondMonth + @",?\s+(?:of\s+)?" + Year + @"\b")]
    private static partial Regex SharedYear();

    [GeneratedRegex(@"(?:\b(?i:in|since|during|until|by|before|after|from|early|late|mid)|(?<=\b(?:1[89]|20)\d{2},?\s+)(?:and|or))[-\s]+" + Year + @"\b(?![-/]\d)" + NotCounted)]
    private static partial Regex YearAlone();

    // Not the newspaper: "USA Today's request for comment".
    [GeneratedRegex(@"\b(?<!\bUSA\s)(?<w>yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|last night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeDay();

    /// <summary>"over the weekend", "last weekend", "this weekend", "next weekend".</summary>
    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|past|coming|previous)\s+|(?:over|during|at|on)\s+the\s+)weekend\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekend();

    /// <summary>A decade: "the 1990s", "the '90s".</summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?:(?<c>1[89]|20)(?<d>\d)0s|['’](?<d>\d)0s)\b")]
    private static partial Regex Decade();

    /// <summary>
    /// Holidays on a fixed day of the Gregorian calendar ("New Year's Day", "Christmas Eve", "Valentine's Day") and a few
    /// that move with the year ("Thanksgiving", "Black Friday", "Good Friday", "Easter Monday", "Labor Day"), which a
    /// weekday's name in them ("Friday") must not be read for. "a good Friday for stocks" is no Good Friday.
    /// </summary>
    [GeneratedRegex(@"\b(?<h>New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day|Valentine['’]s Day|Halloween"
        + @"|Thanksgiving(?: Day)?|Black Friday|Cyber Monday|(?-i:Good) Friday|Easter(?: Sunday| Monday| Day)?(?!\s+(?:Island|eggs?|bunny|Rising)\b)|Memorial Day|Labor Day)(?:,?\s+" + Year
        + @"|\s+(?:(?:" + Number + @"|(?<n>an?))\s+years?\s+ago|(?<last>last\s+year)))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Holiday();

    [GeneratedRegex(@"\b(?<mod>last|next|this|past|coming|previous|earlier this|later this)\s+(?<unit>week|month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:" + Number + @"|(?<n>an?))\s+(?<unit>day|week|fortnight|month|year)s?\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    // "on a Friday evening", "every Monday": any such day, not one in particular ("in a Saturday night post" is one).
    [GeneratedRegex(@"\b(?:(?<mod>last|next|this|on|coming|past)\s+)?(?<!\b(?:[Oo]n a|[Ee]very|[Ee]ach|[Aa]ny)\s+)" + Weekday + @"\b")]
    private static partial Regex WeekdayReference();

    [GeneratedRegex(WeekdayNames.Pattern)]
    private static partial Regex ForeignWeekday();

    [GeneratedRegex(WeekdayNames.AheadPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ForeignAhead();

    [GeneratedRegex(WeekdayNames.BackPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ForeignBack();

    [GeneratedRegex(WeekdayNames.PastPattern, RegexOptions.IgnoreCase)]
    private static partial Regex ForeignPast();

    /// <summary>
    /// True when the German clause around <paramref name="index"/> is in the perfect, the tense German news tells the past
    /// in: an auxiliary ("hat", "haben", "ist", "sind") and a past participle closing the clause ("hat den Mann am Freitag
    /// festgenommen", "haben das Abkommen am Mittwoch unterzeichnet"). Not a participle that sets a day ahead ("ist für
    /// Freitag geplant", "vorgesehen").
    /// </summary>
    private static bool GermanPerfect(string text, int index)
    {
        var start = text.LastIndexOfAny(ClauseMarks, Math.Max(0, index - 1)) + 1;
        var end = text.IndexOfAny(ClauseMarks, index);
        var clause = text[start..(end < 0 ? text.Length : end)];
        return GermanAuxiliary().IsMatch(clause) && GermanParticipleAtEnd().Match(clause) is { Success: true } participle
            && !NotPast.Contains(participle.Groups["p"].Value);
    }

    private static readonly char[] ClauseMarks = [',', ';', ':', '.', '!', '?'];

    private static readonly HashSet<string> NotPast = new(StringComparer.Ordinal) { "geplant", "vorgesehen", "angesetzt", "terminiert", "anberaumt" };

    [GeneratedRegex(@"\b(?:hat|haben|habe|hatte|hatten|ist|sind|war|waren)\b")]
    private static partial Regex GermanAuxiliary();

    // "gesagt", "gestorben", "festgenommen", "angekündigt", "zurückgetreten"; "unterzeichnet", "bestätigt", "verhaftet".
    [GeneratedRegex(@"(?<![\p{L}])(?<p>(?:an|auf|aus|ein|fest|frei|mit|vor|zu|zurück|ab|bei|los|nach|weg|statt|um)?ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer|unter|über)\p{Ll}{3,}t)\s*[""“”„»«)]*\s*$")]
    private static partial Regex GermanParticipleAtEnd();

    // A day something is set for or starts from: "einen Streik für Dienstag", "ab Mittwoch", "pour mardi", "à partir de
    // lundi", "para el martes", "a partir del lunes", "per martedì".
    [GeneratedRegex(@"\b(?:für|ab|pour|para|per|à partir d[eu]|a partir de(?:l)?)(?:\s+(?:den|le|el|il|o|a))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduledFor();

    [GeneratedRegex(@"\b" + Number + @"[-\s](?<unit>hour|day|week|month|year|decade)s?(?:\s+(?<dir>after|later|before|earlier))?\b(?![-\s]+(?:ago|old))", RegexOptions.IgnoreCase)]
    private static partial Regex DurationPhrase();

    /// <summary>Every pattern needs a digit, a month name, a time word or a weekday in another language: a cheap test that skips most sentences.</summary>
    [GeneratedRegex(@"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|(?i:day|week|month|year|decade|hour|night|morning|afternoon|evening|tomorrow|tonight|christmas|halloween|fortnight|quarter|spring|summer|autumn|fall|winter)|" + WeekdayNames.Pattern)]
    private static partial Regex MayHoldDate();

    // Also the future of German, French, Spanish, Italian and Portuguese: "wird", "soll", "sera", "aura lieu", "será",
    // "se celebrará", "sarà", "vai"; a Spanish or French future ending ("continuarán", "dureront").
    [GeneratedRegex(@"\b(?:will|shall|won't|is expected to|are expected to|is scheduled|are scheduled|is set to|are set to|is due to|are due to|plans? to|planning to|intends? to|upcoming|is to|are to"
        + @"|wird|werden|soll|sollen|sera|seront|aura lieu|auront lieu|devrait|devraient|doit|doivent|será|serán|habrá|está previst[oa]|sarà|saranno|si terrà|vai|vão|irá|irão)\b"
        + @"|'ll\b|\b\p{L}{3,}(?:rá|rán|ront)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureCue();

    /// <summary>Finds and resolves the temporal expressions in <paramref name="text"/>, in text order.</summary>
    /// <param name="published">The article's publication time; relative expressions stay unresolved without it.</param>
    /// <param name="locale">The outlet's locale (en-US reads 3/4 as March 4; other locales as 3 April); null when unknown.</param>
    /// <param name="reference">
    /// For an undated text, a day known to lie near its publication (the first dated report of its story). It only fixes
    /// the year of a day named with its weekday ("Friday (19/1)", "Friday, January 19"): the year within one of the
    /// reference's in which that day is that weekday. The weekday checks the guess, so nothing relative ("on Sunday",
    /// "on the 21st") is resolved against it.
    /// </param>
    /// <param name="window">
    /// For an undated text, the days it must have been published between (<see cref="PublicationWindow.Of"/>). Without a
    /// reference, a day named with its weekday takes the one year in which that day, that weekday, falls within a week of
    /// the window; none when no year or several do. A bare day of the month ("the 16th") or a month ("in November") is
    /// resolved when the window's first and last day, taken as the day of publication, read it alike; in a window of a
    /// week, "the 21st" is that week's 21st when it has one.
    /// </param>
    public static IReadOnlyList<TemporalMention> Find(string text, DateTimeOffset? published, string? locale = null, DateOnly? reference = null, PublicationWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var order = OrderFromText(text);
        if (order == NumericOrder.Unknown)
        {
            order = OrderFromLocale(locale);
        }
        var found = new List<TemporalMention>();
        var weekStart = WeekStartOf(locale);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            FindIn(sentence, published, order, weekStart, found, reference, window);
        }
        return found.OrderBy(m => m.Start).ToList();
    }

    /// <summary>Finds and resolves the temporal expressions in one sentence.</summary>
    public static IReadOnlyList<TemporalMention> FindIn(Sentence sentence, DateTimeOffset? published, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var order = OrderFromText(sentence.Text);
        if (order == NumericOrder.Unknown)
        {
            order = OrderFromLocale(locale);
        }
        var found = new List<TemporalMention>();
        FindIn(sentence, published, order, WeekStartOf(locale), found);
        return found.OrderBy(m => m.Start).ToList();
    }

    private static void FindIn(Sentence sentence, DateTimeOffset? published, NumericOrder order, DayOfWeek weekStart, List<TemporalMention> found, DateOnly? reference = null, PublicationWindow? window = null)
    {
        var text = sentence.Text;
        if (!MayHoldDate().IsMatch(text))
        {
            return;
        }
        var futureCues = FutureCue().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        // "said the stoppage would last from Wednesday": reported speech looks ahead with "would".
        futureCues.AddRange(Would().Matches(text).Where(m => ReportingVerb().IsMatch(text[..m.Index])).Select(m => (m.Index, End: m.Index + m.Length)));
        var taken = new bool[text.Length];
        var context = new Context(sentence, AnchorOf(published), Tense.Past, order, taken, found)
        {
            FutureCues = futureCues, WeekStart = weekStart, Reference = reference, Window = window, DayOnly = DayOnly(published), LateInDay = LateInDay(published),
        };

        // Most specific patterns first; a later pattern never claims text an earlier one took.
        Scan(context, IsoDate(), ResolveIso);
        Scan(context, DottedDate(), ResolveIso);
        Scan(context, CjkFullDate(), ResolveIso);
        Scan(context, CjkMonthDay(), ResolveDayMonth);
        Scan(context, CjkYearMonth(), ResolveMonthYear);
        Scan(context, CrossMonthRange(), ResolveCrossMonthRange);
        Scan(context, DayRangeMonth(), ResolveMonthRange);
        Scan(context, MonthDayRange(), ResolveMonthRange);
        Scan(context, ForeignDayRange(), ResolveForeignDayRange);
        Scan(context, Numeric(), ResolveNumeric);
        Scan(context, DayMonth(), ResolveDayMonth);
        Scan(context, MonthDay(), ResolveDayMonth);
        Scan(context, ForeignDayMonth(), ResolveForeignDayMonth);
        Scan(context, WeekOfMonth(), ResolveWeekOfMonth);
        Scan(context, EdgeOfPeriod(), ResolveEdgeOfPeriod);
        Scan(context, MonthYear(), ResolveMonthYear);
        Scan(context, YearRange(), ResolveYearRange);
        Scan(context, OrdinalDayRange(), ResolveOrdinalRange);
        Scan(context, OrdinalDay(), ResolveOrdinalDay);
        Scan(context, Quarter(), ResolveQuarter);
        Scan(context, Season(), ResolveSeason);
        Scan(context, CjkDay(), ResolveOrdinalDay);
        Scan(context, MonthAlone(), ResolveMonthAlone);
        Scan(context, YearAlone(), ResolveYearAlone);
        Scan(context, Holiday(), ResolveHoliday);
        Scan(context, Decade(), ResolveDecade);
        if (text.Contains("ago", StringComparison.OrdinalIgnoreCase))
        {
            Scan(context, Ago(), ResolveAgo);
        }
        Scan(context, RelativeDay(), ResolveRelativeDay);
        Scan(context, Weekend(), ResolveWeekend);
        Scan(context, RelativePeriod(), ResolveRelativePeriod);
        Scan(context, WeekdayReference(), ResolveWeekday);
        Scan(context, ForeignWeekday(), ResolveForeignWeekday);
        Scan(context, DurationPhrase(), ResolveDuration);
    }

    private sealed record Context(Sentence Sentence, DateOnly? Anchor, Tense Tense, NumericOrder Order, bool[] Taken, List<TemporalMention> Found)
    {
        /// <summary>Where the sentence says something lies ahead ("will", "is due to").</summary>
        public IReadOnlyList<(int Index, int End)> FutureCues { get; init; } = [];

        /// <summary>The day the outlet's weeks start on: Sunday in the United States, Monday in most other places.</summary>
        public DayOfWeek WeekStart { get; init; } = DayOfWeek.Sunday;

        /// <summary>
        /// True when the publication gives its day but no time (midnight exactly): it may lag the report by a day, as a
        /// date-only field often does, so the weekday after it is read as that next day ("said early Friday" under
        /// Thursday's date), not as six days back.
        /// </summary>
        public bool DayOnly { get; init; }

        /// <summary>
        /// True when the publication's time is noon UTC or later: the next day has begun east of it, so "early Friday" in a
        /// Thursday evening's report from the scene of news in Europe or Asia is that next day, not six days back.
        /// </summary>
        public bool LateInDay { get; init; }

        /// <summary>For an undated text, a day near its publication, which only fixes the year of a day named with its weekday (the anchor wins when there is one).</summary>
        public DateOnly? Reference { get; init; }

        /// <summary>For an undated text, the days it was published between: it fixes the year of a day named with its weekday (when there is no reference), and places a bare day of the month or a month that every day of it reads alike.</summary>
        public PublicationWindow? Window { get; init; }
    }

    /// <summary>
    /// Whether the expression at [start, end) lies ahead: only when a future cue governs it. A cue
    /// does not reach across a reported-speech boundary: in "said on the 11th that the work will be
    /// finished" the date belongs to the saying, not to the finishing.
    /// </summary>
    private static Tense TenseAt(Context c, int start, int end)
    {
        var text = c.Sentence.Text;
        foreach (var (index, cueEnd) in c.FutureCues)
        {
            if (cueEnd <= start)
            {
                if (!ClauseBoundary().IsMatch(text[cueEnd..start]))
                {
                    return Tense.Future;
                }
            }
            else if (index >= end)
            {
                // A cue after the date governs it unless the date sits in a reporting clause that introduces the cue's clause.
                if (!ClauseBoundary().IsMatch(text[end..index]) && !ReportingVerb().IsMatch(text[..start]))
                {
                    return Tense.Future;
                }
            }
        }
        return InFutureTimeClause(text, start, end) ? Tense.Future : Tense.Past;
    }

    /// <summary>
    /// English tells the future in the present after "before", "until", "once" and "when": "was working to use the
    /// credit before the new law takes effect on Jan. 1" looks ahead whatever the main clause's tense. The clause runs
    /// from the conjunction to the next comma or semicolon and holds a verb in the present and none in the past.
    /// </summary>
    private static bool InFutureTimeClause(string text, int start, int end)
    {
        if (TimeConjunctionBefore().Match(text, 0, start) is not { Success: true } conjunction)
        {
            return false;
        }
        var stop = text.IndexOfAny([',', ';', ':', '—'], end);
        var clause = text[conjunction.Index..(stop < 0 ? text.Length : stop)];
        return PresentInTimeClause().IsMatch(clause) && !PastCue().IsMatch(clause);
    }

    // A time conjunction with no comma, semicolon or dash between it and the date.
    [GeneratedRegex(@"\b(?:before|until|till|once|when)\s+[^,;:—]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeConjunctionBefore();

    // Verbs in the present, in a form no noun shares ("the end of January" is no verb).
    [GeneratedRegex(@"\b(?:takes|take|comes|come|expires|expire|begins|begin|starts|opens|ends|arrives|arrive|goes|is|are|meets|returns|leaves|resumes|resume|runs|closes|kicks off|kick off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentInTimeClause();

    [GeneratedRegex(@"\bwould\b", RegexOptions.IgnoreCase)]
    private static partial Regex Would();

    [GeneratedRegex(@"\b(?:GMT|UTC)\s*(?:on\s+)?$")]
    private static partial Regex UniversalTimeBefore();

    // With the conjunctions and reporting verbs of German, French, Spanish, Italian and Portuguese ("dass", "que", "che",
    // "sagte", "a déclaré", "dijo", "disse").
    [GeneratedRegex(@"\b(?:that|said|says|told|tells|announced|added|stated|explained|noted|reported|confirmed|according to|dass|daß|que|qu|che"
        + @"|" + ForeignReporting + @")\b|[;""“”„«»]", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"\b(?:said|says|told|tells|announced|added|stated|explained|noted|reported|confirmed|" + ForeignReporting + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerb();

    private const string ForeignReporting = "sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|déclaré|annoncé|indiqué|affirmé|précisé"
        + "|dijo|dijeron|afirmó|declaró|anunció|informó|señaló|ha detto|ha dichiarato|disse|afirmou|declarou";

    private sealed record Resolution(DateGranularity Granularity, DateOnly? From, DateOnly? To)
    {
        public string? Duration { get; init; }
        public IReadOnlyList<DateOnly> Readings { get; init; } = [];
    }

    private static void Scan(Context context, Regex pattern, Func<Match, Context, Resolution?> resolve)
    {
        foreach (Match match in pattern.Matches(context.Sentence.Text))
        {
            var (start, length) = Trim(match);
            if (length == 0 || Overlaps(context.Taken, start, length))
            {
                continue;
            }
            var tense = TenseAt(context, start, start + length);
            var resolution = resolve(match, context with { Tense = tense });
            if (resolution is null)
            {
                continue;
            }
            Array.Fill(context.Taken, true, start, length);
            context.Found.Add(new TemporalMention(
                context.Sentence.Text.Substring(start, length),
                context.Sentence.Start + start,
                resolution.Granularity,
                resolution.From,
                resolution.To,
                context.Sentence)
            {
                Duration = resolution.Duration,
                Readings = resolution.Readings,
                Ahead = tense == Tense.Future,
            });
        }
    }

    private static (int Start, int Length) Trim(Match match)
    {
        var start = match.Index;
        var end = match.Index + match.Length;
        var text = match.Value;
        var offset = 0;
        while (offset < text.Length && char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }
        var tail = text.Length;
        while (tail > offset && char.IsWhiteSpace(text[tail - 1]))
        {
            tail--;
        }
        return (start + offset, tail - offset + (end - start - text.Length));
    }

    private static bool Overlaps(bool[] taken, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }
        return false;
    }

    private static Resolution? ResolveIso(Match m, Context c) =>
        Day(Int(m, "y"), Int(m, "m"), Int(m, "d")) is { } d ? new Resolution(DateGranularity.Day, d, d) : null;

    private static Resolution? ResolveMonthRange(Match m, Context c)
    {
        var month = MonthNames.EnglishNumber(m.Groups["mon"].Value);
        var (d1, d2) = (Int(m, "d1"), Int(m, "d2"));
        if (d2 <= d1)
        {
            return null;
        }
        var year = m.Groups["y"].Success ? Int(m, "y") : PickYear(month, d1, c);
        if (year is not { } y || Day(y, month, d1) is not { } from || Day(y, month, d2) is not { } to)
        {
            return Unanchored(m.Groups["y"].Success);
        }
        return new Resolution(DateGranularity.Range, from, to);
    }

    private static Resolution? ResolveCrossMonthRange(Match m, Context c)
    {
        if (m.Groups["and"].Success && !m.Groups["between"].Success)
        {
            // "on Jan. 15 and Jan. 17" lists two days; only "between ... and ..." spans them.
            return null;
        }
        var (month1, month2) = (MonthNames.EnglishNumber(m.Groups["mon"].Value), MonthNames.EnglishNumber(m.Groups["mon2"].Value));
        var (d1, d2) = (Int(m, "d1"), Int(m, "d2"));
        if (month1 == month2 && d2 <= d1)
        {
            return null;
        }
        // A span that crosses the new year ("Dec. 28 to Jan. 3") starts in the year before the one written at its end.
        var crosses = month2 < month1;
        int? endYear = m.Groups["y"].Success ? Int(m, "y") : null;
        var startYear = endYear is { } y ? y - (crosses ? 1 : 0) : PickYear(month1, d1, c);
        if (startYear is not { } start || Day(start, month1, d1) is not { } from || Day(start + (crosses ? 1 : 0), month2, d2) is not { } to)
        {
            return Unanchored(m.Groups["y"].Success);
        }
        return new Resolution(DateGranularity.Range, from, to);
    }

    private static Resolution? ResolveHoliday(Match m, Context c)
    {
        var name = m.Groups["h"].Value.Replace('’', '\'').ToLowerInvariant();
        // Each holiday's day in a given year, and whether that day moves with the year.
        static (Func<int, DateOnly?> OfYear, bool Moves) Fixed(int month, int day) => (y => Day(y, month, day), false);
        static (Func<int, DateOnly?> OfYear, bool Moves) Moving(Func<int, DateOnly?> ofYear) => (ofYear, true);
        var (ofYear, moves) = name switch
        {
            "new year's day" => Fixed(1, 1),
            "new year's eve" => Fixed(12, 31),
            "christmas eve" => Fixed(12, 24),
            "christmas day" => Fixed(12, 25),
            "boxing day" => Fixed(12, 26),
            "valentine's day" => Fixed(2, 14),
            "halloween" => Fixed(10, 31),
            // The United States' Thanksgiving, the fourth Thursday of November, and the shopping days named after it.
            "thanksgiving" or "thanksgiving day" => Moving(y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)),
            "black friday" => Moving(y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)?.AddDays(1)),
            "cyber monday" => Moving(y => NthWeekday(y, 11, DayOfWeek.Thursday, 4)?.AddDays(4)),
            "good friday" => Moving(y => EasterSunday(y)?.AddDays(-2)),
            "easter monday" => Moving(y => EasterSunday(y)?.AddDays(1)),
            "memorial day" => Moving(y => NthWeekday(y, 6, DayOfWeek.Monday, 1)?.AddDays(-7)),
            "labor day" => Moving(y => NthWeekday(y, 9, DayOfWeek.Monday, 1)),
            _ => Moving(EasterSunday),
        };
        if (m.Groups["y"].Success)
        {
            return ofYear(Int(m, "y")) is { } dated ? Point(dated) : null;
        }
        if (c.Anchor is { } anchor && (m.Groups["n"].Success || m.Groups["last"].Success))
        {
            // "on New Year's Eve two years ago": the holiday nearest the day that many years back.
            var back = anchor.AddYears(-(m.Groups["last"].Success ? 1 : NumberValue(m.Groups["n"].Value)));
            var near = new[] { back.Year - 1, back.Year, back.Year + 1 }.Select(ofYear).OfType<DateOnly>().ToList();
            return near.Count > 0 ? Point(near.MinBy(d => Math.Abs(d.DayNumber - back.DayNumber))) : Unanchored(false);
        }
        if (c.Anchor is { } today && moves && new[] { today.Year - 1, today.Year, today.Year + 1 }.Select(ofYear).OfType<DateOnly>()
            .Where(d => Math.Abs(d.DayNumber - today.DayNumber) <= SoonDays).ToList() is [var soon])
        {
            // A season's holiday within weeks of publication, before or after, is the one the report is about ("Black
            // Friday is approaching, but prices have dropped already"), whatever the tense of the sentence's other verbs.
            return Point(soon);
        }
        return PickYear(ofYear, c) is { } year && ofYear(year) is { } d ? Point(d) : Unanchored(false);
    }

    // The nth given weekday of a month ("the fourth Thursday of November").
    private static DateOnly? NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        if (Day(year, month, 1) is not { } first)
        {
            return null;
        }
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
    }

    // Western Easter Sunday by the Gregorian computus (the anonymous algorithm published in Nature in 1876).
    private static DateOnly? EasterSunday(int year)
    {
        if (year is < 1583 or > 9999)
        {
            return null;
        }
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static Resolution? ResolveDecade(Match m, Context c)
    {
        var decade = Int(m, "d") * 10;
        if (!m.Groups["c"].Success && c.Anchor is null)
        {
            return Unanchored(false);
        }
        // "the '90s" is the last such decade before publication.
        var century = m.Groups["c"].Success ? Int(m, "c") * 100 : (c.Anchor!.Value.Year - decade) / 100 * 100;
        var first = century + decade;
        return new Resolution(DateGranularity.Range, new DateOnly(first, 1, 1), new DateOnly(first + 9, 12, 31));
    }

    private static Resolution? ResolveWeekend(Match m, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        // The Saturday of the weekend on or before publication; a paper of Saturday or Sunday is in it.
        var saturday = anchor.AddDays(-DaysSince(anchor, DayOfWeek.Saturday));
        var inWeekend = anchor.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var modifier = m.Groups["mod"].Value.ToLowerInvariant();
        var weeks = modifier switch
        {
            "next" or "coming" => 1,
            "last" or "past" or "previous" => inWeekend ? -1 : 0,
            // "will meet this weekend" is the one ahead; "over the weekend" the one just past.
            _ => !inWeekend && c.Tense == Tense.Future ? 1 : 0,
        };
        saturday = saturday.AddDays(7 * weeks);
        return new Resolution(DateGranularity.Range, saturday, saturday.AddDays(1));
    }

    private static Resolution? ResolveDayMonth(Match m, Context c) => DayOfMonth(MonthOf(m), m, c);

    // The day in group "d" of the given month, in the year written or, without one, the year the context implies.
    private static Resolution? DayOfMonth(int month, Match m, Context c)
    {
        var day = Int(m, "d");
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }
        var counted = CountedYear(m, c);
        var year = m.Groups["y"].Success ? Int(m, "y") : counted ?? PickYear(month, day, c);
        if (!m.Groups["y"].Success && counted is null && m.Groups["wd"].Success)
        {
            year = YearOfWeekday(month, day, Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), c) ?? year;
        }
        if (year is not { } y)
        {
            return Unanchored(false);
        }
        return Day(y, month, day) is { } d ? new Resolution(DateGranularity.Day, d, d) : null;
    }

    // The year that "last year" or "next year" after a day or month names, counted from publication. "this year" is left
    // to the tense, as the day nearest publication in its direction: a report dated in January that tells what happened
    // "in July this year" was written in the year before its date.
    private static int? CountedYear(Match m, Context c) => c.Anchor is { } anchor
        ? m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => anchor.Year - 1, "next" => anchor.Year + 1, _ => null }
        : null;

    private static Resolution? ResolveForeignDayMonth(Match m, Context c)
    {
        var name = m.Groups["fmon"].Value;
        if (MonthNames.Foreign(name) is not { } month
            || (MonthNames.IsAmbiguous(name) && !m.Groups["y"].Success && !m.Groups["dot"].Success && !m.Groups["de"].Success))
        {
            return null;
        }
        return DayOfMonth(month, m, c);
    }

    private static Resolution? ResolveForeignDayRange(Match m, Context c)
    {
        var name = m.Groups["fmon"].Value;
        var (d1, d2) = (Int(m, "d1"), Int(m, "d2"));
        if (MonthNames.Foreign(name) is not { } month || d2 <= d1
            || (MonthNames.IsAmbiguous(name) && !m.Groups["y"].Success && !m.Groups["dot"].Success && !m.Groups["de"].Success))
        {
            return null;
        }
        var year = m.Groups["y"].Success ? Int(m, "y") : PickYear(month, d1, c);
        if (year is not { } y || Day(y, month, d1) is not { } from || Day(y, month, d2) is not { } to)
        {
            return Unanchored(m.Groups["y"].Success);
        }
        return new Resolution(DateGranularity.Range, from, to);
    }

    private static Resolution? ResolveMonthYear(Match m, Context c)
    {
        var month = MonthOf(m);
        if (month is < 1 or > 12)
        {
            return null;
        }
        var first = new DateOnly(Int(m, "y"), month, 1);
        return new Resolution(DateGranularity.Month, first, first.AddMonths(1).AddDays(-1));
    }

    private static Resolution? ResolveOrdinalRange(Match m, Context c)
    {
        var (d1, d2) = (Int(m, "d1"), Int(m, "d2"));
        if (d2 <= d1 || d2 > 31)
        {
            return null;
        }
        if (PickMonthFor(d1, c, English(m)) is not { } month || Day(month.Year, month.Month, d2) is not { } to)
        {
            return Unanchored(false);
        }
        return new Resolution(DateGranularity.Range, month.AddDays(d1 - 1), to);
    }

    private static Resolution? ResolveOrdinalDay(Match m, Context c)
    {
        var day = Int(m, "d");
        if (day is < 1 or > 31)
        {
            return null;
        }
        return PickMonthFor(day, c, English(m)) is { } month ? Point(month.AddDays(day - 1)) : Unanchored(false);
    }

    private static Resolution? ResolveNumeric(Match m, Context c)
    {
        var hasYear = m.Groups["y"].Success;
        var hasWeekday = m.Groups["wd"].Success;
        var bracketed = m.Groups["open"].Success && m.Groups["close"].Success;
        var before = c.Sentence.Text[..m.Index].TrimEnd();
        if (!hasYear && !hasWeekday && !bracketed && !before.EndsWith(" on", StringComparison.OrdinalIgnoreCase))
        {
            // A bare "3/4" is as likely a ratio or a score as a date.
            return null;
        }
        var (p1, p2) = (Int(m, "p1"), Int(m, "p2"));
        int? year = hasYear ? Int(m, "y") : null;
        if (year is < 100)
        {
            year += year < 50 ? 2000 : 1900;
        }
        var readings = new List<DateOnly>();
        foreach (var (month, day, order) in new[] { (p2, p1, NumericOrder.DayMonth), (p1, p2, NumericOrder.MonthDay) })
        {
            if (c.Order != NumericOrder.Unknown && order != c.Order && !(p1 > 12 || p2 > 12))
            {
                continue;
            }
            var y = year ?? PickYear(month, day, c) ?? (hasWeekday ? YearOfWeekday(month, day, Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), c) : null);
            if (y is { } yy && Day(yy, month, day) is { } d && !readings.Contains(d))
            {
                readings.Add(d);
            }
        }
        if (hasWeekday)
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
            var matching = readings.Where(r => r.DayOfWeek == weekday).ToList();
            if (matching.Count > 0)
            {
                readings = matching;
            }
        }
        return readings.Count switch
        {
            0 => null,
            1 => Point(readings[0]),
            _ => new Resolution(DateGranularity.Ambiguous, null, null) { Readings = readings },
        };
    }

    private static Resolution? ResolveMonthAlone(Match m, Context c)
    {
        var month = MonthNames.EnglishNumber(m.Groups["mon"].Value);
        var modifier = m.Groups["mod"].Value.ToLowerInvariant();
        if (SharedYear().Match(c.Sentence.Text, m.Index + m.Length) is { Success: true } shared)
        {
            var sharedYear = Int(shared, "y") - (!shared.Groups["and"].Success && month > MonthNames.EnglishNumber(shared.Groups["mon2"].Value) ? 1 : 0);
            return MonthOf(new DateOnly(sharedYear, month, 1));
        }
        if (CountedYear(m, c) is { } counted)
        {
            return MonthOf(new DateOnly(counted, month, 1));
        }
        if (modifier is "between" or "from")
        {
            // "from March" alone is as often a source's date as a span's start; only a year after the span tells it.
            return null;
        }
        if (c.Anchor is not { } anchor)
        {
            // An undated report: "in November" is the month that the first and the last day it may have been published
            // on read alike, as MonthInWindow reads a bare day.
            return c.Window is { } window
                && ResolveMonthAlone(m, c with { Anchor = window.NotBefore }) is { } early
                && ResolveMonthAlone(m, c with { Anchor = window.NotAfter }) is { } late
                && (early.From, early.To) == (late.From, late.To)
                ? early
                : Unanchored(false);
        }
        var tense = modifier switch
        {
            "next" => Tense.Future,
            "last" => Tense.Past,
            // "The 2020 Sentra, which goes on sale in late January": a timetable in the present tense.
            _ when Scheduled(c.Sentence.Text) => Tense.Future,
            _ => c.Tense,
        };
        var year = YearOfMonth(month, anchor, tense, modifier is "until" or "by");
        var first = new DateOnly(year, month, 1);
        return new Resolution(DateGranularity.Month, first, first.AddMonths(1).AddDays(-1));
    }

    private static Resolution? ResolveYearRange(Match m, Context c)
    {
        var (from, to) = (Int(m, "y"), Int(m, "y2"));
        return to > from && to - from <= 100 ? new Resolution(DateGranularity.Range, new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)) : null;
    }

    private static Resolution ResolveYearAlone(Match m, Context c)
    {
        var year = Int(m, "y");
        return new Resolution(DateGranularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    private static Resolution? ResolveAgo(Match m, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        var n = NumberValue(m.Groups["n"].Value);
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "day" => Point(anchor.AddDays(-n)),
            "week" => Week(anchor.AddDays(-7 * n), c.WeekStart),
            "fortnight" => Week(anchor.AddDays(-14 * n), c.WeekStart),
            "month" => MonthOf(anchor.AddMonths(-n)),
            _ => YearOf(anchor.Year - n),
        };
    }

    private static Resolution? ResolveRelativeDay(Match m, Context c)
    {
        var text = c.Sentence.Text;
        if (m.Groups["w"].Value.Equals("today", StringComparison.OrdinalIgnoreCase) && NotToday(text, m))
        {
            return null;
        }
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        if (InQuote(text, m.Index) && c.Found.Any(f => ReferenceEquals(f.Sentence, c.Sentence) && f.To is { } to
            && to.DayNumber < anchor.DayNumber - 7 && !InQuote(text, f.Start - c.Sentence.Start)))
        {
            // "'... announce our separation today,' she said in 2015": a quote's today is the day it was said, not the report's.
            return null;
        }
        return m.Groups["w"].Value.ToLowerInvariant() switch
        {
            "yesterday" or "last night" => Point(anchor.AddDays(-1)),
            "tomorrow" => Point(anchor.AddDays(1)),
            _ => Point(anchor),
        };
    }

    // "today" that is no day: a title ("told Florida Today", "BBC Radio 4's Today programme") or the present age ("the most
    // powerful rocket in use today", "from hippies on through to today", "in today's Hollywood", "one of today's biggest
    // tech companies", "out of touch with today's music"). "ahead of today's vote" and "in today's vote" are today's.
    private static bool NotToday(string text, Match m)
    {
        var before = text.AsSpan(0, m.Index);
        var after = text.AsSpan(m.Index + m.Length);
        if (m.Value[0] == 'T' && (NameBefore().IsMatch(before) || ProgrammeAfter().IsMatch(after)))
        {
            return true;
        }
        if (AgeBefore().IsMatch(before))
        {
            return true;
        }
        return (InBefore().IsMatch(before) && PossessiveAfter().IsMatch(after) && !TodaysEventAfter().IsMatch(after))
            || (AmongBefore().IsMatch(before) && AgeAfter().IsMatch(after));
    }

    [GeneratedRegex(@"\p{L}\s*\p{Lu}[\p{L}.]*\s+$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"^\s+(?:programme|program|show|newspaper)\b")]
    private static partial Regex ProgrammeAfter();

    [GeneratedRegex(@"\b(?:in use|in service|in operation|available|alive|in existence|exists?|still|through to|up to|up until)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"\bin\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InBefore();

    [GeneratedRegex(@"\b(?:of|with|among)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AmongBefore();

    [GeneratedRegex(@"^['’]s\s")]
    private static partial Regex PossessiveAfter();

    [GeneratedRegex(@"^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:vote|game|match|meeting|session|hearing|talks|race|event|announcement|decision|ruling|verdict|election|ceremony|parade|launch|strike|rally|summit|debate|trial|deadline|attack|briefing|statement|edition|paper)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TodaysEventAfter();

    [GeneratedRegex(@"^['’]s\s+(?:biggest|largest|greatest|best|worst|most|highest|lowest|fastest|richest|oldest|youngest|strongest|hottest|top|leading|young|youth|kids|children|teens|teenagers|generation|world|society|music|culture|standards|technology|economy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfter();

    private static Resolution? ResolveRelativePeriod(Match m, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        var modifier = m.Groups["mod"].Value.ToLowerInvariant();
        var step = modifier switch
        {
            "last" or "previous" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (modifier == "past" || (step != 0 && TheBefore().IsMatch(c.Sentence.Text.AsSpan(0, m.Index))))
        {
            // "the past week", "over the next week", "in the last month" are the days up to or from publication, not a
            // calendar period; "last week" and "next month" are.
            var days = unit switch { "week" => 7, "month" => 30, _ => 365 };
            return step > 0
                ? new Resolution(DateGranularity.Range, anchor.AddDays(1), anchor.AddDays(days))
                : new Resolution(DateGranularity.Range, anchor.AddDays(-days), anchor);
        }
        return unit switch
        {
            "week" => Week(anchor.AddDays(7 * step), c.WeekStart),
            "month" => MonthOf(anchor.AddMonths(step)),
            _ => YearOf(anchor.Year + step),
        };
    }

    private static Resolution? ResolveWeekday(Match m, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        if (UniversalTimeBefore().IsMatch(c.Sentence.Text[..m.Index]))
        {
            // "5:40 a.m. (2040 GMT Saturday)" restates the time in another zone; the local day is the event's.
            return null;
        }
        var weekday = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
        var modifier = m.Groups["mod"].Value.ToLowerInvariant();
        var (back, ahead) = (DaysSince(anchor, weekday), DaysUntil(anchor, weekday));
        var offset = modifier switch
        {
            "last" or "past" => -(back == 0 ? 7 : back),
            "next" or "coming" => ahead == 0 ? 7 : ahead,
            // "will be hit from Tuesday evening" in Tuesday's paper is today.
            _ when c.Tense == Tense.Future => ahead,
            // "I have a job interview on Friday": a clause in the present tense plans, it does not report; so does a
            // timetable's "The show opens to the public on Friday".
            _ when back > 0 && (PresentOnly(QuotedClause(c.Sentence.Text, m.Index)) || Scheduled(c.Sentence.Text)) => ahead,
            // "has summoned the minister to a hearing on Wednesday": a summons just issued names a meeting to come.
            _ when back > 0 && SummonsTo().IsMatch(c.Sentence.Text[..m.Index]) => ahead,
            // "Hollande said early Friday" under a date of Thursday with no time: the date lags the report (see Context.DayOnly).
            _ when back == 6 && c.DayOnly => ahead,
            // "fired a missile over Japan early on Tuesday" in a report of Monday at 21:31 UTC (see Context.LateInDay).
            _ when back == 6 && c.LateInDay && EarlyBefore().IsMatch(c.Sentence.Text.AsSpan(0, m.Index)) => ahead,
            _ => -back,
        };
        return Point(anchor.AddDays(offset));
    }

    // "am Sonntag", "lundi", "el domingo", "pada Minggu". Without English tenses to go by, the day is the nearer of the
    // last and the next such day ("Ob der Ausstand am Freitag endet" in Thursday's paper is tomorrow; "sagte am Montag"
    // in Wednesday's is two days back), unless a word beside it says which ("nächsten", "dernier", "pasado") or a past
    // verb stands beside it ("foi assinado na quarta-feira").
    private static Resolution? ResolveForeignWeekday(Match m, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return Unanchored(false);
        }
        var weekday = WeekdayNames.Of(m.Groups["fwd"].Value);
        var text = c.Sentence.Text;
        var near = text[Math.Max(0, m.Index - 30)..Math.Min(text.Length, m.Index + m.Length + 30)];
        var (back, ahead) = (DaysSince(anchor, weekday), DaysUntil(anchor, weekday));
        var offset = ForeignAhead().IsMatch(near) || ScheduledFor().IsMatch(text.AsSpan(0, m.Index)) ? (ahead == 0 ? 7 : ahead)
            : ForeignBack().IsMatch(near) ? -(back == 0 ? 7 : back)
            : back <= ahead || ForeignPast().IsMatch(near) || GermanPerfect(text, m.Index) ? -back : ahead;
        return Point(anchor.AddDays(offset));
    }

    [GeneratedRegex(@"\b(?:am|is|are|has|have|do|does|don't|doesn't|isn't|aren't|can|can't|says|tells|tell|want|wants|hope|hopes|expect|expects)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentVerb();

    [GeneratedRegex(@"\b(?:has|have)\s+(?:\w+\s+)?(?:invited|summoned|called|asked|scheduled|convened)\b[^.;:]{0,80}?\b(?:to|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:on\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SummonsTo();

    /// <summary>True when the sentence tells a timetable in the present tense ("opens on Friday", "goes on sale in January") and has no verb in the past.</summary>
    private static bool Scheduled(string sentence) => ScheduledVerb().IsMatch(sentence) && !SentenceForm.HasPastTense(sentence);

    [GeneratedRegex(@"\b(?:opens|begins|starts|closes|ends|launches|arrives|resumes|premieres|debuts|airs|expires|kicks off|takes place|goes on sale|go on sale|get under way|gets under way|hosts?|visits?|faces|meets|plays)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduledVerb();

    /// <summary>True when the clause has a verb in the present tense and none in the past.</summary>
    private static bool PresentOnly(string clause) => PresentVerb().IsMatch(clause) && !SentenceForm.HasPastTense(clause);

    /// <summary>The stretch of the sentence between the quotation marks around <paramref name="index"/>: a quote keeps its own tense.</summary>
    private static string QuotedClause(string sentence, int index)
    {
        var start = sentence.LastIndexOfAny(QuoteMarks, Math.Max(0, index - 1)) + 1;
        var end = sentence.IndexOfAny(QuoteMarks, index);
        return sentence[start..(end < 0 ? sentence.Length : end)];
    }

    private static readonly char[] QuoteMarks = ['"', '“', '”', '„', '«', '»'];

    /// <summary>True when <paramref name="index"/> lies between quotation marks: an odd number of them stand before it.</summary>
    private static bool InQuote(string sentence, int index)
    {
        var marks = 0;
        foreach (var ch in sentence.AsSpan(0, index))
        {
            marks += Array.IndexOf(QuoteMarks, ch) >= 0 ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    private static Resolution? ResolveDuration(Match m, Context c)
    {
        var n = NumberValue(m.Groups["n"].Value);
        if (n <= 0)
        {
            return null;
        }
        var period = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "hour" => $"PT{n}H",
            "day" => $"P{n}D",
            "week" => $"P{n}W",
            "month" => $"P{n}M",
            "decade" => $"P{n * 10}Y",
            _ => $"P{n}Y",
        };
        return new Resolution(DateGranularity.Duration, null, null) { Duration = period };
    }

    private static Resolution Point(DateOnly day) => new(DateGranularity.Day, day, day);

    /// <summary>Days back from <paramref name="day"/> to the latest <paramref name="weekday"/> on or before it (0 to 6).</summary>
    private static int DaysSince(DateOnly day, DayOfWeek weekday) => ((int)day.DayOfWeek - (int)weekday + 7) % 7;

    /// <summary>Days ahead from <paramref name="day"/> to the next <paramref name="weekday"/> on or after it (0 to 6).</summary>
    private static int DaysUntil(DateOnly day, DayOfWeek weekday) => ((int)weekday - (int)day.DayOfWeek + 7) % 7;

    private static Resolution Week(DateOnly day, DayOfWeek start)
    {
        var first = day.AddDays(-(((int)day.DayOfWeek - (int)start + 7) % 7));
        return new Resolution(DateGranularity.Week, first, first.AddDays(6));
    }

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheBefore();

    // The first day of the outlet's week: a locale's own (Monday in "en-GB", "de", "fr"; Sunday in "en-US", "ja"), Sunday
    // when the locale is unknown or names no culture, as most English-language news is American.
    private static DayOfWeek WeekStartOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return DayOfWeek.Sunday;
        }
        try
        {
            return CultureInfo.GetCultureInfo(locale.Replace('_', '-'), predefinedOnly: true).DateTimeFormat.FirstDayOfWeek;
        }
        catch (CultureNotFoundException)
        {
            return DayOfWeek.Sunday;
        }
    }

    private static Resolution MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new Resolution(DateGranularity.Month, first, first.AddMonths(1).AddDays(-1));
    }

    private static Resolution YearOf(int year) => new(DateGranularity.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>A recognised expression that needs a publication date nobody gave.</summary>
    private static Resolution? Unanchored(bool hasYear) => hasYear ? null : new Resolution(DateGranularity.Day, null, null);

    // "Friday 19 January": the year in which that day is a Friday, the nearest to publication (or, in an undated text,
    // to the reference day), within one year of it; failing both, the only such year the publication window allows.
    private static int? YearOfWeekday(int month, int day, DayOfWeek weekday, Context c)
    {
        if ((c.Anchor ?? c.Reference) is { } near)
        {
            return new[] { near.Year, near.Year - 1, near.Year + 1 }.Where(y => Day(y, month, day)?.DayOfWeek == weekday).Select(y => (int?)y).FirstOrDefault();
        }
        if (c.Window is not { } window)
        {
            return null;
        }
        // A report names the days of its own week: the day may fall a week either side of the window.
        var (first, last) = (window.NotBefore.AddDays(-7), window.NotAfter.AddDays(7));
        var fits = Enumerable.Range(first.Year, last.Year - first.Year + 1)
            .Where(y => Day(y, month, day) is { } d && d.DayOfWeek == weekday && d >= first && d <= last)
            .Take(2)
            .ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>The year that puts day/month nearest publication in the sentence's direction.</summary>
    private static int? PickYear(int month, int day, Context c) => PickYear(y => Day(y, month, day), c);

    // The year of a day given by a rule for each year (a month and day, or a holiday), as PickYear(month, day) reads it.
    private static int? PickYear(Func<int, DateOnly?> ofYear, Context c)
    {
        if (c.Anchor is not { } anchor)
        {
            return null;
        }
        var candidates = new[] { anchor.Year - 1, anchor.Year, anchor.Year + 1 }
            .Select(y => (Year: y, Date: ofYear(y)))
            .Where(x => x.Date is not null)
            .Select(x => (x.Year, Date: x.Date!.Value))
            .ToList();
        if (c.Tense == Tense.Past
            && !PastCue().IsMatch(c.Sentence.Text)
            && candidates.Where(x => x.Date > anchor.AddDays(1)).Select(x => x.Date).Order().FirstOrDefault() is var ahead && ahead != default
            && ahead.DayNumber - anchor.DayNumber <= SoonDays
            && !candidates.Any(x => x.Date <= anchor.AddDays(1) && anchor.DayNumber - x.Date.DayNumber <= LongAgoDays))
        {
            // Neither tense is marked, the day lies a few weeks ahead and its past occurrence is most of a year back:
            // "the talks, which run from 18 to 20 February" in a January article are next month's, not last year's.
            return ahead.Year;
        }
        return Pick(candidates.Select(x => x.Date), anchor, c.Tense)?.Year;
    }

    // "the 21st" is written in English; "21일" and "21日" are not, and their sentences have no English verbs to read.
    private static bool English(Match m) => m.Value.Any(char.IsAsciiLetterLower);

    // A verb in the past anywhere in the sentence: a date without a year or month then lies behind publication.
    private static bool InPast(string sentence) => PastCue().IsMatch(sentence) || SentenceForm.HasPastTense(sentence);

    // Verbs in the past (simple past and perfect of common news verbs, and any "-ed" form after an auxiliary).
    [GeneratedRegex(@"\b(?:was|were|had|has been|have been|did|took|met|held|began|went|came|fell|said|told|ago|last)\b|\b\w+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastCue();

    // A month-and-day within this many days ahead is read as upcoming when its past occurrence is over LongAgoDays back.
    private const int SoonDays = 60;
    private const int LongAgoDays = 180;

    /// <summary>The first day of the month that puts "the <paramref name="day"/>th" nearest publication.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="c">The sentence and publication day.</param>
    /// <param name="english">Whether the sentence's English verbs can tell a report from a plan.</param>
    private static DateOnly? PickMonthFor(int day, Context c, bool english)
    {
        if (c.Anchor is null && c.Window is { } window)
        {
            return MonthInWindow(day, c, english, window);
        }
        if (c.Anchor is not { } anchor)
        {
            return null;
        }
        var thisMonth = new DateOnly(anchor.Year, anchor.Month, 1);
        var candidates = new[] { thisMonth.AddMonths(-1), thisMonth, thisMonth.AddMonths(1) }
            .Where(first => day <= DateTime.DaysInMonth(first.Year, first.Month))
            .Select(first => first.AddDays(day - 1))
            .ToList();
        var picked = Pick(candidates, anchor, c.Tense);
        if (english && c.Tense == Tense.Past && !InPast(c.Sentence.Text) && candidates.Where(d => d > anchor.AddDays(1) && d.Month == anchor.Month).ToList() is [var later])
        {
            // No verb in the past: "the festival runs from the 20th" in a paper of the 14th is this month's.
            picked = later;
        }
        var recent = candidates.Where(d => d <= anchor.AddDays(1) && d >= anchor.AddDays(-3)).ToList();
        if (c.Tense == Tense.Future && picked is { } ahead && ahead.DayNumber - anchor.DayNumber > 14 && recent.Count > 0)
        {
            // A bare day names the nearest such day: a day just past beats one weeks ahead, whatever the verb's tense.
            picked = recent.Max();
        }
        return picked is { } p ? new DateOnly(p.Year, p.Month, 1) : null;
    }

    // An undated report's bare "the 21st": in a report written in a known week ("On Friday (19/1)", received later), the
    // 21st of that week when the week has one, as a report's bare days are its own. Any other day is the one that the
    // first and the last day of the window, taken as the day of publication, read alike ("the 16th" before a week from 19
    // to 26 January); as the reading only moves forward with the day of publication, every day between reads it so too.
    private static DateOnly? MonthInWindow(int day, Context c, bool english, PublicationWindow window)
    {
        for (var d = window.NotBefore; window.IsWeek && d <= window.NotAfter; d = d.AddDays(1))
        {
            if (d.Day == day)
            {
                return new DateOnly(d.Year, d.Month, 1);
            }
        }
        var early = PickMonthFor(day, c with { Anchor = window.NotBefore }, english);
        var late = PickMonthFor(day, c with { Anchor = window.NotAfter }, english);
        return early == late ? early : null;
    }

    private static DateOnly? Pick(IEnumerable<DateOnly> candidates, DateOnly anchor, Tense tense)
    {
        var list = candidates.ToList();
        if (list.Count == 0)
        {
            return null;
        }
        // A day of slack either way: outlets date by their own time zone, events by the local one, and a piece written
        // the evening before its date looks ahead to a day already begun ("will peak between January 1 and 2" under a
        // date of the 2nd, past midnight UTC, is this year's New Year, not next year's).
        var past = list.Where(d => d <= anchor.AddDays(1)).ToList();
        var future = list.Where(d => d >= anchor.AddDays(-1)).ToList();
        return tense == Tense.Future
            ? (future.Count > 0 ? future.Min() : list.Max())
            : (past.Count > 0 ? past.Max() : list.Min());
    }

    private static NumericOrder OrderFromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return NumericOrder.Unknown;
        }
        var normalized = locale.Replace('_', '-');
        return normalized.Equals("en-US", StringComparison.OrdinalIgnoreCase)
            || normalized.Equals("en-PH", StringComparison.OrdinalIgnoreCase)
            || normalized.Equals("us", StringComparison.OrdinalIgnoreCase)
            ? NumericOrder.MonthDay
            : NumericOrder.DayMonth;
    }

    private static NumericOrder OrderFromText(string text)
    {
        var dayMonth = 0;
        var monthDay = 0;
        foreach (Match m in Numeric().Matches(text))
        {
            var (p1, p2) = (Int(m, "p1"), Int(m, "p2"));
            if (p1 > 12 && p1 <= 31 && p2 <= 12)
            {
                dayMonth++;
            }
            else if (p2 > 12 && p2 <= 31 && p1 <= 12)
            {
                monthDay++;
            }
        }
        return dayMonth > monthDay ? NumericOrder.DayMonth : monthDay > dayMonth ? NumericOrder.MonthDay : NumericOrder.Unknown;
    }

    private static DateOnly? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    // A publication that gives its day but no time of day (see Context.DayOnly).
    private static bool DayOnly(DateTimeOffset? published) => published is { } p && p.TimeOfDay == TimeSpan.Zero;

    // A publication at noon UTC or later (see Context.LateInDay).
    private static bool LateInDay(DateTimeOffset? published) => published is { } p && p.UtcDateTime.TimeOfDay >= TimeSpan.FromHours(12);

    // "early", "early on", "in the early hours of" right before a weekday.
    [GeneratedRegex(@"\bearly\s+(?:on\s+|hours\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EarlyBefore();

    // The publication day that relative expressions count from. A date far outside any news archive (year 1, year 9999)
    // is a broken field, not a publication date, and counting days or months from it would leave the calendar.
    private static DateOnly? AnchorOf(DateTimeOffset? published) =>
        published is { } p && p.Year is >= 1000 and <= 9000 ? DateOnly.FromDateTime(p.Date) : null;

    // The month named ("March") or numbered ("3월", "3月").
    private static int MonthOf(Match m) => m.Groups["mon"].Success ? MonthNames.EnglishNumber(m.Groups["mon"].Value) : Int(m, "m");

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The value of a number written in digits or in English words up to ninety-nine.</summary>
    internal static int NumberValue(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        var total = 0;
        foreach (var part in value.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            total += part switch
            {
                "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
                "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "thirteen" => 13, "fourteen" => 14,
                "fifteen" => 15, "sixteen" => 16, "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20,
                "thirty" => 30, "forty" => 40, "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
                _ => 0,
            };
        }
        return total;
    }
}
