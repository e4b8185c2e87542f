using AngleSharp.Dom;

namespace Storyline.Extraction;

/// <summary>Reads what a page's class names, ids and roles say about an element: article content or site chrome.</summary>
internal static class ClassHints
{
    // Word starts that mark chrome whatever else the class says ("article-comments" is still comments).
    private static readonly string[] StrongChromePrefixes =
    [
        "comment", "related", "share", "sharing", "social", "newsletter", "subscri", "cookie", "consent", "promo", "outbrain",
        "taboola", "recirc", "breadcrumb", "disqus", "signup", "paywall", "advert", "sponsor", "recommend", "trending",
        "popular", "mostread", "gdpr", "teaser", "onward", "follow",
    ];

    private static readonly string[] StrongChromePhrases =
    [
        "most-read", "most_read", "more-stories", "more_stories", "read-more", "readmore", "also-read", "see-also", "sign-up",
        "more-from", "more-on", "you-may", "further-reading", "next-article", "author-bio", "about-author", "image-credit",
        "photo-credit", "more-news", "more-posts", "morenews", "moreposts", "excerpt", "archive-view", "card-list", "post-list", "news-list",
    ];

    // Whole words that mark chrome unless the element also says it is content.
    private static readonly HashSet<string> WeakChromeWords = new(StringComparer.Ordinal)
    {
        "nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "sidebar", "aside", "widget", "banner", "ad",
        "ads", "adv", "tags", "tag", "toolbar", "popup", "modal", "overlay", "skip", "print", "hidden", "hide", "byline",
        "dateline", "rating", "pagination", "pager", "topics", "caption", "credit", "credits", "meta", "timestamp",
        "author", "subnav", "dropdown", "login", "search", "copyright", "disclaimer", "tools", "utility", "alert",
    };

    private static readonly string[] ContentWords = ["article", "content", "story", "body", "entry", "main", "post", "text", "prose"];

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "search", "menu", "menubar", "dialog", "alert", "toolbar",
    };

    /// <summary>True when the element is site chrome and should be dropped with its subtree.</summary>
    public static bool IsChrome(IElement element) => IsChrome(element, null);

    /// <summary>
    /// True when the element is site chrome; <paramref name="verdicts"/> remembers what each class and id combination
    /// says, since a page repeats a few of them hundreds of times.
    /// </summary>
    internal static bool IsChrome(IElement element, Dictionary<(string Class, string Id, bool Header), HintVerdict>? verdicts) =>
        IsChrome(element, element.ClassName, element.Id, element.GetAttribute("role"), element.GetAttribute("itemprop"), verdicts);

    /// <summary>True when the element is site chrome, given the attributes the caller has already read from it.</summary>
    internal static bool IsChrome(IElement element, string? className, string? id, string? role, string? itemprop, Dictionary<(string Class, string Id, bool Header), HintVerdict>? verdicts)
    {
        var tag = element.LocalName;
        if (tag is "body" or "html" or "main" or "p")
        {
            return false;
        }
        if (role is not null && ChromeRoles.Contains(role))
        {
            return true;
        }
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var key = (className ?? "", id ?? "", tag == "header");
        if (key.Item1.Length == 0 && key.Item2.Length == 0)
        {
            return key.Item3;
        }
        if (verdicts is null || !verdicts.TryGetValue(key, out var verdict))
        {
            verdict = Judge(key.Item1, key.Item2, key.Item3);
            verdicts?.Add(key, verdict);
        }
        return verdict.Chrome || (verdict.HoverWord && IsHoverCard(element));
    }

    /// <summary>What an element's class and id say, apart from the hover-card test that needs the element's surroundings.</summary>
    internal readonly record struct HintVerdict(bool Chrome, bool HoverWord);

    private static HintVerdict Judge(string className, string id, bool header)
    {
        var hint = $"{className} {id}".ToLowerInvariant();
        var words = hint.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var hoverWord = IsHoverWord(words);
        foreach (var word in words)
        {
            foreach (var prefix in StrongChromePrefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && !word.StartsWith("commentary", StringComparison.Ordinal))
                {
                    return new HintVerdict(true, hoverWord);
                }
            }
        }
        foreach (var phrase in StrongChromePhrases)
        {
            if (hint.Contains(phrase, StringComparison.Ordinal))
            {
                return new HintVerdict(true, hoverWord);
            }
        }
        var weak = header || words.Any(WeakChromeWords.Contains);
        var chrome = weak && !words.Any(w => ContentWords.Any(c => w.Contains(c, StringComparison.Ordinal)));
        return new HintVerdict(chrome, hoverWord);
    }

    /// <summary>
    /// A tooltip or hover card: text a reader sees only on hover (a person's recent headlines, a share label), often
    /// nested inside a paragraph. The trigger is visible (a link, or a wrapper that opens with its link); what pops up
    /// is nested in the trigger, or stands alone without a link of its own.
    /// </summary>
    private static bool IsHoverCard(IElement element)
    {
        if (element.LocalName == "a")
        {
            return false;
        }
        var depth = 0;
        for (var e = element.ParentElement; e is not null && depth < 4; e = e.ParentElement, depth++)
        {
            if (IsHoverWord($"{e.ClassName} {e.Id}".ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
            {
                return true;
            }
        }
        return element.FirstElementChild?.LocalName != "a";
    }

    private static bool IsHoverWord(string[] words) => words.Any(w => HoverPrefixes.Any(p => w.StartsWith(p, StringComparison.Ordinal)));

    private static readonly string[] HoverPrefixes = ["tooltip", "popover", "hovercard", "rollover"];

    private static readonly char[] Separators = [' ', '-', '_', '\t', '\n', ':', '.', '/'];
}
