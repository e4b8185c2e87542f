using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Storyline.Extraction;

/// <summary>One run of text between block boundaries of a page, with the element that holds it.</summary>
internal sealed record TextBlock(IElement Container, string Text, int LinkChars, BlockRole Role)
{
    /// <summary>Length weighted so that CJK text (no spaces, dense words) counts like Latin text of the same meaning.</summary>
    public int Weight { get; } = TextWeight.Of(Text);

    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1, (double)LinkChars / Text.Length);

    public bool EndsLikeSentence => Text.Length > 0 && ".!?…\"”’»:;)。！？」』".Contains(Text[^1], StringComparison.Ordinal);

    /// <summary>Whether a horizontal rule (&lt;hr&gt;) stands between this block and the text before it.</summary>
    public bool AfterRule { get; init; }
}

/// <summary>What kind of block a text run sits in.</summary>
internal enum BlockRole
{
    Paragraph,
    Heading,
    Title,
    ListItem,
    Quote,
    Cell,
}

/// <summary>
/// Finds the article body of a parsed page: drops chrome by tag, visibility and class/id hints, scores text blocks by
/// length, sentence shape and link density, and keeps the subtree with the highest net score (article text minus the
/// link lists and fragments it would drag in).
/// </summary>
/// <remarks>Reads the DOM without changing it. Work is bounded by <see cref="MaxBlocks"/> and <see cref="MaxDepth"/>.</remarks>
internal static partial class HtmlBodyFinder
{
    public const int MaxBlocks = 20_000;
    public const int MaxDepth = 200;

    // Elements whose content is never article text. The first are inline (or not rendered at all); the second are
    // blocks on a rendered page, so, like a dropped block, one ends the text before it.
    private static readonly HashSet<string> SkippedInlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "button", "select", "option", "textarea", "input", "head", "title", "meta", "link", "picture", "img", "source",
        "map", "label",
    };

    private static readonly HashSet<string> SkippedBlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "figure", "figcaption", "dialog", "menu",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "header", "address", "center", "details",
        "summary", "fieldset", "form", "hr", "caption", "body", "html", "hgroup",
    };

    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> is true for.</summary>
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private enum TagKind
    {
        Inline,
        Skipped,
        SkippedBlock,
        Block,
        LineBreak,
    }

    // The parser writes HTML tag names in lower case, so an ordinal lookup finds them; other spellings take the slow path.
    private static readonly FrozenDictionary<string, TagKind> TagKinds = SkippedInlineTags.Select(t => KeyValuePair.Create(t, TagKind.Skipped))
        .Concat(SkippedBlockTags.Select(t => KeyValuePair.Create(t, TagKind.SkippedBlock)))
        .Concat(BlockTags.Select(t => KeyValuePair.Create(t, TagKind.Block)))
        .Append(KeyValuePair.Create("br", TagKind.LineBreak))
        .ToFrozenDictionary(StringComparer.Ordinal);

    private static TagKind KindOf(string tag)
    {
        if (TagKinds.TryGetValue(tag, out var kind))
        {
            return kind;
        }
        if (!tag.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return TagKind.Inline;
        }
        return SkippedInlineTags.Contains(tag) ? TagKind.Skipped
            : SkippedBlockTags.Contains(tag) ? TagKind.SkippedBlock
            : BlockTags.Contains(tag) ? TagKind.Block
            : TagKind.Inline;
    }

    /// <summary>The body: kept blocks in document order, and a path naming the chosen content element.</summary>
    /// <param name="page">The parsed page.</param>
    /// <param name="title">The page's headline, when known: on a page of several posts it picks the article.</param>
    /// <param name="namesPublisher">Whether a name is the publisher's own (the site's): a short text under a closing rule
    /// that opens with it is the publisher's boilerplate.</param>
    public static (IReadOnlyList<TextBlock> Blocks, string Evidence) Find(IDocument page, string? title = null, Func<string, bool>? namesPublisher = null)
    {
        var root = page.Body ?? page.DocumentElement;
        if (root is null)
        {
            return ([], "no body");
        }
        var prose = ProseMap(root);
        var blocks = Collect(root, prose);
        if (blocks.Count == 0)
        {
            return ([], "no text");
        }

        var teasers = Teasers(blocks, prose);
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        foreach (var block in blocks)
        {
            var value = teasers.Contains(block) ? -block.Weight : Value(block);
            for (var e = block.Container; e is not null; e = e.ParentElement)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(scores, e, out _) += value;
            }
        }
        IElement? best = null;
        var bestScore = double.MinValue;
        foreach (var (element, score) in scores)
        {
            if (score > bestScore || (score == bestScore && best is not null && best.Contains(element)))
            {
                best = element;
                bestScore = score;
            }
        }
        if (best is null || bestScore <= 0)
        {
            return ([], "no content block");
        }
        best = TitledArticle(best, title, prose) ?? best;
        var inside = UntilArticleEnd(blocks.Where(b => best.Contains(b.Container)));
        var kept = inside.Where(b => !teasers.Contains(b) && Keep(b)).ToList();
        return (BeforeBoilerplate(Trim(kept), namesPublisher), PathOf(best));
    }

    /// <summary>
    /// The blocks before a closing rule under which the publisher describes itself ("Ascom is a global solutions provider
    /// ...", "About Ascom"), as press releases end: that text is the same under every release, not the article's. A rule
    /// between the article's sections has more of the article after it, which stays.
    /// </summary>
    private static List<TextBlock> BeforeBoilerplate(List<TextBlock> blocks, Func<string, bool>? namesPublisher)
    {
        var rule = blocks.FindLastIndex(b => b.AfterRule);
        if (namesPublisher is null || rule <= 0 || blocks.Count - rule > 4)
        {
            return blocks;
        }
        var before = blocks.Take(rule).Sum(b => b.Text.Length);
        var after = blocks.Skip(rule).Sum(b => b.Text.Length);
        return after < before && SelfDescription().Match(blocks[rule].Text) is { Success: true } opening && namesPublisher(opening.Groups["name"].Value)
            ? blocks.GetRange(0, rule)
            : blocks;
    }

    // "About Ascom" as a heading, or "Ascom is ...", "Ascom, founded in 1955, is ...": a body that opens by naming itself.
    [GeneratedRegex(@"^(?:About (?:the )?(?<name>[^.!?]{2,60})$|(?<name>\p{Lu}[\p{L}\p{N}&.\-]*(?: \p{Lu}[\p{L}\p{N}&.\-]*){0,3})(?:, [^.]{1,80},)? (?:is|are) )")]
    private static partial Regex SelfDescription();

    /// <summary>
    /// The blocks up to a heading that closes the article ("More Great WIRED Stories", "You may also like",
    /// "Comments") once some of its prose has come: what follows such a heading inside the article's element is the
    /// site's, not the author's.
    /// </summary>
    private static List<TextBlock> UntilArticleEnd(IEnumerable<TextBlock> blocks)
    {
        var until = new List<TextBlock>();
        var prose = 0;
        foreach (var block in blocks)
        {
            if (prose >= 400 && BoilerplatePhrases.IsArticleEnd(block.Text))
            {
                break;
            }
            until.Add(block);
            prose += block.Role is BlockRole.Heading or BlockRole.Title ? 0 : block.Text.Length;
        }
        return until;
    }

    /// <summary>
    /// On a page of several posts (a blog's front page, a feed of articles), the one whose heading is the page title.
    /// </summary>
    private static IElement? TitledArticle(IElement best, string? title, Dictionary<IElement, int> prose)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length < 8)
        {
            return null;
        }
        var posts = best.QuerySelectorAll("article").Where(a => prose.GetValueOrDefault(a) >= 200).ToList();
        posts.RemoveAll(a => posts.Any(other => other != a && other.Contains(a)));
        if (posts.Count < 2)
        {
            return null;
        }
        var key = Squash(title);
        var matches = posts.Where(a => a.QuerySelectorAll("h1, h2, h3").Any(h => Squash(h.TextContent) is { Length: > 0 } heading
            && (heading == key || (heading.Length >= 8 && key.Contains(heading, StringComparison.Ordinal))))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The length of an element's text content, counted without building it and no further than <paramref name="enough"/>.</summary>
    /// <remarks>Iterative: a card's subtree is not bounded in depth.</remarks>
    private static int TextLength(IElement element, int enough)
    {
        var length = 0;
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.Count > 0 && length < enough)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                // Trimmed: indentation between tags is no text of the card's (and the slimmer drops much of it).
                length += text.Data.AsSpan().Trim().Length;
                continue;
            }
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
        return length;
    }

    private static string Squash(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>
    /// Blocks of teaser cards: a small element whose heading is a link (to another article) plus an excerpt.
    /// Their excerpts read like prose, so only the linked heading gives them away.
    /// </summary>
    private static HashSet<TextBlock> Teasers(List<TextBlock> blocks, Dictionary<IElement, int> prose)
    {
        var cards = new HashSet<IElement>();
        foreach (var block in blocks)
        {
            if (block.Role is BlockRole.Heading or BlockRole.Title && block.LinkDensity > 0.7)
            {
                // The card is the nearest ancestor holding more than the heading, as long as it stays small.
                for (var e = block.Container.ParentElement; e is not null; e = e.ParentElement)
                {
                    if (prose.GetValueOrDefault(e) > 700)
                    {
                        break;
                    }
                    if (TextLength(e, block.Text.Length + 21) > block.Text.Length + 20)
                    {
                        cards.Add(e);
                        break;
                    }
                }
            }
        }
        var teasers = new HashSet<TextBlock>();
        if (cards.Count == 0)
        {
            return teasers;
        }
        foreach (var block in blocks)
        {
            var depth = 0;
            for (var e = block.Container; e is not null && depth < 8; e = e.ParentElement, depth++)
            {
                if (cards.Contains(e))
                {
                    teasers.Add(block);
                    break;
                }
            }
        }
        return teasers;
    }

    /// <summary>A block's contribution to its ancestors: prose counts for, links and fragments against.</summary>
    private static double Value(TextBlock block)
    {
        if (block.Role is BlockRole.Title)
        {
            return 0;
        }
        var weight = block.Weight;
        if (block.LinkDensity > 0.5)
        {
            return -weight;
        }
        if (block.Role is BlockRole.Heading)
        {
            return 0;
        }
        if (weight >= 100 || (weight >= 40 && block.EndsLikeSentence))
        {
            return weight * (1 - block.LinkDensity);
        }
        return -0.2 * weight;
    }

    private static bool Keep(TextBlock block)
    {
        if (block.Role is BlockRole.Title)
        {
            return false;
        }
        // A line that is all link goes, unless it is a web address written out: the author put it in the text for
        // the reader to see ("http://amzn.to/…" under each item of a list of offers).
        if (block.LinkDensity > 0.5 && !WrittenOutAddress().IsMatch(block.Text))
        {
            return false;
        }
        return !BoilerplatePhrases.IsBoilerplate(block.Text);
    }

    /// <summary>Drops leading and trailing fragments (dates, bylines, share prompts, orphan headings) around the prose.</summary>
    private static List<TextBlock> Trim(List<TextBlock> blocks)
    {
        static bool IsProse(TextBlock b) => b.Role is not (BlockRole.Heading or BlockRole.Title) && (b.Weight >= 100 || (b.Weight >= 40 && b.EndsLikeSentence));
        var first = blocks.FindIndex(IsProse);
        if (first < 0)
        {
            return blocks;
        }
        var last = blocks.FindLastIndex(IsProse);
        // A numbered list runs on past its last line that reads as prose ("14) MTV Unplugged ... (Vinile)", then
        // "15) Thriller (Vinile)"): its items that keep the count going are the article's, and what lies between them.
        var number = 0;
        for (var i = last; i >= first && number == 0; i--)
        {
            number = ItemNumber(blocks[i].Text);
        }
        for (var i = last + 1; number > 0 && i < blocks.Count && i - last <= 3; i++)
        {
            if (ItemNumber(blocks[i].Text) == number + 1)
            {
                number++;
                last = i;
            }
        }
        return blocks.GetRange(first, last - first + 1);
    }

    // The number a list item opens with ("15) ...", "15. ..."), or 0.
    private static int ItemNumber(string text) =>
        ListItemNumber().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(\d{1,3})[.)]\s")]
    private static partial Regex ListItemNumber();

    /// <summary>
    /// Characters of sentence-length text under each element. A chrome hint on an element that holds much of the
    /// page's prose is a wrapper's misleading name ("widget Blog", "advert-pusher"), not chrome.
    /// </summary>
    /// <remarks>
    /// Summed bottom-up in one walk, each element once: adding each text to all its ancestors costs the depth of the
    /// tree per text. Children are read by index, since AngleSharp finds a node's next sibling by searching its parent's
    /// children.
    /// </remarks>
    private static Dictionary<IElement, int> ProseMap(IElement root)
    {
        var map = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        if (root.LocalName is "script" or "style" or "noscript" or "template" or "svg")
        {
            return map;
        }
        var budget = 500_000;
        var total = ProseUnder(root, 0, map, ref budget);
        if (total > 0)
        {
            for (var e = root.ParentElement; e is not null; e = e.ParentElement)
            {
                map[e] = total;
            }
        }
        return map;
    }

    private static int ProseUnder(IElement element, int depth, Dictionary<IElement, int> map, ref int budget)
    {
        var sum = 0;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length && budget-- > 0; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                var length = text.Data.AsSpan().Trim().Length;
                if (length >= 50)
                {
                    sum += length;
                }
            }
            else if (child is IElement inner && depth < MaxDepth && inner.LocalName is not ("script" or "style" or "noscript" or "template" or "svg"))
            {
                sum += ProseUnder(inner, depth + 1, map, ref budget);
            }
        }
        if (sum > 0)
        {
            map[element] = sum;
        }
        return sum;
    }

    /// <summary>
    /// True when an element is hidden or chrome. Its attributes are read in one pass: after slimming most elements have
    /// none or one, and looking each of seven names up would search the list seven times.
    /// </summary>
    private static bool IsDropped(IElement element, Dictionary<IElement, int> prose, int totalProse, Dictionary<(string, string, bool), ClassHints.HintVerdict> verdicts)
    {
        string? className = null, id = null, role = null, itemprop = null, style = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (attribute is null)
            {
                continue;
            }
            switch (attribute.Name)
            {
                case "hidden":
                    return true;
                case "aria-hidden" when string.Equals(attribute.Value, "true", StringComparison.OrdinalIgnoreCase):
                    return true;
                case "class": className ??= attribute.Value; break;
                case "id": id ??= attribute.Value; break;
                case "role": role ??= attribute.Value; break;
                case "itemprop": itemprop ??= attribute.Value; break;
                case "style": style ??= attribute.Value; break;
                default: break;
            }
        }
        if (style is not null && IsHiddenStyle(style))
        {
            return true;
        }
        if (!ClassHints.IsChrome(element, className, id, role, itemprop, verdicts))
        {
            return false;
        }
        var held = prose.GetValueOrDefault(element);
        return held < 400 || held < 0.4 * totalProse;
    }

    private static List<TextBlock> Collect(IElement root, Dictionary<IElement, int> prose)
    {
        var totalProse = prose.GetValueOrDefault(root);
        var verdicts = new Dictionary<(string, string, bool), ClassHints.HintVerdict>();
        var blocks = new List<TextBlock>();
        var text = new StringBuilder();
        var linkChars = 0;
        var pendingSpace = false;
        var ruled = false;

        void Flush(IElement container, BlockRole role)
        {
            if (text.Length > 0 && blocks.Count < MaxBlocks)
            {
                blocks.Add(new TextBlock(container, text.ToString(), linkChars, role) { AfterRule = ruled });
                ruled = false;
            }
            text.Clear();
            linkChars = 0;
            pendingSpace = false;
        }

        // Whitespace runs collapse to one space. Text between them is copied in chunks that run on over single
        // spaces, since most of a paragraph needs no change.
        void Append(string value, bool inLink)
        {
            var span = value.AsSpan();
            var i = 0;
            while (i < span.Length)
            {
                if (char.IsWhiteSpace(span[i]))
                {
                    pendingSpace = text.Length > 0;
                    i++;
                    continue;
                }
                var end = i;
                var spaces = 0;
                while (true)
                {
                    var next = span[end..].IndexOfAny(Whitespace);
                    if (next < 0)
                    {
                        end = span.Length;
                        break;
                    }
                    end += next;
                    if (span[end] == ' ' && end + 1 < span.Length && !char.IsWhiteSpace(span[end + 1]))
                    {
                        end++;
                        spaces++;
                        continue;
                    }
                    break;
                }
                if (pendingSpace)
                {
                    text.Append(' ');
                    pendingSpace = false;
                }
                text.Append(span[i..end]);
                if (inLink)
                {
                    linkChars += end - i - spaces;
                }
                i = end;
            }
        }

        void Walk(INode node, IElement container, BlockRole role, bool inLink, int depth)
        {
            if (depth > MaxDepth || blocks.Count >= MaxBlocks)
            {
                return;
            }
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText textNode)
                {
                    Append(textNode.Data, inLink);
                    continue;
                }
                if (child is not IElement element)
                {
                    continue;
                }
                var tag = element.LocalName;
                var kind = KindOf(tag);
                if (kind is TagKind.Skipped or TagKind.SkippedBlock || IsDropped(element, prose, totalProse, verdicts))
                {
                    // A block left out still parts the texts around it, whether or not blank text sits beside it
                    // (the slimmer drops blank text next to blocks).
                    if (kind is TagKind.Block or TagKind.SkippedBlock)
                    {
                        pendingSpace = text.Length > 0;
                    }
                    continue;
                }
                if (kind is TagKind.LineBreak)
                {
                    Flush(container, role);
                    continue;
                }
                if (kind is TagKind.Inline)
                {
                    Walk(element, container, role, inLink || tag == "a", depth + 1);
                    continue;
                }
                Flush(container, role);
                ruled |= tag == "hr";
                var childRole = tag switch
                {
                    "h1" => BlockRole.Title,
                    "h2" or "h3" or "h4" or "h5" or "h6" => BlockRole.Heading,
                    "li" or "dt" or "dd" => role is BlockRole.Title or BlockRole.Heading ? role : BlockRole.ListItem,
                    "blockquote" => BlockRole.Quote,
                    "td" or "th" => BlockRole.Cell,
                    _ => role,
                };
                Walk(element, element, childRole, inLink, depth + 1);
                Flush(element, childRole);
            }
        }

        Walk(root, root, BlockRole.Paragraph, false, 0);
        Flush(root, BlockRole.Paragraph);
        return blocks;
    }

    /// <summary>Elements dropped as chrome or hidden that hold much text; for studying misses in the bench.</summary>
    internal static IEnumerable<string> DroppedElements(IDocument page, int minChars)
    {
        foreach (var element in page.Body?.QuerySelectorAll("*") ?? Enumerable.Empty<IElement>())
        {
            var why = KindOf(element.LocalName) is TagKind.Skipped or TagKind.SkippedBlock ? "tag" : IsHidden(element) ? "hidden" : ClassHints.IsChrome(element) ? "class" : null;
            if (why is not null && element.TextContent.Length >= minChars)
            {
                yield return $"{why}: {PathOf(element)} ({element.TextContent.Length} chars)";
            }
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && IsHiddenStyle(style));

    private static bool IsHiddenStyle(string style) =>
        style.Replace(" ", "", StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase)
        || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);

    private static string PathOf(IElement element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null && parts.Count < 8; e = e.ParentElement)
        {
            var part = e.LocalName;
            if (!string.IsNullOrEmpty(e.Id))
            {
                part += "#" + e.Id;
            }
            else if (!string.IsNullOrWhiteSpace(e.ClassName))
            {
                part += "." + e.ClassName.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            }
            parts.Add(part);
        }
        parts.Reverse();
        return string.Join(" > ", parts);
    }

    [GeneratedRegex(@"^https?://[^\s/]+\.[^\s/]+/\S+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenOutAddress();
}
