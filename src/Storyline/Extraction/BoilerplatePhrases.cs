using System.Text.RegularExpressions;

namespace Storyline.Extraction;

/// <summary>Short lines that are site chrome in any page: share prompts, ad labels, subscription and cookie notices.</summary>
internal static partial class BoilerplatePhrases
{
    /// <summary>True for a short line that reads as chrome rather than article text.</summary>
    public static bool IsBoilerplate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        if (text.Length == 0)
        {
            return true;
        }
        if (text.Length <= 60 && ShortChrome().IsMatch(text))
        {
            return true;
        }
        return (text.Length <= 300 && (Notice().IsMatch(text) || NamesSiteTerms(text))) || (text.Length <= 400 && (PageNotice().IsMatch(text) || Shortcode().IsMatch(text)))
            || (text.Length <= 200 && (LinkPrompt().IsMatch(text) || Stamp().IsMatch(text)));
    }

    /// <summary>True for a line of a text dump that is chrome: the HTML rules plus prompts that only links would reveal in a page.</summary>
    public static bool IsDumpBoilerplate(string line) =>
        IsBoilerplate(line) || (line.Length <= 400 && IsDumpNotice(line)) || (line.Length <= 800 && Disclaimer().IsMatch(line))
        || (line.Length <= 200 && ShoutedHeadline(line));

    // A prompt a page would have made a link or a button. In a line of prose, "sign up" and "subscribe" written in lower
    // case after a lower-case word, a figure or a comma are the story's own words ("you can sign up for a free trial",
    // "added 40,000 subscribers"); as a sentence's or a menu item's opening ("Subscribe to our newsletter", "• Subscribe •",
    // "No spam. Sign up"), or inside a word ("unsubscribe"), they are the site's.
    private static bool IsDumpNotice(string line) =>
        line.Length <= 120 ? DumpNotice().IsMatch(line) : AnyOutsideProse(DumpNotice(), line);

    /// <summary>
    /// True when the text holds a site's prompt to sign up or subscribe; the story's own "you can sign up for a free
    /// trial" or "added 40,000 subscribers" is none.
    /// </summary>
    public static bool HasSubscriptionPrompt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnyOutsideProse(SubscriptionWord(), text);
    }

    // Whether a match of the pattern is anything but the story's own "sign up" or "subscribe" (IsVerbInProse).
    private static bool AnyOutsideProse(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (!IsVerbInProse(text, match))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the text names a site's own privacy policy or terms, not a third party's ("violated its terms of service").</summary>
    public static bool NamesSiteTerms(string text) => SiteTerms().IsMatch(text);

    [GeneratedRegex(@"sign up|subscribe", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscriptionWord();

    private static bool IsVerbInProse(string line, Match match)
    {
        if (!match.Value.StartsWith("sign up", StringComparison.Ordinal) && !match.Value.StartsWith("subscribe", StringComparison.Ordinal))
        {
            return false;
        }
        if (match.Index > 0 && char.IsLetter(line[match.Index - 1]))
        {
            return false;
        }
        var before = line.AsSpan(0, match.Index).TrimEnd();
        if (before.Length == 0)
        {
            return false;
        }
        if (before[^1] == ',' || char.IsDigit(before[^1]))
        {
            // "for a month, subscribe ...", "added 40,000 subscribers"
            return true;
        }
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }
        return start < before.Length && char.IsLower(before[start]);
    }

    // A headline in capitals on a line of its own, six words or more, no sentence ending: a teaser for another story
    // ("SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'"). A page marks such teasers as links; a dump only by their
    // capitals, so a page's headings in capitals ("LOOK WHAT YOU MADE ME DO") are left to the page's own structure.
    private static bool ShoutedHeadline(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text[^1] is '.' or '!' or '?' || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6)
        {
            return false;
        }
        var letters = text.Count(char.IsLetter);
        return letters >= 15 && text.Count(char.IsUpper) >= 0.9 * letters;
    }

    /// <summary>A heading that follows an English article rather than interrupting it: comments, recommendations, most read, "More Great WIRED Stories".</summary>
    public static bool IsArticleEnd(string text) => text.Length <= 100 && (ArticleEnd().IsMatch(text.Trim()) || IsAuthorBox(text));

    /// <summary>The heading of a box about the author that closes a post: "About Jane Smith", "Über Moritz Bachmann".</summary>
    /// <remarks>A name of two or three words, so that "About Face" stays a heading of the article.</remarks>
    public static bool IsAuthorBox(string text) => text.Length <= 100 && AuthorBox().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:About|ABOUT|Über|ÜBER|À propos de|Sobre|Over)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$")]
    private static partial Regex AuthorBox();

    [GeneratedRegex(@"^(comments?|\d+ comments?|leave a (comment|reply)|join the (conversation|discussion)|post navigation|privacy overview|about the author|previous (post|article)|next (post|article)|you (may|might|will) (also )?(like|enjoy)|read these next|what to read next|recommended( for you| stories| articles)?|around the web|from the web|we recommend|you may have missed|more like this|people also read|recent posts|most (popular|read|viewed|shared)|more .{0,30}\bstories)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleEnd();

    /// <summary>A prompt and the headline it links to, which a dump keeps as text: "Related: The 15 Weirdest Galaxies", "SEE MORE: ...".</summary>
    [GeneratedRegex(@"^\W*(related( articles?| stories| content| reading)?|see more|read more|more|also read|read also|see also|recommended|don't miss|must read|watch|watch more|more on this|more news)\s*:\s*\S.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPrompt();

    /// <summary>A page's own timestamps on a line of their own: "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019".</summary>
    [GeneratedRegex(@"^\W*(published|updated|posted|last updated|first published)\s*(on\s*)?:?\s*[^.!?]{0,80}\d{4}[^.!?]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    /// <summary>Legal small print that sites append to every page: it reads like prose, so only its wording gives it away.</summary>
    [GeneratedRegex(@"(for (general )?informational purposes only|not (been )?evaluated by the food and drug|not intended to (diagnose|be a substitute)|^\W?(consult (your|a) (physician|doctor)|results (may )?vary)|does not constitute (financial |investment |legal |medical )?advice|not (be )?(construed|considered) as (financial |investment |legal |medical )?advice|intended for (a|an) [\w.]+ audience)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"(click here|(registered )?trademarks? of|for informational purposes only|read more|sign up|subscribe|download (the|our) app|follow us)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DumpNotice();

    /// <summary>A publishing system's markup left in the text: "[button link=...]Send us your review[/button]".</summary>
    [GeneratedRegex(@"^\[(\w+)\b[^\]]*\].*\[/\1\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    /// <summary>Notices that read like a sentence but only a site writes: newsletters, comment rules, social links, photo credits, affiliate disclosures.</summary>
    [GeneratedRegex(@"(your inbox|\bcommenters\b|^\W*follow\b.{0,80}\bon (facebook|twitter|instagram)\b|\bfollow (us|him|her|them|me) (on|at) (twitter|facebook|instagram)\b|^\W*subscribe to\b|©|\bcredit\.\.\.|\bif you (buy|purchase) (something|anything|a product)\b|\baffiliate (links?|commissions?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNotice();

    [GeneratedRegex(@"^(advertisement|advertising|adverts?|sponsored( content)?|ad|don't miss|must read|\d+\s*[-–]\s*\d+ of \d+|share( this( article| story)?)?( on \w+)?|share|tweet( about this)?( on twitter)?|pin( it)?( on pinterest)?|email( this)?( to (someone|a friend))?|print|comments?\s*\(?\d*\)?|read more|read next|more:?|related( articles| stories| content)?:?|recommended( for you)?|most (read|popular|viewed)|popular now|latest (news|stories)|you may also like|see also|also read|follow us( on \w+)?|sign up|sign in|log ?in|subscribe( now)?|skip to (main )?content|back to top|loading\.*|continue reading|click here|photo:?|image:?|getty images|reuters|ap photo|\(?ap\)?|afp|copyright.*|©.*|all rights reserved\.?|view comments|show comments|leave a comment|\d+\s*comments?|top stories|trending( now)?|what to read next|more from .{1,30}|watch:?|listen:?|video:?|[\d,.]+k?)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortChrome();

    // A site's privacy policy and terms; "violated its terms of service" and "Facebook's privacy policy" are news about
    // someone else's.
    [GeneratedRegex(@"(?<!\b(its|their|his|her|[\w.]+['’]s)\s+)(privacy policy|terms of (use|service))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteTerms();

    // A site's notices.
    [GeneratedRegex(@"(we use cookies|this (web)?site uses cookies|accept (all )?cookies|cookie policy|sign up for (our|the) .{0,40}newsletter|subscribe to (our|the) .{0,40}newsletter|get the .{0,40}newsletter|all rights reserved|automatically generated by (the )?ai|inaccuracies in (the )?translati|machine[- ]translat|this article was (automatically )?translated|to continue reading|already a subscriber|create a free account|enable javascript|requires javascript|ad blocker|©\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();
}
