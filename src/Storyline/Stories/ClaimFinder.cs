using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Text.Dates;
using Storyline.Text.Entities;

namespace Storyline.Stories;

/// <summary>A dated sentence: a temporal expression, the event word nearest to it, and the sentence's main entity.</summary>
internal sealed record DatedStatement(ReadSentence Sentence, TemporalMention Date, DateSpan Span, EventWord? Event, LinkedEntity? Subject)
{
    /// <summary>Whether the sentence says who did the event ("launched by", "X's launch", "X launched"), not only names someone.</summary>
    public bool NamesItsDoer { get; init; }

    /// <summary>The kind of event the date is the date of, or null when the sentence does not say.</summary>
    public string? Family => Event?.Family;

    /// <summary>What the date is the date of, or null when the sentence does not say.</summary>
    /// <remarks>
    /// A span of days ("from 17 to 19 February") dates the event itself, whoever the sentence names first:
    /// one story seldom holds two multi-day events of one kind at nearly the same time, while the sources
    /// describing one often lead with different actors. Such spans are therefore keyed by the kind of event alone.
    /// So is a breakdown: sources name the boat or plane that failed in different words ("the Daesung-ho No. 7",
    /// "their crab boat"), and two breakdowns a day apart in one story are rare.
    /// </remarks>
    public string? Key => Family is null ? null
        : Date.Granularity == DateGranularity.Range || Family == EventWords.Breakdown ? $"{Family}|any"
        : Subject is null ? null : $"{Family}|{Subject.Name}";
}

/// <summary>Lines up what the story's sources state about the same thing (event dates, casualty counts) and marks agreement or conflict.</summary>
/// <remarks>Conservative: a claim needs at least two articles behind it, and a value is only read where the wording is unambiguous.</remarks>
internal static partial class ClaimFinder
{
    private const string Number = @"(?<n>\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private const string Qualifier = @"(?:(?<q>at least|more than|over|nearly|almost|about|around|some|up to|roughly|approximately)\s+)?";
    private const string CombinedOutcome = @"(?!\s+(?:or|and/or)\s+(?:killed|dead|died|injured|wounded|hurt|missing)\b)";
    private const string Counted = @"(?<who>people|persons|civilians|soldiers|troops|children|students|police officers|policemen|officers|migrants|passengers|workers|miners|protesters|militants|fighters|residents|tourists|journalists|others|pilgrims|patients|prisoners|hostages|crew members|firefighters|victims|fishermen|villagers|sailors|crew)";

    // Not "no one was injured", "not one person died": a count of none; not "another six were wounded", "a further 20
    // were evacuated": a count added to one told before; not "told to anticipate 100 injured": a count foreseen; not
    // "four people dead or missing": two outcomes counted as one.
    [GeneratedRegex(@"\b(?<!\b(?:no|not|another|additional|further|anticipate|anticipates|anticipated|anticipating|expect|expects|expected|expecting|prepare for|prepared for|preparing for)\s+)" + Qualifier + Number + @"\s+(?:" + Counted + @"\s+)?(?:(?:who|which|that)\s+)?(?:(?:were|was|have been|had been|are|been|being|reported|confirmed|had|have|must|had to|have to|were forced to|was forced to)\s+)?(?<verb>killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated|evacuate|displaced|rescued)\b" + CombinedOutcome, RegexOptions.IgnoreCase)]
    private static partial Regex CountBeforeVerb();

    [GeneratedRegex(@"\b(?<verb>killing|injuring|wounding|leaving)\s+" + Qualifier + Number + @"(?:\s+" + Counted + @")?(?:\s+(?<verb2>dead|injured|wounded|missing))?\b" + CombinedOutcome, RegexOptions.IgnoreCase)]
    private static partial Regex VerbBeforeCount();

    [GeneratedRegex(@"\b(?:forcing|forced|driving|drove)\s+" + Qualifier + Number + @"\s+(?:" + Counted + @"\s+)?(?:from|out of)\s+their\s+homes\b", RegexOptions.IgnoreCase)]
    private static partial Regex DrivenFromHomes();

    [GeneratedRegex(@"\b(?:death toll|toll|number of (?:victims|dead|deaths|fatalities|people killed))\b[^.;]{0,40}?\b(?:to|of|at|reached|hit|is|was|are|were|stands at|stood at)\s+" + Qualifier + Number + @"\b(?!\s*(?:%|per\s?cent|percent))", RegexOptions.IgnoreCase)]
    private static partial Regex DeathToll();

    // Words that end a group's name in a list of counts: verbs, auxiliaries and the little words of a clause ("Two people
    // were killed and 10 injured" is two counts, not a list of groups).
    private const string NotAGroupWord = @"(?:were|was|are|is|be|been|being|have|has|had|will|would|could|killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated|rescued|displaced|killing|injuring|wounding|leaving|of|in|on|at|from|among|including|with|by|for|to|the|a|an|and|or|but|who|which|that|than|more|least|about|nearly|over|some|up|while|as|when|after|before|since)";
    private const string GroupWords = @"(?:\s+(?!" + NotAGroupWord + @"\b)[\p{L}][\p{L}.'’-]*){1,3}?";
    // A count not cut out of a longer figure; a part of 1900 or more (a year, say) makes no list (see Add).
    private const string ListedNumber = @"(?<![\d,])" + Number;

    /// <summary>
    /// The groups counted after the first in a list that one verb covers: "killing two crew members and 10 U.S. citizens",
    /// "killing three soldiers, two police officers and 10 civilians". Each group is named in one to three words.
    /// </summary>
    [GeneratedRegex(@"^(?:" + GroupWords + @")?(?:\s*,\s*" + ListedNumber + GroupWords + @")*\s*,?\s+and\s+" + ListedNumber + @"(?!\s+" + NotAGroupWord + @"\b)(?<tail>(?:\s+[\p{L}][\p{L}.'’-]*){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex ListedAfter();

    /// <summary>The groups counted before the last in such a list: "two crew members and 10 passengers were killed".</summary>
    [GeneratedRegex(ListedNumber + GroupWords + @"(?:\s*,\s*" + ListedNumber + GroupWords + @")*\s*,?\s+and\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ListedBefore();

    /// <summary>The part of a group written before it: "Seventeen of the boat's 31 passengers died", "two of the 12 were killed".</summary>
    [GeneratedRegex(ListedNumber + @"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|these\s+|those\s+)?(?:[\p{L}-]+['’]s\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PartOf();

    // "were killed", "died": the verb tells of the group's part it follows; "the 12 people killed" and "the 17 victims who
    // died" name the whole.
    [GeneratedRegex(@"^(?!.*\b(?:who|which|that)\b).*\b(?:were|was|are|been|had|have|died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiniteOutcome();

    /// <summary>The dated sentences of a story, each with its event and main entity.</summary>
    public static IReadOnlyList<DatedStatement> Dated(IReadOnlyList<ReadArticle> articles, Func<string, Mention, LinkedEntity?> entityOf)
    {
        var dated = new List<DatedStatement>();
        foreach (var article in articles)
        {
            foreach (var sentence in article.Sentences)
            {
                foreach (var date in sentence.Dates)
                {
                    if (DateSpan.Of(date) is not { } span)
                    {
                        continue;
                    }
                    var local = date.Start - sentence.Sentence.Start;
                    var word = EventWords.Nearest(sentence.Sentence.Text, local, date.Length, sentence.Language);
                    var bound = word is { } w && Binds(sentence, date, w) ? word : null;
                    var agent = bound is { } b ? Agent(sentence, b, entityOf) : null;
                    var named = agent is not null && AgentFits(bound, agent);
                    dated.Add(new DatedStatement(sentence, date, span, bound, named ? agent : Subject(sentence, bound, entityOf)) { NamesItsDoer = named });
                }
            }
        }
        return WithTheStorysDoers(dated);
    }

    /// <summary>
    /// A launch, an attack or a test whose sentence does not say who did it, dated right by its event word, is the one the
    /// story's reports name as doing that kind of event (two reports or more, and more than name any other), not the
    /// sentence's first name: "Japan's Chief Cabinet Secretary ... referring to the August 29 launch" in a story whose
    /// reports say "North Korea launched", "North Korea's missile launch". Events that happen to people (a death, an
    /// arrest) keep their person.
    /// </summary>
    private static List<DatedStatement> WithTheStorysDoers(List<DatedStatement> dated)
    {
        var doers = dated.Where(d => d.NamesItsDoer && d.Family is { } family && family != EventWords.Statement && !HumanEvents.Contains(family))
            .GroupBy(d => d.Family!, StringComparer.Ordinal)
            .Select(g => (Family: g.Key, Counts: g.GroupBy(d => d.Subject!.Name, StringComparer.Ordinal)
                .Select(n => (Doer: n.First().Subject!, Articles: n.Select(d => d.Sentence.ArticleId).Distinct(StringComparer.Ordinal).Count()))
                .OrderByDescending(n => n.Articles).ToList()))
            .Where(f => f.Counts[0].Articles >= 2 && (f.Counts.Count == 1 || f.Counts[0].Articles > f.Counts[1].Articles))
            .ToDictionary(f => f.Family, f => f.Counts[0].Doer, StringComparer.Ordinal);
        return doers.Count == 0 ? dated : dated.ConvertAll(d => !d.NamesItsDoer && d.Family is { } family && doers.TryGetValue(family, out var doer) && DatesTheWord(d) ? d with { Subject = doer } : d);
    }

    // The date stands right by the event word ("the August 29 launch", "launches in July", "was launched on Saturday"), so
    // the sentence tells of that event itself; a date a clause away ("On Saturday, Mr. Moon warned that the latest test ...")
    // may date something else the sentence tells of.
    private static bool DatesTheWord(DatedStatement d)
    {
        const int Adjacent = 16;
        var start = d.Date.Start - d.Sentence.Sentence.Start;
        return d.Event is { } word && Gap(start, start + d.Date.Length, word) <= Adjacent;
    }

    /// <summary>
    /// True when the sentence really dates the event word with this date: the two are close, no
    /// other date of the sentence is closer to the word, and the date is not a bound of a period
    /// ("since 2016", "until Monday"), which dates a state, not the event.
    /// </summary>
    private static bool Binds(ReadSentence sentence, TemporalMention date, EventWord word)
    {
        const int MaxGap = 48;
        var text = sentence.Sentence.Text;
        var (start, end) = (date.Start - sentence.Sentence.Start, date.Start - sentence.Sentence.Start + date.Length);
        if (PeriodBound().IsMatch(text[..start]) || PeriodBoundInside().IsMatch(date.Text))
        {
            return false;
        }
        if (Chrome.PostDayAt(text) is >= 0 and var posted && start >= posted)
        {
            // The day under an embedded post's signature is when it was posted, not when what it tells of happens.
            return false;
        }
        if (word.Start >= end && Sequel().IsMatch(text.AsSpan(end, word.Start - end)))
        {
            // "booked in March after the fire", "on Tuesday, two days after the fire": the date is of what followed.
            return false;
        }
        if (word.Start >= end && ReportedBetween().IsMatch(text.AsSpan(end, word.Start - end)))
        {
            // "On Saturday, Mr. Moon warned that the latest test ...": the date is of the saying, not of what was said.
            return false;
        }
        var gap = Gap(start, end, word);
        if (gap > MaxGap)
        {
            // An aside between the two does not part them: "lost power in the Sea of Japan, known in Korea as the
            // East Sea, on March 3".
            var between = word.Start >= end ? text[end..word.Start] : text[word.End..start];
            if (gap - AsideLength(between) > MaxGap)
            {
                return false;
            }
        }
        return !sentence.Dates.Any(other => other != date && DateSpan.Of(other) is not null
            && Gap(other.Start - sentence.Sentence.Start, other.Start - sentence.Sentence.Start + other.Length, word) < Gap(start, end, word));
    }

    /// <summary>True when the date bounds a period ("since Thursday night", "until Monday") rather than dating an event.</summary>
    public static bool IsPeriodBound(ReadSentence sentence, TemporalMention date) =>
        PeriodBound().IsMatch(sentence.Sentence.Text[..(date.Start - sentence.Sentence.Start)]) || PeriodBoundInside().IsMatch(date.Text);

    // Characters of the text between an event word and a date taken by asides: a short bracketed remark, or a short
    // appositive or relative phrase between commas (", known in Korea as the East Sea,", ", which ..."). A comma pair
    // around a new clause (", and the minister said,") is not an aside: the date may belong to that clause.
    private static int AsideLength(string between)
    {
        var length = 0;
        foreach (Match aside in Aside().Matches(between))
        {
            length += aside.Length;
        }
        return length;
    }

    [GeneratedRegex(@",\s*(?:known|called|also|formerly|officially|which|who|whose|where|a|an|the|near|off|in|at|some|about|according)\b[^,;:()]{0,60},|\([^();:]{1,60}\)", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    private static int Gap(int start, int end, EventWord word) =>
        word.Start >= end ? word.Start - end : word.End <= start ? start - word.End : 0;

    // Also the German, French, Spanish, Italian and Portuguese words ("seit Montag", "bis zum 19. Februar", "depuis lundi",
    // "jusqu'au 3 mars", "desde el lunes", "hasta el martes", "fino al 3 marzo", "até segunda-feira"), with the article
    // some of them take before a date. Not the words for "from" ("ab Mittwoch", "dès lundi", "dal 3 marzo"): as in
    // English, a start dates the event that starts.
    [GeneratedRegex(@"(?:\b(?:since|until|till|by|before|after|not yet|seit|bis|vor|nach|depuis|avant|après|desde|hasta|antes de|después de|fino a|fino al|prima di|prima del|dopo|até|depois de)(?:\s+(?:zum|zur|dem|der|den|le|la|el|o|a|il|the))?|\bjusqu['’](?:au|à)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBound();

    [GeneratedRegex(@"^(?:since|until|till|by|before|after|seit|bis|depuis|jusqu|desde|hasta|fino|até)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodBoundInside();

    // A saying between a date and a later event word, whose date the date is: "On Saturday, Mr. Moon warned that ...".
    [GeneratedRegex(@"\b(?:said|says|told|tells|warned|warns|announced|added|noted|stressed|insisted|argued|declared|reported|confirmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedBetween();

    // A word between a date and a later event word that puts the event before or after the date, in the six languages.
    [GeneratedRegex(@"\b(?:after|before|following|since|ahead of|nach|vor|seit|après|avant|depuis|después|antes|dopo|prima|depois)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sequel();

    /// <summary>Claims about event dates: the same event of the same main entity, dated by several articles.</summary>
    public static IReadOnlyList<Claim> DateClaims(IReadOnlyList<DatedStatement> dated)
    {
        var texts = new EventWords.EventUsage(dated.Select(d => d.Sentence).Distinct());
        var claims = new List<Claim>();
        foreach (var group in dated.Where(d => d.Key is not null && d.Family != EventWords.Statement).GroupBy(d => d.Key!, StringComparer.Ordinal))
        {
            // The same kind of event of the same actor months or years apart is another event, not a disagreement.
            foreach (var cluster in Clusters(group.OrderBy(d => d.Span.From).ToList()))
            {
                // Named by the word the sources use ("talks", "strike"), though they are grouped by the kind of event.
                var first = cluster[0];
                var noun = EventWords.Label(cluster.Select(d => d.Event!.Value), texts);
                var about = first.Subject is null || cluster.Any(d => d.Subject?.Name != first.Subject.Name)
                    ? $"dates of the {noun}"
                    : $"date of {noun} ({first.Subject.Name})";
                var claim = Build(about, cluster.Select(d => (d.Date.Value, d.Sentence, d.Span)).ToList(), (a, b) => a.AgreesWith(b));
                if (claim is not null)
                {
                    claims.Add(claim);
                }
            }
        }
        return claims;
    }

    /// <summary>Claims about counts: casualties, arrests, evacuations, as stated by several articles (in English, German, French, Spanish, Italian or Portuguese).</summary>
    /// <param name="firstReport">The day of the story's first dated report; default when none is dated.</param>
    public static IReadOnlyList<Claim> CountClaims(IReadOnlyList<ReadArticle> articles, DateOnly firstReport)
    {
        var found = new List<(string About, CountValue Value, ReadSentence Sentence)>();
        ReadInLanguage(articles, found, AddEnglishCounts, AddGermanCounts, AddRomanceCounts);
        // A count in a sentence dated well before the story's first report is an earlier event's ("injuring 11 in Dijon on
        // Dec. 21, 2014"); a later report looking back at the story's own event ("the fire in March killed three") is kept.
        if (firstReport != default)
        {
            found.RemoveAll(f => DatedBefore(f.Sentence, firstReport));
        }
        var claims = new List<Claim>();
        foreach (var group in found.GroupBy(f => f.About, StringComparer.Ordinal))
        {
            // An article's toll is the largest it gives; smaller counts are parts of it ("10 children among the 84 killed").
            var tolls = group.GroupBy(f => f.Sentence.ArticleId, StringComparer.Ordinal)
                .Select(a => a.OrderByDescending(f => f.Value.Low).ThenBy(f => f.Value.High).First())
                .ToList();
            var claim = Build(group.Key, tolls.Select(f => (f.Value.Text, f.Sentence, f.Value)).ToList(), (a, b) => a.AgreesWith(b));
            if (claim is { Status: "conflict" } && TollUpdates.IsCumulative(claim.About) && TollUpdates.Rising(tolls.ConvertAll(f => (f.Value, f.Sentence.Published))) is { } latest)
            {
                // A toll that rose as the news came in: its figures in the order they were first given, and where it stands.
                claim = claim with { Values = claim.Values.OrderBy(v => v.FirstReported).ToList(), Status = "updated", Latest = latest.Text };
            }
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }
        return claims;
    }

    /// <summary>
    /// Reads each article's sentences with the reader of its language: German, French, Spanish, Italian or Portuguese (Romance), else English
    /// (also for a language without a reader of its own, whose figures English patterns may still catch).
    /// </summary>
    private static void ReadInLanguage<T>(IReadOnlyList<ReadArticle> articles, List<T> found,
        Action<List<T>, ReadSentence> english, Action<List<T>, ReadSentence> german, Action<List<T>, ReadSentence> romance)
    {
        foreach (var article in articles)
        {
            var read = IsGerman(article) ? german : IsRomance(article) ? romance : english;
            foreach (var sentence in article.Sentences)
            {
                read(found, sentence);
            }
        }
    }

    // The counts of one English sentence: "3 people were killed", "killing 12 passengers", "the death toll rose to 84".
    private static void AddEnglishCounts(List<(string About, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in CountBeforeVerb().Matches(text))
        {
            if (!m.Groups["q"].Success && PartOf().Match(text, 0, m.Index) is { Success: true } part && FiniteOutcome().IsMatch(m.Value))
            {
                // Of the whole, the part the verb tells of: "Seventeen of the boat's 31 passengers died" is 17 dead.
                if (ParseNumber(part.Groups["n"].Value) is { } n)
                {
                    AddCount(found, m.Groups["who"].Success ? Who(m.Groups["who"].Value) : "people", Outcome(m.Groups["verb"].Value), n, false, null, sentence);
                }
                continue;
            }
            // Only a last group that is named ends a list: "Twelve people and 70 wounded" is two counts.
            var listed = m.Groups["who"].Success && !m.Groups["q"].Success && ListedBefore().Match(text, 0, m.Index) is { Success: true } before ? before : null;
            Add(found, m, m.Groups["verb"].Value, sentence, listed);
        }
        foreach (Match m in VerbBeforeCount().Matches(text))
        {
            var verb = m.Groups["verb"].Value.Equals("leaving", StringComparison.OrdinalIgnoreCase) ? m.Groups["verb2"].Value : m.Groups["verb"].Value;
            if (verb.Length > 0)
            {
                Add(found, m, verb, sentence, m.Groups["verb2"].Success ? null : ListedAfter().Match(text[(m.Index + m.Length)..]) is { Success: true } listed && !OwnOutcome().IsMatch(listed.Groups["tail"].Value) ? listed : null);
            }
        }
        foreach (Match m in DeathToll().Matches(text))
        {
            Add(found, m, "killed", sentence);
        }
        foreach (Match m in DrivenFromHomes().Matches(text))
        {
            Add(found, m, "evacuated", sentence);
        }
    }

    [GeneratedRegex(@"\b" + Qualifier + Number + @"(?<sep>[- ])(?<unit>minute|hour|day|week|fortnight|month|year)(?<plural>s)?(?:-long)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:last|lasts|lasted|lasting|run|runs|ran|running|continue|continues|continued|extend|extended)\s+(?:for\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LastingVerb();

    [GeneratedRegex(@"\b(?:sentenced|jailed|imprisoned|sentence|sentences)\s+(?:of\s+|to\s+|for\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SentencedTo();

    [GeneratedRegex(@"\b(?:ask|asks|asked|asking|sought|seek|seeks|seeking|request|requests|requested|demand|demands|demanded|recommend|recommends|recommended|face|faces|faced|facing|could|would|might|may|maximum|minimum|as much as)\b[^.;,]{0,60}$", RegexOptions.IgnoreCase)]
    private static partial Regex SoughtTerm();

    [GeneratedRegex(@"^\W*(?:earlier|previously|already)\b|\bhad\s+(?:already\s+|previously\s+)?been\s+(?:sentenced|jailed|imprisoned|handed)\b|\b(?:has|have)\s+(?:already|previously)\s+been\s+(?:sentenced|jailed|imprisoned|handed)\b|\b(?:is|was|are|were|been)\s+(?:already\s+)?serving\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierTerm();

    [GeneratedRegex(@"\b(?:has|have|had)\s+(?:been\s+(?:jailed|imprisoned|held|detained|locked up|in (?:jail|prison|custody))\s+for|spent|served)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeServed();

    [GeneratedRegex(@"^\s+(?:in|behind)\s+(?:prison|jail|bars)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InPrison();

    [GeneratedRegex(@"[\p{L}][\p{L}-]*|[,;:()""“”]")]
    private static partial Regex WordOrStop();

    private static readonly EventWord Sentence = new("trial", "sentence", 0, 0);

    /// <summary>Claims about how long an event lasts: "a 48-hour strike", "two days of talks", "six years in prison".</summary>
    /// <remarks>
    /// A length counts only where the wording ties it to an event word: the word it qualifies ("72-hour
    /// strike"), the word after "of" ("three days of talks"), the subject of "last"/"run" ("the walkout
    /// would run for 72 hours"), or a prison term. "halted traffic for 24 hours" ties it to no event.
    /// </remarks>
    public static IReadOnlyList<Claim> DurationClaims(IReadOnlyList<ReadArticle> articles)
    {
        var found = new List<(EventWord Event, DurationValue Value, ReadSentence Sentence)>();
        ReadInLanguage(articles, found, AddEnglishDurations, AddGermanDurations, AddRomanceDurations);
        // Of a court's work only a prison term has a length a story states: "the council that ruled Egypt for 17 months" is
        // no ruling, and a trial's weeks are not its sentence's years. A sentence that tells of an earlier term ("Earlier, he
        // was handed a 20-year sentence", "who is serving 35 years in prison") is left out whole when others tell of a term
        // handed down now by two reports or more; else that term is what the story can tell.
        found.RemoveAll(f => f.Event.Family == Sentence.Family && f.Event.Noun != Sentence.Noun);
        if (found.Where(f => f.Event.Family == Sentence.Family && !EarlierTerm().IsMatch(f.Sentence.Sentence.Text))
            .Select(f => f.Sentence.ArticleId).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            found.RemoveAll(f => f.Event.Family == Sentence.Family && EarlierTerm().IsMatch(f.Sentence.Sentence.Text));
        }
        var claims = new List<Claim>();
        foreach (var group in found.GroupBy(f => f.Event.Family, StringComparer.Ordinal))
        {
            var noun = EventWords.Label(group.Select(f => f.Event), new EventWords.EventUsage(articles.SelectMany(a => a.Sentences)));
            var claim = Build($"length of the {noun}", group.Select(f => (f.Value.Text, f.Sentence, f.Value)).ToList(), (a, b) => a.AgreesWith(b));
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }
        return claims;
    }

    // The lengths of one English sentence with the event they are the length of (see DurationOf).
    private static void AddEnglishDurations(List<(EventWord Event, DurationValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in Duration().Matches(text))
        {
            if (ParseNumber(m.Groups["n"].Value) is not { } amount || amount <= 0 || amount > 1000)
            {
                continue;
            }
            var compound = m.Groups["sep"].Value == "-" || !m.Groups["plural"].Success && amount != 1;
            if (DurationOf(text, m, compound) is { } of)
            {
                found.Add((of, DurationValue.Of(amount, m.Groups["unit"].Value, m.Groups["q"].Success ? m.Groups["q"].Value : null), sentence));
            }
        }
    }

    /// <summary>
    /// The lengths <paramref name="lengths"/> finds in a sentence of another language that <paramref name="bind"/> ties to an
    /// event, from the words before and the two after the length: the German and the Romance readers.
    /// </summary>
    private static void AddBoundDurations(List<(EventWord Event, DurationValue Value, ReadSentence Sentence)> found, ReadSentence sentence, Regex lengths,
        Func<string, long?> parse, Dictionary<string, string> units, Dictionary<string, string> qualifiers, Func<List<string>, List<string>, EventWord?> bind)
    {
        var text = sentence.Sentence.Text;
        foreach (Match m in lengths.Matches(text))
        {
            if (parse(m.Groups["n"].Value) is not { } amount || amount <= 0 || amount > 1000)
            {
                continue;
            }
            var before = WordOrStop().Matches(text[..m.Index]).Select(t => t.Value).ToList();
            var after = WordOrStop().Matches(text[(m.Index + m.Length)..]).Take(2).Select(t => t.Value).ToList();
            if (bind(before, after) is { } of)
            {
                var q = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? qualifiers[m.Groups["q"].Value] : null;
                found.Add((of with { Start = m.Index, End = m.Index + m.Length }, DurationValue.Of(amount, units[m.Groups["unit"].Value], q), sentence));
            }
        }
    }

    /// <summary>The event the subject of a verb of lasting names: among the six words up to <paramref name="last"/>, in the same clause.</summary>
    private static EventWord? SubjectEvent(List<string> before, int last, Func<List<string>, int, EventWord?> eventAt)
    {
        for (var i = last; i >= 0 && i > last - 6 && before[i] is not ("," or ";" or ":"); i--)
        {
            if (eventAt(before, i) is { } named)
            {
                return named;
            }
        }
        return null;
    }

    /// <summary>The event a length found in a sentence is the length of, or null when the wording ties it to none.</summary>
    private static EventWord? DurationOf(string text, Match m, bool compound)
    {
        var before = text[..m.Index];
        var after = text[(m.Index + m.Length)..];
        if (compound)
        {
            // "a 48-hour nationwide strike", "a 14-day state of emergency": the event word follows within a few words.
            return FirstEvent(text, m.Index + m.Length, 3, forward: true);
        }
        if (Regex.Match(after, @"^\s+of\s+") is { Success: true } of)
        {
            // "two days of talks", "three days of intense talks".
            return FirstEvent(text, m.Index + m.Length + of.Length, 2, forward: true);
        }
        if (Regex.IsMatch(before, @"\b(?:every|each|per|within|after|in|over|the past|the last|the next|the first)\s+$", RegexOptions.IgnoreCase))
        {
            // "every six months", "within two weeks", "in the past 24 hours" measure time, not an event.
            return null;
        }
        if (InPrison().IsMatch(after) || SentencedTo().IsMatch(before))
        {
            // "Prosecutors had asked that he get 230 years in prison", "faced a maximum of 14 years in prison": a term sought
            // or possible, not the one given.
            // "who has spent 17 months in jail", "has been jailed for 18 months": the time served so far, not the term.
            return SoughtTerm().IsMatch(before) || TimeServed().IsMatch(before) ? null : Sentence;
        }
        if (LastingVerb().Match(before) is { Success: true } lasting)
        {
            // "the stoppage on passenger services would last 48 hours": the subject comes a few words before the verb.
            return FirstEvent(text, lasting.Index, 7, forward: false);
        }
        if (Regex.IsMatch(before, @"\bfor\s+$", RegexOptions.IgnoreCase))
        {
            // "a strike for 72 hours", "an emergency response status for 14 days".
            return FirstEvent(text, before.TrimEnd().Length - 3, 3, forward: false);
        }
        return null;
    }

    /// <summary>The first event word within <paramref name="words"/> words of <paramref name="from"/>, stopping at punctuation.</summary>
    private static EventWord? FirstEvent(string text, int from, int words, bool forward)
    {
        var tokens = WordOrStop().Matches(text).Where(t => forward ? t.Index >= from : t.Index + t.Length <= from).ToList();
        if (!forward)
        {
            tokens.Reverse();
        }
        foreach (var token in tokens.Take(words))
        {
            if (!char.IsLetter(token.Value[0]))
            {
                return null;
            }
            if (EventWords.Of(text, token.Index, token.Index + token.Length) is { } word && word.Family != EventWords.Statement && (!forward || IsNoun(word, token.Value)))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>A length qualifies a thing, not an action: "a 72-hour strike", never "a 72-hour struck".</summary>
    private static bool IsNoun(EventWord word, string written) =>
        !written.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.Noun.Equals(written, StringComparison.OrdinalIgnoreCase);

    // "$1.8 billion", "US$300m", "CHF 1,200", "Rs 500 crore", "1.5 billion euros", "500m zlotys", "2 billion Swiss francs".
    private static readonly Regex Money = new(
        @"(?<q>about|around|some|nearly|almost|roughly|approximately|more than|over|at least|up to)?\s*(?:(?<![\p{L}\d])(?<cur>" + Currencies.Symbols
        + @")\s?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<scale>trillion|billion|million|crore|lakh|bn|m)?\b|\b(?<n>\d+(?:\.\d+)?)(?:\s(?<scale>trillion|billion|million)|\s?(?<scale>bn|m))\s(?<cur>"
        + Currencies.Names + @")(?![\p{L}\d]))",
        RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\b(?:magnitude(?:-|\s+)(?:of\s+)?(?<n>\d(?:\.\d)?)\b|(?<n>\d\.\d)[- ]magnitude\b|measuring\s+(?<n>\d\.\d)\b|magnitude\s+at\s+(?<n>\d(?:\.\d)?)\b|M(?<n>\d\.\d)\b)")]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"\b(?:quakes|earthquakes|tremors)\s+(?:of\s+)?(?:a\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuakesOfAKind();

    [GeneratedRegex(@"\bafter-?shocks?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherQuake();

    /// <summary>The things whose worth sources state: one deal's value, however each source names it.</summary>
    private static readonly HashSet<string> Priced = new(StringComparer.OrdinalIgnoreCase)
    {
        "fund", "contract", "deal", "project", "plant", "package", "programme", "program", "loan", "investment", "budget", "bailout",
        "acquisition", "takeover", "bid", "offer", "settlement", "fine", "order", "agreement", "scheme", "facility",
    };

    /// <summary>Claims about amounts: what a deal or fund is worth (per currency) and an earthquake's magnitude.</summary>
    /// <remarks>
    /// An amount counts only next to what it prices ("a $1.8 billion contract", "a fund of €1.2 billion",
    /// "spending $2.1 billion on a plant"); amounts in different currencies are not compared. A magnitude
    /// is left out in a sentence about aftershocks or another year's quake.
    /// </remarks>
    public static IReadOnlyList<Claim> AmountClaims(IReadOnlyList<ReadArticle> articles)
    {
        var found = new List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)>();
        ReadInLanguage(articles, found, AddEnglishAmounts, AddGermanAmounts, AddRomanceAmounts);
        var claims = new List<Claim>();
        foreach (var group in found.GroupBy(f => f.Key, StringComparer.Ordinal).SelectMany(SplitByScale))
        {
            var owner = group[0].Key.Split('|') is { Length: 4 } parts ? $" ({parts[3]})" : "";
            var about = group[0].Key == "magnitude" ? "magnitude" : $"value of the {MostUsed(group.Select(f => f.Noun))}{owner}";
            var claim = Build(about, group.Select(f => (f.Value.Text, f.Sentence, f.Value)).ToList(), (a, b) => a.AgreesWith(b));
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }
        return claims;
    }

    // The amounts and magnitudes of one English sentence; a magnitude only when the sentence is about this story's quake.
    private static void AddEnglishAmounts(List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)> found, ReadSentence sentence)
    {
        var text = sentence.Sentence.Text;
        // "Qualcomm made its $38 billion bid in October 2016": a price from a time well before the report is an earlier deal's
        // or an earlier offer's. A sentence that also dates something now ("on Monday raised its offer ...") is read.
        foreach (Match m in OnlyAboutEarlierEvents(sentence) ? Enumerable.Empty<Match>() : Money.Matches(text))
        {
            if (Superseded().IsMatch(text.AsSpan(0, m.Index)))
            {
                // "raised its offer to $82 a share, up from its initial offer of $70": the amount before is no longer on the table.
                continue;
            }
            if (PricedThing(text, m) is not { } noun
                || !double.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                continue;
            }
            var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "trillion" => 1e12,
                "billion" or "bn" => 1e9,
                "million" or "m" => 1e6,
                // Indian English counts in crores (ten million) and lakhs (a hundred thousand).
                "crore" => 1e7,
                "lakh" => 1e5,
                _ => 1,
            };
            var q = m.Groups["q"].Success && m.Groups["q"].Length > 0 ? m.Groups["q"].Value : null;
            // "Qualcomm's $110-a-share offer" for another company, in a story of Broadcom's offer for Qualcomm: an amount
            // its owner names is that owner's deal, lined up only with what other reports say that owner offers.
            var owner = Owner().Match(text, 0, m.Index) is { Success: true } owned ? owned.Groups["owner"].Value : null;
            AddAmount(found, noun, amount, scale, m.Groups["cur"].Value, q, sentence, owner);
        }
        var magnitudes = Magnitude().Matches(text);
        if (magnitudes.Count > 0 && !OtherQuake().IsMatch(text) && !AboutEarlierEvent(sentence))
        {
            foreach (Match m in magnitudes)
            {
                if (QuakesOfAKind().IsMatch(text.AsSpan(0, m.Index)))
                {
                    // "quakes of 6.0 magnitude happen on average every 15 years": a kind of quake, not this one.
                    continue;
                }
                var n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                found.Add(("magnitude", "magnitude", new CountValue(n, n, n.ToString("0.0", CultureInfo.InvariantCulture)), sentence));
            }
        }
    }

    private static readonly HashSet<string> Penalties = new(StringComparer.OrdinalIgnoreCase) { "fine", "settlement" };

    // The name whose amount it is, right before it: "Qualcomm's $110-a-share offer", "Broadcom's new $82 offer".
    [GeneratedRegex(@"(?<owner>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s(?:\s+(?:new|latest|revised|sweetened|improved|hostile|unsolicited|proposed|final|all-cash|cash))*\s*$")]
    private static partial Regex Owner();

    // What an amount replaced: "up from its initial offer of", "from" (of "from $70 to $82"), "its original", "a previous bid of".
    [GeneratedRegex(@"\bfrom(?:\s+(?:its|an?|the|their|his|her))?(?:\s+(?:initial|original|previous|earlier|prior|first|old|rejected))?(?:\s+(?:offer|bid|proposal|price|valuation)(?:\s+of)?)?\s*$|\b(?:initial|original|previous|earlier|prior|first|old|rejected)(?:\s+(?:offer|bid|proposal|price|valuation)(?:\s+of)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Superseded();

    // Sources disagree about a price by a fraction, not by a factor: amounts more than this far apart price
    // different things (a $50 million loan and a $1.8 billion contract), so they are not lined up.
    private const double SameThingRatio = 3;

    /// <summary>Splits amounts, sorted by value, wherever the next is over <see cref="SameThingRatio"/> times the last; magnitudes stay whole.</summary>
    private static IEnumerable<List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)>> SplitByScale(
        IGrouping<string, (string Key, string Noun, CountValue Value, ReadSentence Sentence)> group)
    {
        if (group.Key == "magnitude")
        {
            yield return group.ToList();
            yield break;
        }
        var run = new List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)>();
        foreach (var item in group.OrderBy(f => f.Value.Low))
        {
            if (run.Count > 0 && item.Value.Low > SameThingRatio * run[^1].Value.High)
            {
                yield return run;
                run = [];
            }
            run.Add(item);
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>True when the sentence dates what it tells well before its article: "last month's tremor", "a quake in 2003".</summary>
    private static bool AboutEarlierEvent(ReadSentence sentence) =>
        sentence.Published is { } published && DatedBefore(sentence, DateOnly.FromDateTime(published.Date));

    /// <summary>True when every date of the sentence lies well before its article: "made its $38 billion bid in October 2016".</summary>
    private static bool OnlyAboutEarlierEvents(ReadSentence sentence) =>
        sentence.Published is { } published && sentence.Dates.Count > 0
        && sentence.Dates.All(d => WellBefore(d, DateOnly.FromDateTime(published.Date)));

    /// <summary>True when the sentence dates something to more than a week before <paramref name="day"/>.</summary>
    private static bool DatedBefore(ReadSentence sentence, DateOnly day) => sentence.Dates.Any(d => WellBefore(d, day));

    private static bool WellBefore(TemporalMention date, DateOnly day) => DateSpan.Of(date) is { } span && span.To.DayNumber < day.DayNumber - 7;

    private static string MostUsed(IEnumerable<string> nouns) =>
        nouns.GroupBy(n => n.ToLowerInvariant(), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>What an amount prices: the word it qualifies, the word it follows ("fund of", "worth"), or what it is spent on.</summary>
    private static string? PricedThing(string text, Match m)
    {
        var after = WordOrStop().Matches(text[(m.Index + m.Length)..]).Take(4).Select(t => t.Value).ToList();
        if (after.Take(2).FirstOrDefault(Priced.Contains) is { } qualified && !after.Take(2).TakeWhile(w => !Priced.Contains(w)).Any(w => !char.IsLetter(w[0])))
        {
            // "a $1.8 billion contract", "a €1.2bn joint fund".
            return qualified;
        }
        if (after.Count > 0 && after[0] is "on" or "for" or "in" && after.Skip(1).FirstOrDefault(Priced.Contains) is { } spentOn)
        {
            // "spending about $2.1 billion on a desalination plant".
            return spentOn;
        }
        var before = WordOrStop().Matches(text[..m.Index]).TakeLast(5).Select(t => t.Value).ToList();
        if (before.Count > 0 && before[^1] is "of" or "worth" or "at" or "as" or "totalling" or "totaling" or "costing" or "is" or "was" or "to")
        {
            // "a joint fund of €1.2 billion", "the contract value was given as $1.8 billion", "raised its offer to $82".
            for (var k = before.Count - 2; k >= 0 && char.IsLetter(before[k][0]); k--)
            {
                if (Priced.Contains(before[k]))
                {
                    return before[k];
                }
            }
        }
        return null;
    }

    // An amount priced by `noun`, as `currency` was written in any language read ("$", "euros", "Franken", "dólares"),
    // keyed by its currency and kind and shown in English ("about €1.2 billion"); none when the currency is unknown.
    private static void AddAmount(List<(string Key, string Noun, CountValue Value, ReadSentence Sentence)> found, string noun, double amount, double scale,
        string currency, string? qualifier, ReadSentence sentence, string? owner = null)
    {
        if (Currencies.Of(currency) is not { } known)
        {
            return;
        }
        // A penalty is never the deal's price, whatever the sentences share.
        var kind = Penalties.Contains(noun) ? "penalty" : "deal";
        var total = amount * scale;
        found.Add(($"value|{known.Code}|{kind}{(owner is null ? "" : "|" + owner)}", noun, CountValue.Of((long)Math.Round(total), qualifier) with { Text = known.Show(total, qualifier) }, sentence));
    }

    // A count of `who` with an outcome, unless it is a year written without a group separator ("in 2019 people died").
    private static void AddCount(List<(string, CountValue, ReadSentence)> found, string who, string outcome, long count, bool grouped, string? qualifier, ReadSentence sentence)
    {
        if (count is >= 1900 and <= 2100 && !grouped)
        {
            return;
        }
        found.Add(($"{who} {outcome}", CountValue.Of(count, qualifier), sentence));
    }

    // "killing 3 people and 10 others injured": the last group of a list has an outcome of its own.
    [GeneratedRegex(@"\b(?:injured|wounded|hurt|missing|arrested|detained|evacuated|rescued|displaced|dead|killed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnOutcome();

    /// <param name="listed">The other groups of a list the count is one of ("two crew members and 10 passengers"), whose sum is the toll.</param>
    private static void Add(List<(string, CountValue, ReadSentence)> found, Match m, string verb, ReadSentence sentence, Match? listed = null)
    {
        if (ParseNumber(m.Groups["n"].Value) is not { } count)
        {
            return;
        }
        if (listed is not null)
        {
            var parts = listed.Groups["n"].Captures.Select(c => ParseNumber(c.Value)).ToList();
            if (parts.All(p => p is > 0 and < 1900))
            {
                // The groups together are the toll; none of them is named alone. "At least 10 soldiers and two civilians" is at least 12.
                count += parts.Sum(p => p!.Value);
                found.Add(("people " + Outcome(verb), CountValue.Of(count, m.Groups["q"].Success ? m.Groups["q"].Value : null), sentence));
                return;
            }
        }
        AddCount(found, m.Groups["who"].Success ? Who(m.Groups["who"].Value) : "people", Outcome(verb), count, m.Groups["n"].Value.Contains(',', StringComparison.Ordinal), m.Groups["q"].Success ? m.Groups["q"].Value : null, sentence);
    }

    private static string Who(string group) => group.ToLowerInvariant() is "persons" or "others" or "victims" ? "people" : group.ToLowerInvariant();

    private static string Outcome(string verb) => verb.ToLowerInvariant() switch
    {
        "killed" or "dead" or "died" or "killing" => "killed",
        "injured" or "wounded" or "hurt" or "injuring" or "wounding" => "injured",
        "arrested" or "detained" => "arrested",
        "evacuate" => "evacuated",
        var other => other,
    };

    /// <summary>A claim from the values sources give, or null when fewer than two articles speak to it.</summary>
    private static Claim? Build<T>(string about, List<(string Value, ReadSentence Sentence, T Raw)> values, Func<T, T, bool> agree)
    {
        if (values.Select(v => v.Sentence.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }
        var crossConflict = false;
        var innerConflict = false;
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                if (agree(values[i].Raw, values[j].Raw))
                {
                    continue;
                }
                if (values[i].Sentence.ArticleId == values[j].Sentence.ArticleId)
                {
                    innerConflict = true;
                }
                else
                {
                    crossConflict = true;
                }
            }
        }
        if (innerConflict && !crossConflict)
        {
            // One article giving two values is an update or two events, not a disagreement between sources.
            return null;
        }
        var lined = values
            .GroupBy(v => v.Value, StringComparer.Ordinal)
            .Select(g => new ClaimValue(g.Key, g.Select(v => v.Sentence.Cite()).Distinct().ToList()) { FirstReported = g.Min(v => v.Sentence.Published) })
            .OrderByDescending(v => v.Citations.Count)
            .ThenBy(v => v.Value, StringComparer.Ordinal)
            .ToList();
        return new Claim(about, lined, crossConflict ? "conflict" : "agree");
    }

    /// <summary>
    /// Splits one key's dated statements into events: precise dates that overlap or touch
    /// are one event (and may conflict); a coarse date (a month, a year) joins the one event it
    /// contains, and is left out when it contains several.
    /// </summary>
    private static List<List<DatedStatement>> Clusters(List<DatedStatement> ordered)
    {
        const int PreciseDays = 5;
        const int Slack = 1;
        var clusters = new List<List<DatedStatement>>();
        var reach = DateOnly.MinValue;
        foreach (var d in ordered.Where(d => d.Span.Days <= PreciseDays))
        {
            if (clusters.Count == 0 || d.Span.From.DayNumber - reach.DayNumber > Slack)
            {
                clusters.Add([]);
                reach = d.Span.To;
            }
            clusters[^1].Add(d);
            reach = d.Span.To > reach ? d.Span.To : reach;
        }
        var precise = clusters.Count;
        foreach (var d in ordered.Where(d => d.Span.Days > PreciseDays))
        {
            var containing = clusters.Take(precise).Where(c => c.Any(x => d.Span.Contains(x.Span))).ToList();
            if (containing.Count == 1)
            {
                containing[0].Add(d);
                continue;
            }
            if (containing.Count > 1)
            {
                continue;
            }
            var home = clusters.Skip(precise).FirstOrDefault(c => c.All(x => x.Span.AgreesWith(d.Span)));
            if (home is null)
            {
                clusters.Add([d]);
            }
            else
            {
                home.Add(d);
            }
        }
        return clusters;
    }

    private static readonly HashSet<string> HumanEvents = new(StringComparer.Ordinal)
    {
        "visit", "election", "arrest", "trial", "death", "resignation", "release", "agreement",
    };

    private static readonly HashSet<string> PersonalEvents = new(StringComparer.Ordinal)
    {
        "arrest", "trial", "death", "resignation",
    };

    // Only a person dies, is arrested or tried.
    private static bool AgentFits(EventWord? bound, LinkedEntity agent) =>
        bound?.Family is not { } family || !PersonalEvents.Contains(family) || agent.Type == EntityType.Person;

    private static LinkedEntity? Subject(ReadSentence sentence, EventWord? bound, Func<string, Mention, LinkedEntity?> entityOf)
    {
        var family = bound?.Family;
        var entities = sentence.Mentions.Select(m => entityOf(sentence.ArticleId, m)).Where(e => e is not null).Select(e => e!).ToList();
        if (family is null || !HumanEvents.Contains(family))
        {
            // Launches, attacks and disasters are usually done by (or happen to) a country or a group named first.
            return entities.FirstOrDefault();
        }
        if (PersonalEvents.Contains(family))
        {
            // Only a person dies, is arrested or tried; "the coast guard said ... killed" is no death of the coast guard.
            return entities.FirstOrDefault(e => e.Type == EntityType.Person);
        }
        return entities.FirstOrDefault(e => e.Type == EntityType.Person)
            ?? entities.FirstOrDefault(e => e.Type == EntityType.Organization)
            ?? entities.FirstOrDefault();
    }

    /// <summary>
    /// The one the sentence says did the event, whoever it names first: "another missile test by North Korea", "North
    /// Korea's missile launch", "North Korea conducted a missile launch", "North Korea launched" ("Japanese officials have
    /// confirmed another missile test by North Korea" is no test of Japan's).
    /// </summary>
    private static LinkedEntity? Agent(ReadSentence sentence, EventWord word, Func<string, Mention, LinkedEntity?> entityOf)
    {
        var text = sentence.Sentence.Text;
        if (word.Start > 0 && char.IsUpper(text[word.Start]))
        {
            // A word of a name ("NASA's planned Space Launch System") is no event.
            return null;
        }
        foreach (var mention in sentence.Mentions)
        {
            var start = mention.Start - sentence.Sentence.Start;
            var end = start + mention.Text.Length;
            if (start < 0 || end > text.Length)
            {
                continue;
            }
            var byAgent = start >= word.End && AgentAfter().IsMatch(text.AsSpan(word.End, start - word.End));
            var possessor = end <= word.Start && PossessorBefore().IsMatch(text.AsSpan(end, word.Start - end));
            var doer = end <= word.Start && (DoneBy().IsMatch(text.AsSpan(end, word.Start - end))
                || (text.AsSpan(word.Start, word.End - word.Start).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && SubjectBefore().IsMatch(text.AsSpan(end, word.Start - end))));
            if ((byAgent || possessor || doer) && entityOf(sentence.ArticleId, mention) is { } entity)
            {
                return entity;
            }
        }
        return null;
    }

    // Between an event word and its agent: "test by North Korea", "attack carried out by the Taliban".
    [GeneratedRegex(@"^\s+(?:(?:carried out|conducted|staged|claimed|launched|mounted)\s+)?by\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgentAfter();

    // Between a possessor and its event: "North Korea's latest missile launch".
    [GeneratedRegex(@"^['’]s?\s+(?:[\w-]+\s+){0,3}$")]
    private static partial Regex PossessorBefore();

    // Between a doer and the event it carried out: "North Korea conducted a missile launch", "the group staged two attacks".
    [GeneratedRegex(@"^\s+(?:(?:has|have|had|also|again|then|reportedly|allegedly)\s+)?(?:conducted|carried out|staged|mounted|launched|fired|held|claimed)\s+(?:(?:an?|the|its|their|another|two|three|several)\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneBy();

    // Between a subject and its event verb in the past: "North Korea launched", "the Taliban have attacked" (not "struck
    // a conciliatory note": an irregular past is as often another sense of the word).
    [GeneratedRegex(@"^\s+(?:(?:has|have|had|also|again|then|reportedly|allegedly|successfully|first)\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBefore();

    private static long? ParseNumber(string text)
    {
        var digits = text.Replace(",", "", StringComparison.Ordinal);
        if (long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        var value = DateResolver.NumberValue(text);
        return value > 0 ? value : null;
    }
}
