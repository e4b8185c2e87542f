using Storyline.Articles;
using Storyline.Clustering;
using Storyline.Text.Dates;
using Storyline.Text.Entities;
using Storyline.Text.Language;
using Storyline.Text.Sentences;

namespace Storyline.Stories;

/// <summary>Builds a story's view: headline, summary, sources, entities with aliases, timeline and claims.</summary>
/// <remarks>
/// Every part is drawn from prose sentences only (<see cref="Chrome"/>). The headline is the title
/// most similar to the other titles and bodies; the summary is a few central sentences from
/// several sources without near-repeats; the timeline is ordered by event time; claims line up
/// the values sources give for one event date or count. Stateless and thread-safe.
/// </remarks>
public sealed class StorySynthesizer : IStorySynthesizer
{
    private const int MaxEntities = 20;
    private const int MaxClaims = 20;

    public StoryView Synthesize(long storyId, IReadOnlyList<StoryArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            throw new ArgumentException("A story has at least one article.", nameof(articles));
        }
        var ordered = InStoryOrder(articles);
        var reportDays = ordered.Where(a => a.Article.Published is not null).Select(a => DateOnly.FromDateTime(a.Article.Published!.Value.Date)).ToList();
        var firstReport = reportDays.DefaultIfEmpty().Min();
        var lastReport = reportDays.DefaultIfEmpty().Max();
        // An undated report of a dated story was published about when the story's other reports were: near enough to
        // tell which year its "Friday (19/1)" falls in and, when every such day agrees, which month its "the 16th" is in,
        // not to resolve its "on Sunday".
        // Each report's text is cleaned once; its window may be read from it up to three times, and its sentences once more.
        var prose = ordered.Select(a => ReadArticle.Prose(a.Article)).ToList();
        var windows = UndatedWindows(ordered, prose, reportDays.Count == 0 ? null : new PublicationWindow(firstReport, lastReport.AddDays(7)));
        var copiedOn = EarliestDatedCopies(ordered);
        var read = ordered.Select((a, i) => ReadArticle.Read(DatedByCopies(a, copiedOn), prose[i], firstReport == default ? null : firstReport, windows[i])).ToList();
        var originals = Originals(read, a => a.IsCopy);

        var mentions = originals.SelectMany(a => a.Sentences.SelectMany(s => s.Mentions.Select(m => new ArticleMention(a.Id, m)))).ToList();
        var entities = EntityLinker.Link(mentions);
        var entityOf = new Dictionary<(string, int), LinkedEntity>();
        foreach (var entity in entities)
        {
            foreach (var m in entity.Mentions)
            {
                entityOf[(m.ArticleId, m.Mention.Start)] = entity;
            }
        }
        var dated = ClaimFinder.Dated(originals, (article, mention) => entityOf.GetValueOrDefault((article, mention.Start)));
        var mainLanguage = MainLanguage(originals);
        var claims = ClaimFinder.DateClaims(dated).Concat(ClaimFinder.CountClaims(originals, firstReport)).Concat(ClaimFinder.DurationClaims(originals)).Concat(ClaimFinder.AmountClaims(originals))
            .OrderBy(c => c.Status switch { "conflict" => 0, "updated" => 1, _ => 2 })
            .ThenByDescending(c => c.Values.Sum(v => v.Citations.Count))
            .Take(MaxClaims)
            .ToList();

        return new StoryView
        {
            Id = storyId,
            Headline = Headline(ordered, originals.Select(a => a.Sentences.Select(s => s.Sentence.Text))),
            Summary = Summary(originals, mainLanguage, dated, firstReport),
            Articles = ordered.Select(a => new StoryArticleLine(a.Article.Id, a.Article.Title, a.Article.Source, a.Article.Published, a.Article.Url, a.DuplicateOf)).ToList(),
            Sources = Sources(ordered),
            IndependentSources = ordered.Where(a => a.DuplicateOf is null).Select(a => Outlets.Key(a.Article)).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            Entities = Entities(entities, originals),
            Timeline = TimelineBuilder.Build(dated, firstReport, lastReport, mainLanguage.Select(a => a.Id).ToHashSet(StringComparer.Ordinal).Contains),
            Claims = claims,
        };
    }

    /// <summary>The entities worth showing, most salient first.</summary>
    /// <remarks>
    /// Salience is mentions × sources. Left out: a name only one source gives, with nothing but
    /// its capitals to type it; an unknown kind of thing
    /// mentioned less than three times; a one-word name the story also writes in lower case, which is a
    /// capitalised common noun ("Investigators", "Police", "Ministry"), which is no alias either; and names found only in articles in
    /// languages read with English rules (not English or German), where capitals mark nouns as often as
    /// names, unless the gazetteer knows them or they are abbreviations; a single unknown word that only ever opens a
    /// sentence ("Thousands were attending"); and an outlet's name found only in its own reports, unless the gazetteer
    /// knows it (a NASA release about NASA keeps NASA).
    /// </remarks>
    private static List<StoryEntity> Entities(IReadOnlyList<LinkedEntity> entities, List<ReadArticle> originals)
    {
        var articles = originals.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var outlets = originals.ToDictionary(a => a.Id, a => Outlets.Key(a.Member.Article), StringComparer.Ordinal);
        // Each word the story writes in lower case, with the articles that do.
        var lowerWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var sentence in originals.SelectMany(a => a.Sentences))
        {
            foreach (var word in sentence.Sentence.Text.Split([' ', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (char.IsLower(word[0]))
                {
                    if (!lowerWords.TryGetValue(word, out var writers))
                    {
                        lowerWords[word] = writers = new HashSet<string>(StringComparer.Ordinal);
                    }
                    writers.Add(sentence.ArticleId);
                }
            }
        }
        // An alias is a common noun when two reports (or the only one) write it in lower case: "Girls" of the "Chibok
        // Girls", "Sheriff" of Sheriff Lombardo. One report's lower-case tag list ("elon musk, spacex") is not enough.
        var common = Math.Min(2, originals.Count);
        var shown = new List<(StoryEntity Entity, int Salience)>();
        foreach (var entity in entities)
        {
            var known = entity.Mentions.Any(m => m.Mention.Known is not null);
            var sources = entity.Mentions.Select(m => outlets[m.ArticleId]).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            var confident = entity.Mentions.Any(m => m.Mention.Confident && m.Mention.Type == entity.Type && entity.Type != EntityType.Other);
            var abbreviated = entity.Mentions.Any(m => Gazetteer.IsAbbreviation(m.Mention.Text));
            // Languages without name rules of their own are read with English ones, whose capitalisation cues mean less there:
            // only known names and abbreviations count.
            var read = entity.Mentions.Any(m => MentionFinder.Reads(articles[m.ArticleId].Member.Article.Language));
            if (!known && !abbreviated && !read)
            {
                continue;
            }
            if (!known && sources == 1 && (!(confident || ReferredToBySurname(entity, lowerWords)) || (abbreviated && entity.Mentions.Count == 1 && entity.Aliases.Count == 0)))
            {
                // One source's lone abbreviation ("WIB", "UAH") is as likely a unit or a time zone as a body.
                continue;
            }
            if (!known && !abbreviated && entity.Mentions.All(m => m.Mention.Initial && !m.Mention.Text.Contains(' ', StringComparison.Ordinal)))
            {
                // "Thousands were attending", "Together, they can": a word that only ever opens a sentence has its capital
                // from its place, not from being a name.
                continue;
            }
            if (!known && entity.Mentions.All(m => Outlets.IsOwnName(articles[m.ArticleId].Member.Article, m.Mention.Text)))
            {
                // The outlet naming itself in its own report: a photo credit, "a Metro Courier reader".
                continue;
            }
            var type = entity.Type;
            if (type == EntityType.Person && !known && !confident && IsCommonPhrase(entity.Name, lowerWords))
            {
                // "City Hall", "Boost Mode", "Civil Aviation": every word is one the story also writes in lower case, which a
                // person's name is not (no report writes "antonio" or "lester"). A name in capitals, but no person's.
                type = EntityType.Other;
            }
            if (type == EntityType.Other && !known && entity.Mentions.Count < 3)
            {
                continue;
            }
            if (!known && !abbreviated && entity.Mentions.All(m => !m.Mention.Text.Contains(' ', StringComparison.Ordinal))
                && lowerWords.ContainsKey(entity.Name.ToLowerInvariant()))
            {
                // "Police said", "the Ministry", "People": a common noun with a capital, as the story's own lower-case uses show.
                continue;
            }
            // A person's surname stays, whoever writes it in lower case ("christine teigen (@chrissyteigen)").
            var surname = type == EntityType.Person ? entity.Name.Split(' ')[^1] : null;
            var aliases = entity.Aliases
                .Where(a => a.Contains(' ', StringComparison.Ordinal) || a == surname || Gazetteer.IsAbbreviation(a)
                    || (lowerWords.GetValueOrDefault(a.ToLowerInvariant())?.Count ?? 0) < common)
                .ToList();
            var story = new StoryEntity(entity.Name, TypeName(type), aliases) { Mentions = entity.Mentions.Count, Sources = sources };
            shown.Add((story, entity.Mentions.Count * sources));
        }
        return shown
            .OrderByDescending(e => e.Salience)
            .Take(MaxEntities)
            .Select(e => e.Entity)
            .ToList();
    }

    private static bool IsEnglish(ReadArticle article) =>
        LanguageCodes.IsEnglishOrUnknown(article.Member.Article.Language);

    /// <summary>The headline without the rest of the view: only the prose sentences are read, not names, dates or claims.</summary>
    public string Headline(long storyId, IReadOnlyList<StoryArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            throw new ArgumentException("A story has at least one article.", nameof(articles));
        }
        var ordered = InStoryOrder(articles);
        var originals = Originals(ordered, a => a.DuplicateOf is not null);
        return Headline(ordered, originals.Select(a => SentenceSplitter.Split(ReadArticle.Prose(a.Article)).Select(s => s.Text).Where(t => !Chrome.IsChrome(t))));
    }

    /// <summary>
    /// The days each undated report of a story was published between (null for a dated one). The reports of a story were
    /// written about the same time: an undated one in a dated story between the first dated report and a week after the
    /// last. In a story that none dates, the narrowest window one report gives ("the first time in twenty-four years since
    /// ... July 19, 2000") bounds the others; that may fix the year of another's "Friday (19/1)", and so its week, which in
    /// turn places the others' bare days ("on the 21st").
    /// </summary>
    /// <param name="prose">Each report's text as synthesis reads it, in story order.</param>
    /// <param name="dated">The days the story's dated reports span, and a week after; null when none is dated.</param>
    private static List<PublicationWindow?> UndatedWindows(List<StoryArticle> ordered, List<string> prose, PublicationWindow? dated)
    {
        var windows = ordered.Select((a, i) => ReadArticle.WindowOf(a, prose[i], dated)).ToList();
        if (dated is not null || windows.Where(w => w is not null).MinBy(Width) is not { } narrowest)
        {
            return windows;
        }
        windows = ordered.Select((a, i) => windows[i] is null ? null : ReadArticle.WindowOf(a, prose[i], narrowest)).ToList();
        var week = windows.Where(w => w is { IsWeek: true }).MinBy(Width);
        // A report that gives no date at all was written then too.
        return ordered.Select((a, i) => week is not null ? ReadArticle.WindowOf(a, prose[i], week) ?? windows[i] : windows[i] ?? narrowest).ToList();

        static int Width(PublicationWindow? w) => w!.NotAfter.DayNumber - w.NotBefore.DayNumber;
    }

    private static List<StoryArticle> InStoryOrder(IReadOnlyList<StoryArticle> articles) =>
        articles.OrderBy(a => a.Article.Published ?? a.FirstSeen).ThenBy(a => a.Article.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// An undated report that others copied, dated by its earliest dated copy: the same text was out by that day, which dates
    /// what it tells ("the parade got started Monday"). A copy cannot come before the text it copies.
    /// </summary>
    private static StoryArticle DatedByCopies(StoryArticle member, Dictionary<string, DateTimeOffset> copiedOn) =>
        member.Article.Published is null && member.DuplicateOf is null && copiedOn.TryGetValue(member.Article.Id, out var day)
            ? member with { Article = member.Article with { Published = day } }
            : member;

    // For each original of the story, when its earliest dated copy was published; read in one pass over the story.
    private static Dictionary<string, DateTimeOffset> EarliestDatedCopies(List<StoryArticle> story) =>
        story.Where(c => c.DuplicateOf is not null && c.Article.Published is not null)
            .GroupBy(c => c.DuplicateOf!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(c => c.Article.Published!.Value), StringComparer.Ordinal);

    // Copies add nothing a source has not already said; they only count as evidence when nothing else is there.
    private static List<T> Originals<T>(List<T> members, Func<T, bool> isCopy) =>
        members.Where(m => !isCopy(m)).ToList() is { Count: > 0 } originals ? originals : members;

    /// <summary>The title most similar to the other titles and to the bodies; not the longest, never chrome.</summary>
    /// <param name="originalSentences">The prose sentences of each independent report, in story order.</param>
    private static string Headline(List<StoryArticle> ordered, IEnumerable<IEnumerable<string>> originalSentences)
    {
        var originals = originalSentences.Select(s => s.ToList()).ToList();
        var titles = ordered
            .Where(a => !UrlSlug.NamesSiteOnly(a.Article.Title, a.Article.Url))
            .Select(a => Headlines.WithoutOutlet(a.Article.Title?.Trim() ?? "", a.Article.Source, a.Article.Url))
            .Where(LooksLikeTitle)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (titles.Count == 0)
        {
            // No title and no prose: the words of an address ("/p/asking-if-kendall-jenner-is-pregnant-...") beat nothing.
            return LeadHeadline(originals)
                ?? originals.SelectMany(sentences => sentences).Select(s => SentenceForm.WithCapitalStart(Headlines.FromLead(Chrome.WithoutDateline(s)))).FirstOrDefault()
                ?? ordered.Select(a => UrlSlug.Words(a.Article.Url)).Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).FirstOrDefault()
                ?? ordered[0].Article.Title ?? "";
        }
        if (titles.Count == 1)
        {
            return titles[0];
        }
        var titleVectors = titles.Select(t => TermVector.Of(t)).ToList();
        var leads = originals.Select(sentences => TermVector.Of(string.Join(' ', sentences.Take(3)))).Where(v => !v.IsEmpty).ToList();
        var best = 0;
        var bestScore = double.MinValue;
        for (var i = 0; i < titles.Count; i++)
        {
            var others = titleVectors.Where((_, j) => j != i).Select(v => titleVectors[i].Cosine(v)).DefaultIfEmpty(0).Average();
            var bodies = leads.Select(v => titleVectors[i].Cosine(v)).DefaultIfEmpty(0).Average();
            var score = others + bodies;
            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = (i, score);
            }
        }
        return titles[best];
    }

    /// <summary>
    /// A headline for a story no report gave a title: the first report's first full sentence that is no caption and no word
    /// to the reader (<see cref="Chrome.AddressesReader"/>), among its first five, cut to a headline's length
    /// (<see cref="Headlines.FromLead"/>).
    /// </summary>
    private static string? LeadHeadline(List<List<string>> originals) =>
        originals.SelectMany(sentences => sentences.Take(5)).Select(Chrome.WithoutDateline).Where(IsLeadSentence).Select(s => SentenceForm.WithCapitalStart(Headlines.FromLead(s))).FirstOrDefault();

    private static bool IsLeadSentence(string sentence) =>
        Chrome.WordCount(sentence) >= 4 && IsFullProse(sentence) && !Chrome.AddressesReader(sentence);

    // A full sentence, not a photo's caption: what a summary or a headline may be made of.
    private static bool IsFullProse(string sentence) => SentenceForm.HasFiniteVerb(sentence) && !SentenceForm.LooksLikeCaption(sentence);

    // Newswriting names a person in full once and by surname after: "Mauricio Pochettino ... Pochettino was sacked". A
    // two- or three-word name whose last word stands alone in the same report names a person even without a cue of its
    // own (a first name on the list, a title, "said"). Products and firms are shortened to their first word instead
    // ("Amazon Music Unlimited ... Amazon"), and a surname is no word the story writes in lower case.
    private static bool ReferredToBySurname(LinkedEntity entity, Dictionary<string, HashSet<string>> lowerWords)
    {
        if (entity.Type != EntityType.Person)
        {
            return false;
        }
        foreach (var full in entity.Mentions)
        {
            var words = full.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 3 || words[^1] is not { Length: >= 3 } surname || lowerWords.ContainsKey(surname.ToLowerInvariant())
                || words.Distinct(StringComparer.Ordinal).Count() < words.Length || words.Any(w => w.Length > 1 && w.All(char.IsUpper)))
            {
                continue; // not a doubled word ("Ruhrort Ruhrort") nor one in capitals ("MOONS Find"), which no person's name has
            }
            if (entity.Mentions.Any(m => m.ArticleId == full.ArticleId && string.Equals(m.Mention.Text, surname, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    // Whether every word of a name of several words (letters and initials aside) is written in lower case somewhere in the story.
    private static bool IsCommonPhrase(string name, Dictionary<string, HashSet<string>> lowerWords)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.TrimEnd('.').Length > 1).ToList();
        return words.Count > 1 && words.All(w => lowerWords.ContainsKey(w.ToLowerInvariant()));
    }

    private static bool LooksLikeTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 3 and <= 30
            && !title.Contains("automatically generated", StringComparison.OrdinalIgnoreCase)
            && !title.Contains("http", StringComparison.OrdinalIgnoreCase)
            && words.Count(w => w.Any(char.IsLetter)) >= 3;
    }

    /// <summary>A sentence the summary may use, with what ranks and orders it.</summary>
    private sealed record SummaryCandidate(string Article, int Position, string Text, DateOnly? Date, IReadOnlyList<(string Family, DateSpan Span)> Events);

    /// <summary>Three to five central sentences drawn from several sources, the story's lead first, then the latest developments, without repeats.</summary>
    /// <remarks>
    /// Only full sentences (<see cref="SentenceForm.HasFiniteVerb"/>) in the story's main language that
    /// read right out of their article (<see cref="SentenceForm.StandsAlone"/>) qualify, while there are
    /// two. Two sentences repeat each other when their words mostly match or when they date the same kind
    /// of event to the same days ("an earthquake struck on Tuesday" three ways). The most central lead
    /// opens; sentences about the latest days rank a little higher and come next; background comes last.
    /// </remarks>
    /// <param name="pool">The originals in the story's main language (<see cref="MainLanguage"/>), which the summary is drawn from.</param>
    private static string Summary(List<ReadArticle> originals, List<ReadArticle> pool, IReadOnlyList<DatedStatement> dated, DateOnly firstReport)
    {
        var english = pool.All(IsEnglish);
        var days = dated
            .Where(d => d.Span.Days <= 3 && !ClaimFinder.IsPeriodBound(d.Sentence, d.Date))
            .ToLookup(d => (d.Sentence.ArticleId, d.Sentence.Sentence.Index), d => d.Span);
        // Any event word and any day of a sentence: wording varies too much between sources to need the word to bind the date.
        IReadOnlyList<(string Family, DateSpan Span)> Events(ReadSentence s) =>
            days[(s.ArticleId, s.Sentence.Index)] is var spans && spans.Any()
                ? EventWords.In(s.Sentence.Text, s.Language).Select(w => w.Family).Distinct(StringComparer.Ordinal).SelectMany(f => spans.Select(span => (f, span))).ToList()
                : [];
        // What each sentence qualifies for, read once: 2, a full sentence that reads right on its own; 1, a full sentence;
        // 0, any prose. English rules only: other languages' sentences qualify for all.
        int Level(string text) =>
            !english ? 2 : !IsFullProse(text) ? 0 : SentenceForm.StandsAlone(text) ? 2 : 1;
        var graded = pool
            .SelectMany(a => a.Sentences.Select((s, position) => new SummaryCandidate(
                a.Id,
                position,
                Chrome.WithoutDateline(s.Sentence.Text),
                days[(a.Id, s.Sentence.Index)].Select(d => (DateOnly?)d.From).DefaultIfEmpty(Published(a)).Max(),
                Events(s))))
            .Where(c => Chrome.WordCount(c.Text) is >= 8 and <= 60)
            .Select(c => (Candidate: c, Level: Level(c.Text)))
            .ToList();
        // A lone sentence is no summary: a looser tier is used when the stricter one offers fewer than two.
        List<SummaryCandidate> candidates = [];
        foreach (var strictness in new[] { 2, 1, 0 })
        {
            var tier = graded.Where(g => g.Level >= strictness).Select(g => g.Candidate).ToList();
            if (tier.Count >= 2)
            {
                candidates = tier;
                break;
            }
            if (candidates.Count == 0)
            {
                candidates = tier;
            }
        }
        if (candidates.Count == 0)
        {
            return pool.SelectMany(a => a.Sentences).Select(s => SentenceForm.WithCapitalStart(s.Sentence.Text)).FirstOrDefault() ?? "";
        }
        var idf = TermVector.InverseFrequencies(candidates.Select(c => c.Text).ToList());
        var vectors = candidates.Select(c => TermVector.Of(c.Text, idf)).ToList();
        // Each article weighs the same in the centre of the story, however long it is.
        var centroid = TermVector.Sum(candidates.Select((c, i) => (c.Article, Vector: vectors[i]))
            .GroupBy(x => x.Article)
            .Select(g => TermVector.Sum(g.Select(x => x.Vector))));
        bool IsBackground(SummaryCandidate c) => firstReport != default && c.Date is { } d && d.DayNumber < firstReport.DayNumber - 30;
        var current = candidates.Where(c => c.Date is not null && !IsBackground(c)).Select(c => c.Date!.Value.DayNumber).ToList();
        var (earliest, latest) = current.Count > 0 ? (current.Min(), current.Max()) : (0, 0);
        double Recency(SummaryCandidate c) =>
            IsBackground(c) ? -0.25 : c.Date is { } d && latest > earliest ? 0.1 * (d.DayNumber - earliest) / (latest - earliest) : 0;
        var scores = candidates.Select((c, i) => vectors[i].Cosine(centroid) + (c.Position < 3 ? 0.15 - 0.05 * c.Position : 0) + Recency(c)).ToList();

        var target = Math.Min(5, 2 + Math.Min(3, originals.Count)) switch { < 3 => 3, var t => t };
        var chosen = new List<int>();
        var usedArticles = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        // One report is summed up as a reader would: it opens with its lead, however little the lead shares with the
        // rest ("About a dozen business owners were gathered ... when they were told the candidate would stop by").
        var single = originals.Count == 1;
        if (single && candidates.Select((c, i) => (c.Position, Index: i)).MinBy(c => c.Position) is { Position: < 3 } lead)
        {
            chosen.Add(lead.Index);
            usedArticles.Add(candidates[lead.Index].Article);
            length += candidates[lead.Index].Text.Length;
        }
        while (chosen.Count < target && length < 1200)
        {
            var best = -1;
            var bestScore = double.MinValue;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (chosen.Contains(i) || chosen.Any(j => SameEvent(candidates[i], candidates[j])))
                {
                    continue;
                }
                var redundancy = chosen.Select(j => vectors[i].Cosine(vectors[j])).DefaultIfEmpty(0).Max();
                if (redundancy > 0.5)
                {
                    continue;
                }
                var score = scores[i] - 0.6 * redundancy - (usedArticles.Contains(candidates[i].Article) ? 0.05 : 0);
                if (score > bestScore)
                {
                    (best, bestScore) = (i, score);
                }
            }
            if (best < 0)
            {
                break;
            }
            chosen.Add(best);
            usedArticles.Add(candidates[best].Article);
            length += candidates[best].Text.Length;
        }
        // The summary opens with the story told whole: the most central of the reports' leads chosen (a lead is written to
        // open; a closing line that syndicated copies share may be more central still), else the most central sentence.
        // Then the newest news, a report's lead before its later lines on the same day; background closes. One report
        // keeps its own order.
        // A lead from a report comes before the last line of a photo's caption page ("Houston Texans wide receiver DeAndre
        // Hopkins (10) reaches for the ball ... Hopkins caught the ball with his other hand ...").
        var captionPages = pool
            .Where(a => a.Sentences.Count < 3 && a.Sentences.Count > 0 && SentenceForm.LooksLikeCaption(a.Sentences[0].Sentence.Text))
            .Select(a => a.Id)
            .ToHashSet(StringComparer.Ordinal);
        var opening = chosen.Where(i => candidates[i].Position < 3)
            .OrderBy(i => captionPages.Contains(candidates[i].Article) ? 1 : 0)
            .DefaultIfEmpty(chosen[0]).First();
        var ordered = single
            ? chosen.OrderBy(i => candidates[i].Position)
            : chosen
                .OrderBy(i => i == opening ? 0 : 1)
                .ThenBy(i => IsBackground(candidates[i]) ? 1 : 0)
                .ThenByDescending(i => candidates[i].Date ?? DateOnly.MinValue)
                .ThenBy(i => candidates[i].Position < 3 ? 0 : 1)
                .ThenBy(i => chosen.IndexOf(i));
        return string.Join(' ', ordered.Select(i => SentenceForm.WithCapitalStart(candidates[i].Text)));
    }

    /// <summary>Two sentences that date the same kind of event to the same days tell the same news.</summary>
    private static bool SameEvent(SummaryCandidate a, SummaryCandidate b) =>
        a.Events.Any(x => b.Events.Any(y => x.Family == y.Family && x.Span.From == y.Span.From && x.Span.To == y.Span.To && x.Span.Days <= 7));

    /// <summary>The articles in the language most of the story's articles are written in; English wins a tie.</summary>
    private static List<ReadArticle> MainLanguage(List<ReadArticle> originals)
    {
        static string Language(ReadArticle a) =>
            a.Member.Article.Language is { Length: >= 2 } language ? language[..2].ToLowerInvariant() : "en";
        var main = originals.GroupBy(Language)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key == "en" ? 0 : 1)
            .ThenBy(g => originals.FindIndex(a => Language(a) == g.Key))
            .First().Key;
        return originals.Where(a => Language(a) == main).ToList();
    }

    private static DateOnly? Published(ReadArticle article) =>
        article.Member.Article.Published is { } published ? DateOnly.FromDateTime(published.Date) : null;

    /// <summary>The outlets, earliest first; an outlet's first report is dated by publication, by arrival only when undated.</summary>
    private static List<StorySource> Sources(List<StoryArticle> ordered) =>
        ordered
            .GroupBy(a => Outlets.Key(a.Article), StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var first = g.MinBy(a => a.Article.Published ?? a.FirstSeen)!;
                return new StorySource(Outlets.Name(g.First().Article), first.Article.Published ?? first.FirstSeen, g.Count())
                {
                    FirstSeenFrom = first.Article.Published is null ? "received" : "published",
                };
            })
            .OrderBy(s => s.FirstSeen)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Place => "place",
        _ => "other",
    };
}
