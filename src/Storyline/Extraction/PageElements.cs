using AngleSharp.Dom;

namespace Storyline.Extraction;

/// <summary>The elements of a page that its metadata is read from, gathered in one walk over the tree.</summary>
/// <remarks>
/// Each list or element is what the CSS selector named beside it would find with AngleSharp: in document order, with
/// the values of <c>type</c> and <c>rel</c> compared ignoring case as HTML asks, others and class names exactly, and
/// tokens split on HTML whitespace. Asking AngleSharp with each selector walks the whole tree once per selector, and a
/// class selector makes every element build its class list.
/// </remarks>
internal sealed class PageElements
{
    private const int MaxLinkedData = 20;
    private const int MaxBylines = 10;
    private const int MaxDated = 10;

    /// <summary>Each meta tag's content by its property, name, itemprop or http-equiv (case-insensitive); the first tag with content wins.</summary>
    public Dictionary<string, string> Metas { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>script[type='application/ld+json']</c>, the first 20.</summary>
    public List<IElement> LinkedData { get; } = [];

    /// <summary><c>[rel='author'], [itemprop='author'], .byline, .author, .author-name, [class*='byline']</c>, the first 10.</summary>
    public List<IElement> Bylines { get; } = [];

    /// <summary>
    /// <c>time, [class*='date'], [class*='Date']</c>, the first 10: where a page shows a date to its readers; each with
    /// whether it comes after <see cref="FirstHeading"/> (a date under the headline is the article's, one above it is
    /// more often a list of other articles').
    /// </summary>
    public List<(IElement Element, bool AfterHeading)> Dated { get; } = [];

    /// <summary><c>link[rel~='canonical']</c>.</summary>
    public IElement? Canonical { get; private set; }

    /// <summary><c>[itemprop~='datePublished']</c> (one of several properties, as in <c>itemprop="datePublished dateCreated"</c>).</summary>
    public IElement? DatePublished { get; private set; }

    /// <summary><c>time[datetime]</c>.</summary>
    public IElement? Time { get; private set; }

    /// <summary>The first <c>h1</c> that is not the site's logo or name (see <see cref="IsMasthead"/>).</summary>
    public IElement? FirstHeading { get; private set; }

    public static PageElements Find(IDocument page)
    {
        var found = new PageElements();
        if (page.DocumentElement is not { } root)
        {
            return found;
        }
        // Children are read by index and pushed in reverse, so elements come off the stack in document order;
        // AngleSharp's NextSibling searches the parent's children.
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            found.Look(element);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    stack.Push(child);
                }
            }
        }
        return found;
    }

    private void Look(IElement element)
    {
        string? rel = null, itemprop = null, className = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            switch (attributes[i]?.Name)
            {
                case "rel": rel ??= attributes[i]!.Value; break;
                case "itemprop": itemprop ??= attributes[i]!.Value; break;
                case "class": className ??= attributes[i]!.Value; break;
                default: break;
            }
        }
        switch (element.LocalName)
        {
            case "meta":
                var name = element.GetAttribute("property") ?? element.GetAttribute("name") ?? itemprop ?? element.GetAttribute("http-equiv");
                var content = element.GetAttribute("content");
                if (name is not null && !string.IsNullOrWhiteSpace(content))
                {
                    Metas.TryAdd(name.Trim(), content);
                }
                break;
            case "script" when LinkedData.Count < MaxLinkedData && string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                LinkedData.Add(element);
                break;
            case "link" when Canonical is null && rel is not null && HasToken(rel, "canonical", StringComparison.OrdinalIgnoreCase):
                Canonical = element;
                break;
            case "time" when Time is null && element.HasAttribute("datetime"):
                Time = element;
                break;
            case "h1" when FirstHeading is null && !IsMasthead(element):
                FirstHeading = element;
                break;
            default:
                break;
        }
        if (DatePublished is null && itemprop is not null && HasToken(itemprop, "datePublished", StringComparison.Ordinal))
        {
            DatePublished = element;
        }
        if (Dated.Count < MaxDated && (element.LocalName == "time"
            || (className is not null && (className.Contains("date", StringComparison.Ordinal) || className.Contains("Date", StringComparison.Ordinal)))))
        {
            Dated.Add((element, FirstHeading is not null));
        }
        if (Bylines.Count < MaxBylines && (string.Equals(rel, "author", StringComparison.OrdinalIgnoreCase) || itemprop == "author"
            || (className is not null && (className.Contains("byline", StringComparison.Ordinal) || HasToken(className, "author", StringComparison.Ordinal) || HasToken(className, "author-name", StringComparison.Ordinal)))))
        {
            Bylines.Add(element);
        }
    }

    /// <summary>
    /// Whether an h1 holds the site's name rather than a headline: it is marked as the logo, the site title or the
    /// branding, or it is a link (or inside one) in the page header outside any article (<c>&lt;div id="header"&gt;&lt;a
    /// href="/"&gt;&lt;h1&gt;</c>). Pages without Open Graph titles fall back to their h1, and every article of such a
    /// site would otherwise be titled with the site's name. Links' addresses are not read (the slimmer drops them).
    /// </summary>
    internal static bool IsMasthead(IElement heading)
    {
        if (MarksMasthead(heading.Id) || MarksMasthead(heading.ClassName))
        {
            return true;
        }
        var linked = heading.GetElementsByTagName("a") is { Length: 1 } links && links[0].TextContent.Trim() == heading.TextContent.Trim();
        var inHeader = false;
        for (var up = heading.ParentElement; up is not null && up.LocalName != "body"; up = up.ParentElement)
        {
            switch (up.LocalName)
            {
                case "article" or "main":
                    return false;
                case "a":
                    linked = true;
                    break;
                case "header":
                    inHeader = true;
                    break;
                default:
                    inHeader |= string.Equals(up.GetAttribute("role"), "banner", StringComparison.OrdinalIgnoreCase)
                        || up.Id is { } id && (id.Equals("header", StringComparison.OrdinalIgnoreCase) || MarksMasthead(id));
                    break;
            }
        }
        return linked && inHeader;
    }

    private static bool MarksMasthead(string? idOrClass) =>
        idOrClass is not null && (idOrClass.Contains("logo", StringComparison.OrdinalIgnoreCase) || idOrClass.Contains("site-title", StringComparison.OrdinalIgnoreCase)
            || idOrClass.Contains("site-name", StringComparison.OrdinalIgnoreCase) || idOrClass.Contains("sitename", StringComparison.OrdinalIgnoreCase)
            || idOrClass.Contains("masthead", StringComparison.OrdinalIgnoreCase) || idOrClass.Contains("branding", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="token"/> is one of the whitespace-separated tokens of <paramref name="value"/>.</summary>
    internal static bool HasToken(string value, string token, StringComparison comparison)
    {
        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var start = rest.IndexOfAnyExcept(HtmlWhitespace);
            if (start < 0)
            {
                return false;
            }
            rest = rest[start..];
            var end = rest.IndexOfAny(HtmlWhitespace);
            var word = end < 0 ? rest : rest[..end];
            if (word.Equals(token, comparison))
            {
                return true;
            }
            rest = end < 0 ? [] : rest[end..];
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> HtmlWhitespace = System.Buffers.SearchValues.Create(" \t\n\f\r");
}
