using System.Net;
using Storyline.Articles;
using Storyline.Text.Dates;
using Storyline.Text.Entities;
using Storyline.Text.Sentences;

namespace Storyline.Stories;

/// <summary>One sentence of a story's article, with what synthesis found in it.</summary>
/// <param name="Language">The article's language, as its metadata gives it (null when unknown).</param>
internal sealed record ReadSentence(string ArticleId, Sentence Sentence, IReadOnlyList<Mention> Mentions, IReadOnlyList<TemporalMention> Dates, string? Language)
{
    /// <summary>When the sentence's article was published (null when undated).</summary>
    public DateTimeOffset? Published { get; init; }

    public Citation Cite() => new(ArticleId, Sentence.Text);
}

/// <summary>An article of a story read for synthesis: its prose sentences (chrome and the writer's note dropped), names and dates.</summary>
internal sealed record ReadArticle(StoryArticle Member, IReadOnlyList<ReadSentence> Sentences)
{
    public string Id => Member.Article.Id;

    public bool IsCopy => Member.DuplicateOf is not null;

    /// <param name="text">The article's text as synthesis reads it (<see cref="Prose"/>), made once for all of the article's readings.</param>
    /// <param name="reference">A day near publication for an undated article (its story's first dated report), which fixes the year of a day named with its weekday.</param>
    /// <param name="window">
    /// The days an undated article was published between (<see cref="WindowOf"/>, cut by its story's). Without a reference,
    /// a day it names with its weekday takes the one year that fits ("Friday (19/1)" after "met on 16 January 2024",
    /// received in 2026: only in 2024 is 19 January a Friday); a bare day or month is read when the whole window reads it
    /// alike.
    /// </param>
    public static ReadArticle Read(StoryArticle member, string text, DateOnly? reference = null, PublicationWindow? window = null)
    {
        var article = member.Article;
        var locale = LocaleOf(article);
        window = article.Published is null ? window : null;
        var dates = DateResolver.Find(text, article.Published, locale, reference, window).ToLookup(d => d.Sentence.Index);
        var prose = SentenceSplitter.Split(text).Where(s => !Chrome.IsChrome(s.Text) && !Chrome.IsAuthorNote(s.Text, text)).ToList();
        var mentions = MentionFinder.FindInArticle(prose, article.Language);
        var sentences = prose.Select((s, i) => new ReadSentence(article.Id, s, mentions[i], DatesOf(s, dates[s.Index]), article.Language) { Published = article.Published }).ToList();
        return new ReadArticle(member, sentences);
    }

    // An embedded post is dated by its signature alone: its own words ("on Tuesday") were written on the day it was
    // posted, not on the article's (see Chrome.PostDayAt).
    private static List<TemporalMention> DatesOf(Sentence sentence, IEnumerable<TemporalMention> found) =>
        Chrome.PostDayAt(sentence.Text) is var day and >= 0 ? found.Where(d => d.Start - sentence.Start >= day).ToList() : found.ToList();

    /// <summary>The days an undated article was published between, by its own dates and its arrival; null for a dated one.</summary>
    /// <param name="prose">The article's text as synthesis reads it (<see cref="Prose"/>).</param>
    /// <param name="within">A window from the article's story, which cuts the article's own where the two meet.</param>
    public static PublicationWindow? WindowOf(StoryArticle member, string prose, PublicationWindow? within = null) =>
        member.Article.Published is null
            ? PublicationWindow.Of(prose, DateOnly.FromDateTime(member.FirstSeen.UtcDateTime), LocaleOf(member.Article), within)
            : null;

    /// <summary>
    /// The article's text as synthesis reads it: with the character references a plain text left undecoded ("&amp;",
    /// "&#124;") decoded, and without the markers a flattened copy keeps inside its prose or the photo credit that opens
    /// its captions.
    /// </summary>
    public static string Prose(Article article) =>
        Chrome.WithoutLineCredits(Chrome.WithoutInsertedMarkers(WebUtility.HtmlDecode(article.Text ?? "")));

    // A bare "en" says nothing about day/month order; other languages' outlets write day first.
    private static string? LocaleOf(Article article) =>
        article.Language is null || article.Language.Equals("en", StringComparison.OrdinalIgnoreCase) ? null : article.Language;
}
