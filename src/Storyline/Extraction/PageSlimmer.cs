using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Storyline.Extraction;

/// <summary>
/// Drops what can never be article text from a page before it is parsed: script and style bodies, inline SVG and
/// MathML, iframe fallbacks and comments.
/// </summary>
/// <remarks>
/// On news pages these make up more than half of the markup; AngleSharp would tokenise all of it and build it into
/// the tree only for the extractor to skip it. The pass follows the HTML tokenizer's rules wherever they decide where
/// such a part ends (script escapes, raw text and RCDATA elements, quoted attributes, CDATA and breakout tags in foreign
/// content) and keeps every tag, so the tree keeps its shape and only loses inert text, inner markup and the
/// attributes nothing reads (<see cref="ReadAttributes"/>). JSON-LD scripts stay for the metadata reader. When it cannot be sure where a part ends (HTML inside inline SVG, CDATA in an
/// unclosed foreign element) it returns the page unchanged. Linear time, stateless, thread-safe.
/// </remarks>
internal static partial class PageSlimmer
{
    // Start tags that close an open <svg> or <math> when met inside it ("font" only with some attributes; any is doubt here).
    private static readonly HashSet<string> ForeignBreakouts = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby",
        "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    // Elements of SVG and MathML whose content is parsed as HTML again.
    private static readonly HashSet<string> IntegrationPoints = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreignObject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    };

    // Deeper nesting inside one SVG than this is not drawing markup; the page is left to the parser.
    private const int MaxForeignDepth = 256;

    private static readonly SearchValues<char> LessOrGreater = SearchValues.Create("<>");

    private static readonly SearchValues<char> HtmlSpaces = SearchValues.Create(" \n\t\f\r");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakoutNames = ForeignBreakouts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IntegrationNames = IntegrationPoints.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The attributes the extractor, the metadata reader or the tree builder read; others are dropped from HTML start
    /// tags, and <c>href</c> is kept only on <c>&lt;link&gt;</c> and <c>&lt;base&gt;</c>. Code that starts reading
    /// another attribute must add it here.
    /// </summary>
    internal static readonly FrozenSet<string> ReadAttributes = new[]
    {
        "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "property", "name", "http-equiv", "content",
        "lang", "rel", "datetime", "type", "charset", "color", "face", "size", "encoding",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeNames = ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page without its inert parts, or the page itself when there is nothing to drop or a doubt.</summary>
    public static string Slim(string html, Slimming rules = Slimming.All)
    {
        TrySlim(html, out var slimmed, rules);
        return slimmed;
    }

    /// <summary>The page without its inert parts, as a new string; the whole page when there is a doubt.</summary>
    public static string Slim(ReadOnlySpan<char> html, Slimming rules = Slimming.All)
    {
        var cuts = new List<(int Start, int End)>();
        return Scan(html, cuts, rules) ? Join(html, cuts) : new string(html);
    }

    /// <summary>
    /// Drops the inert parts of a page held in a buffer of the caller's, moving what stays to the front: the length
    /// kept, which is the whole page's when there is a doubt. Spares the new string <see cref="Slim(ReadOnlySpan{char}, Slimming)"/> makes.
    /// </summary>
    public static int SlimInPlace(Span<char> html, Slimming rules = Slimming.All)
    {
        var cuts = new List<(int Start, int End)>();
        if (!Scan(html, cuts, rules))
        {
            return html.Length;
        }
        var kept = 0;
        var from = 0;
        foreach (var (start, end) in cuts)
        {
            // Overlapping copies are safe: what stays only ever moves towards the front.
            html[from..start].CopyTo(html[kept..]);
            kept += start - from;
            from = end;
        }
        html[from..].CopyTo(html[kept..]);
        return kept + html.Length - from;
    }

    /// <summary>False when the pass gave up on the page (then <paramref name="slimmed"/> is the page unchanged).</summary>
    public static bool TrySlim(string html, out string slimmed, Slimming rules = Slimming.All)
    {
        ArgumentNullException.ThrowIfNull(html);
        var cuts = new List<(int Start, int End)>();
        var sure = Scan(html, cuts, rules);
        slimmed = sure && cuts.Count > 0 ? Join(html, cuts) : html;
        return sure;
    }

    private static bool Scan(ReadOnlySpan<char> html, List<(int Start, int End)> cuts, Slimming rules)
    {
        var removeNodes = rules.HasFlag(Slimming.InertNodes);
        var cutChrome = rules.HasFlag(Slimming.Chrome);
        var dropBlanks = rules.HasFlag(Slimming.Whitespace);
        var n = html.Length;
        var i = 0;
        // Inside a select, raw text elements other than scripts are not raw text (AngleSharp reads select content
        // in ways of its own). "</select>" is trusted to leave a select that held only options; after anything else
        // the pass stays cautious for the rest of the page, which costs no more than a plain parse.
        var select = SelectState.Outside;
        // Open elements of the names in TrackedNames, by count of start and end tags (see ChromeSubtree).
        // An array, not stackalloc: the JIT cannot move a method with stackalloc to optimised code in mid-loop.
        var openTracked = new int[TrackedNames.Length];
        var chrome = new ChromeSubtree();
        // The metadata reader takes the text of an h1 and of byline elements whole, so what is inside one keeps its
        // markup and blank text; headings by count (the body finder's reading of posts compares their text too).
        var openHeadings = 0;
        var readWhole = new WholeTextElement();
        // Where the last tag or comment ended, so the text between it and the next one can be told blank; open pre
        // and listing blocks, whose whitespace is text, and noscript elements, whose content a script would end in a head.
        var markupEnd = 0;
        // Whether the last tag or comment kept is one the builder always inserts as a node (a start tag other than
        // those it ignores in the body, a comment): text before it cannot join text after it.
        var anchored = false;
        var openPre = 0;
        var openNoscript = 0;
        // Blank text between tags is a node of its own; it goes where it separates nothing the readers tell apart
        // (see BlankDroppable): from blankFrom, the end of the last tag kept (blank text and removed nodes since), to
        // the next tag kept. In the head it is never read; next to the start tag of a block it is a break already.
        var blankFrom = 0;
        var inHead = true;
        var afterBreakStart = false;
        var openMarkers = 0;
        var blanksOff = !dropBlanks;
        var removedSince = false;
        while (true)
        {
            var lt = Find(html, '<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                return true;
            }
            var next = html[lt + 1];
            // Nothing but blank text since the last tag (and up to the next, checked below): removing what starts here
            // merges no two texts into one node, which could change the prose the body finder counts per text.
            var blankGap = IsBlank(html[markupEnd..lt]);
            // Not in tables: the builder moves text found in one to before the table, next to other such text.
            var between = removeNodes && openPre == 0 && openNoscript == 0 && openMarkers == 0 && select == SelectState.Outside && blankGap;
            inHead &= blankGap; // text starts the body
            if (next == '!' && At(html, lt + 2, "--"))
            {
                var (close, after) = CommentEnd(html, lt + 4);
                // A comment left open runs to the end of the page, as the parser would read it.
                var whole = between && close >= 0 && Separated(html, after, anchored);
                if (!whole && BlankDroppable(html, blankFrom, lt, removedSince, blanksOff, inHead || afterBreakStart, openPre, select, openHeadings, readWhole.IsOpen, openTracked))
                {
                    DropBlank(cuts, blankFrom, lt, cuts.Count);
                }
                Cut(cuts, whole ? lt : lt + 4, close < 0 ? n : whole ? after : close);
                if (close < 0)
                {
                    return true;
                }
                if (!whole)
                {
                    anchored = true;
                    afterBreakStart = false;
                    blankFrom = after;
                }
                removedSince = whole;
                i = markupEnd = after;
                continue;
            }
            if (next == '!' && At(html, lt + 2, "[CDATA["))
            {
                // Text or a bogus comment depending on the element it follows, which this pass does not track.
                return false;
            }
            if (next is '!' or '?' || (next == '/' && !(lt + 2 < n && char.IsAsciiLetter(html[lt + 2]))))
            {
                // Doctype, processing instruction, "</>", other bogus comments: all end at the first '>'.
                var gt = Find(html, '>', lt + 2);
                if (gt < 0)
                {
                    return true;
                }
                if (BlankDroppable(html, blankFrom, lt, removedSince, blanksOff, inHead || afterBreakStart, openPre, select, openHeadings, readWhole.IsOpen, openTracked))
                {
                    DropBlank(cuts, blankFrom, lt, cuts.Count);
                }
                anchored = false;
                afterBreakStart = false;
                removedSince = false;
                i = markupEnd = blankFrom = gt + 1;
                continue;
            }
            if (next == '/')
            {
                var endName = NameEnd(html, lt + 2);
                var endTag = TagEnd(html, endName, out _, out _, out _);
                if (endTag < 0)
                {
                    return true;
                }
                var closed = html.Slice(lt + 2, endName - lt - 2);
                var closedTraits = Traits(closed);
                if (BlankDroppable(html, blankFrom, lt, removedSince, blanksOff, inHead || afterBreakStart, openPre, select, openHeadings, readWhole.IsOpen, openTracked))
                {
                    DropBlank(cuts, blankFrom, lt, cuts.Count);
                }
                inHead &= (closedTraits & TagTraits.HeadContent) != 0;
                if ((closedTraits & TagTraits.Marker) != 0 && openMarkers > 0)
                {
                    openMarkers--;
                }
                // A formatting end tag the builder may ignore (its element opened outside a table cell or marker) would
                // make a count say closed what the builder can still reopen at blank text.
                blanksOff |= openMarkers > 0 && TrackedIndex(closed) is >= 0 and < ButtonIndex;
                if (select == SelectState.Options && Is(closed, "select"))
                {
                    select = SelectState.Outside;
                }
                if (chrome.IsOpen)
                {
                    chrome.End(html, closed, closedTraits, lt, cuts);
                }
                if ((closedTraits & TagTraits.Heading) != 0 && openHeadings > 0)
                {
                    openHeadings--;
                }
                readWhole.End(html, closed, closedTraits);
                if (TrackedIndex(closed) is >= 0 and var tracked && openTracked[tracked] > 0)
                {
                    openTracked[tracked]--;
                }
                if ((closedTraits & TagTraits.PreBlock) != 0 && openPre > 0)
                {
                    openPre--;
                }
                if ((closedTraits & TagTraits.Noscript) != 0 && openNoscript > 0)
                {
                    openNoscript--;
                }
                anchored = false;
                afterBreakStart = false;
                removedSince = false;
                i = markupEnd = blankFrom = endTag + 1;
                continue;
            }
            if (!char.IsAsciiLetter(next))
            {
                i = lt + 1;
                continue;
            }
            var nameEnd = NameEnd(html, lt + 1);
            var name = html.Slice(lt + 1, nameEnd - lt - 1);
            var traits = Traits(name);
            var trackedIndex = TrackedIndex(name);
            // Attributes nothing reads go too (a third of what is left: data-*, src, srcset, links' href), except on
            // SVG and MathML roots, whose self-closing slash a cut could change, and on formatting elements other
            // than <a>: the parser keeps at most three open ones with the same attributes, so theirs shape the tree.
            var keepAttributes = Is(name, "svg") || Is(name, "math") || trackedIndex is > AnchorIndex and < ButtonIndex;
            var cutsBefore = cuts.Count;
            var tagEnd = TagEnd(html, nameEnd, out var selfClosing, out var type, out var metadata, true, keepAttributes ? null : cuts, Is(name, "link") || Is(name, "base"));
            if (tagEnd < 0)
            {
                return true; // a tag cut off by the end of the page: the parser drops it and there is nothing after it
            }
            // Scripts (not JSON-LD), styles and links (not canonical) that stand between tags go whole: nothing reads
            // them, and each is a node, with blank text around it that then becomes one node.
            if (between && !metadata)
            {
                var whole = Is(name, "script") && !IsLinkedData(html, type) ? ElementEnd(html, ScriptEnd(html, tagEnd + 1), "script")
                    : Is(name, "style") ? ElementEnd(html, RawTextEnd(html, tagEnd + 1, name), "style")
                    : Is(name, "link") ? tagEnd + 1
                    : -1;
                if (whole > 0 && Separated(html, whole, anchored))
                {
                    cuts.RemoveRange(cutsBefore, cuts.Count - cutsBefore);
                    Cut(cuts, lt, whole);
                    removedSince = true;
                    i = markupEnd = whole;
                    continue;
                }
            }
            var breakStart = (traits & TagTraits.Break) != 0;
            if (BlankDroppable(html, blankFrom, lt, removedSince, blanksOff, inHead || afterBreakStart || breakStart, openPre, select, openHeadings, readWhole.IsOpen, openTracked))
            {
                DropBlank(cuts, blankFrom, lt, cutsBefore);
            }
            inHead &= (traits & TagTraits.HeadContent) != 0;
            afterBreakStart = breakStart;
            if ((traits & TagTraits.Marker) != 0)
            {
                openMarkers++;
            }
            anchored = (traits & TagTraits.IgnorableStart) == 0;
            if (chrome.IsOpen)
            {
                chrome.Start(html, lt + 1, name.Length, traits, selfClosing, metadata, trackedIndex, trackedIndex < 0 ? 0 : openTracked[trackedIndex]);
            }
            else if (cutChrome && (traits & TagTraits.ChromeRoot) != 0 && select == SelectState.Outside && openTracked[AnchorIndex] == 0 && openTracked[NobrIndex] == 0
                && openHeadings == 0 && !readWhole.IsOpen && !metadata)
            {
                // Inside an open <a> or <nobr>, one inside the element would close the outer one and reshape the tree around it.
                chrome.Open(lt + 1, name.Length, tagEnd + 1, cuts.Count, openTracked[ButtonIndex] > 0 || openTracked[FormIndex] > 0);
            }
            if (trackedIndex >= 0)
            {
                openTracked[trackedIndex]++;
            }
            if ((traits & TagTraits.Heading) != 0)
            {
                openHeadings++;
            }
            if ((traits & TagTraits.PreBlock) != 0)
            {
                openPre++;
            }
            if ((traits & TagTraits.Noscript) != 0)
            {
                openNoscript++;
            }
            readWhole.Start(lt + 1, name, traits, selfClosing, metadata || Is(name, "h1"));
            var body = tagEnd + 1;
            if (Is(name, "frameset") || (select != SelectState.Outside && IgnoredInSelect(name)))
            {
                // Frameset and select content ignore these tags, so what follows them is not the raw text it looks like.
                return false;
            }
            if (Is(name, "select"))
            {
                select = select == SelectState.Outside ? SelectState.Options : select;
            }
            else if (select == SelectState.Options && !(Is(name, "option") || Is(name, "optgroup") || Is(name, "script")))
            {
                select = SelectState.Unsure;
            }
            if (Is(name, "script"))
            {
                var end = ScriptEnd(html, body);
                if (!IsLinkedData(html, type))
                {
                    Cut(cuts, body, end);
                }
                else
                {
                    chrome.Abandon();
                }
                i = end;
            }
            else if (Is(name, "style") || Is(name, "iframe"))
            {
                i = RawTextEnd(html, body, name);
                Cut(cuts, body, i);
            }
            else if (Is(name, "textarea") || Is(name, "title") || Is(name, "xmp") || Is(name, "noembed") || Is(name, "noframes"))
            {
                // Text the extractor may read: skipped over, kept.
                i = RawTextEnd(html, body, name);
            }
            else if (Is(name, "plaintext"))
            {
                return true; // everything after it is text
            }
            else if ((Is(name, "svg") || Is(name, "math")) && !selfClosing)
            {
                var end = ForeignEnd(html, body, name);
                if (end < 0)
                {
                    return false;
                }
                Cut(cuts, body, end);
                i = end;
            }
            else
            {
                i = body;
            }
            removedSince = false;
            markupEnd = blankFrom = i;
        }
    }

    /// <summary>
    /// True when the blank text from <paramref name="from"/> to <paramref name="to"/> can go: it is blank (or blank
    /// around nodes removed), <paramref name="breakAround"/> (in the head, or next to the start tag of a block), and outside what reads
    /// blank text: pre blocks, selects, h1 and byline elements (read whole), formatting elements (blank text makes the
    /// builder reopen one closed early).
    /// </summary>
    private static bool BlankDroppable(ReadOnlySpan<char> html, int from, int to, bool removedBetween, bool off, bool breakAround, int openPre, SelectState select, int openHeadings, bool inWholeText, ReadOnlySpan<int> openTracked)
    {
        if (off || !breakAround || to <= from || openPre > 0 || select != SelectState.Outside || openHeadings > 0 || inWholeText
            || openTracked[..ButtonIndex].IndexOfAnyExcept(0) >= 0)
        {
            return false;
        }
        // Nodes removed in between stood between blank texts only (see Separated).
        return removedBetween || IsBlank(html[from..to]);
    }

    /// <summary>Replaces the cuts of removed nodes from <paramref name="from"/> on, before <paramref name="at"/>, by one cut to <paramref name="to"/>.</summary>
    private static void DropBlank(List<(int Start, int End)> cuts, int from, int to, int at)
    {
        var first = at;
        while (first > 0 && cuts[first - 1].Start >= from)
        {
            first--;
        }
        cuts.RemoveRange(first, at - first);
        cuts.Insert(first, (from, to));
    }

    /// <summary>True for a script the metadata reader takes: JSON-LD, or a type written with character references, which is kept rather than decoded.</summary>
    private static bool IsLinkedData(ReadOnlySpan<char> html, (int Start, int Length) type)
    {
        var value = type.Length < 0 ? [] : html.Slice(type.Start, type.Length);
        return value.Contains("ld+json", StringComparison.OrdinalIgnoreCase) || value.Contains('&');
    }

    /// <summary>Just after the end tag of a raw text element whose text ends at <paramref name="at"/>; -1 when the page ends first.</summary>
    private static int ElementEnd(ReadOnlySpan<char> html, int at, string name)
    {
        if (at >= html.Length)
        {
            return -1;
        }
        var gt = TagEnd(html, at + 2 + name.Length, out _, out _, out _);
        return gt < 0 ? -1 : gt + 1;
    }

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(HtmlSpaces) < 0;

    /// <summary>
    /// True when a node that ends at <paramref name="from"/>, with only blank text before it, can go without two texts
    /// becoming one: only blank text follows up to the next tag (or the end of the page), and either what came before
    /// it is <paramref name="anchored"/> or that next tag is a start tag the builder always inserts.
    /// </summary>
    private static bool Separated(ReadOnlySpan<char> html, int from, bool anchored)
    {
        var rest = html[from..];
        var blank = rest.IndexOfAnyExcept(HtmlSpaces);
        if (blank < 0)
        {
            return true;
        }
        if (rest[blank] != '<' || blank + 1 >= rest.Length)
        {
            return false;
        }
        if (anchored)
        {
            return char.IsAsciiLetter(rest[blank + 1]) || rest[blank + 1] is '/' or '!';
        }
        return char.IsAsciiLetter(rest[blank + 1]) && (Traits(rest[(blank + 1)..NameEnd(rest, blank + 1)]) & TagTraits.IgnorableStart) == 0;
    }

    /// <summary>Where a script's text ends: its end tag, outside the <c>&lt;!--</c> escapes that can hide one, or the end of the page.</summary>
    private static int ScriptEnd(ReadOnlySpan<char> html, int from)
    {
        const int Data = 0, Escaped = 1, DoubleEscaped = 2;
        var state = Data;
        var dashesFrom = from; // where the dashes of a closing "-->" may start (the opener's own dashes count)
        var i = from;
        while (true)
        {
            // Outside an escape only a tag can end the script; inside one, "-->" matters too.
            var k = state == Data ? Find(html, '<', i) : Find(html, LessOrGreater, i);
            if (k < 0)
            {
                return html.Length;
            }
            if (html[k] == '>')
            {
                if (k - 2 >= dashesFrom && html[k - 1] == '-' && html[k - 2] == '-')
                {
                    state = Data;
                }
                i = k + 1;
                continue;
            }
            if (At(html, k + 1, "/") && IsTagName(html, k + 2, "script"))
            {
                if (state != DoubleEscaped)
                {
                    return k;
                }
                state = Escaped;
                i = dashesFrom = k + 9;
            }
            else if (state == Data && At(html, k + 1, "!--"))
            {
                state = Escaped;
                dashesFrom = k + 2;
                i = k + 4;
            }
            else if (state == Escaped && IsTagName(html, k + 1, "script"))
            {
                state = DoubleEscaped;
                i = dashesFrom = k + 8;
            }
            else
            {
                i = k + 1;
            }
        }
    }

    /// <summary>Where the text of a raw text or RCDATA element ends: its own end tag, or the end of the page.</summary>
    private static int RawTextEnd(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> name)
    {
        var i = from;
        while (true)
        {
            var k = Find(html, "</", i);
            if (k < 0)
            {
                return html.Length;
            }
            if (IsTagName(html, k + 2, name))
            {
                return k;
            }
            i = k + 2;
        }
    }

    /// <summary>
    /// Where the content of an <c>&lt;svg&gt;</c> or <c>&lt;math&gt;</c> element ends (its matching end tag), or -1 when
    /// that depends on tree building this pass does not follow: tags that break out of it, HTML inside it, an end tag
    /// that closes none of its open elements, no end.
    /// </summary>
    private static int ForeignEnd(ReadOnlySpan<char> html, int from, ReadOnlySpan<char> root)
    {
        // Open elements inside the root, as (start, length) of their names; the root is the bottom entry.
        var open = new List<(int Start, int Length)> { (from, 0) };
        var rootName = root.ToString();
        var integration = 0;
        var i = from;
        while (true)
        {
            var lt = Find(html, '<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return -1;
            }
            var next = html[lt + 1];
            if (next == '!' && At(html, lt + 2, "--"))
            {
                var (close, after) = CommentEnd(html, lt + 4);
                if (close < 0)
                {
                    return -1;
                }
                i = after;
                continue;
            }
            if (next == '!' && At(html, lt + 2, "[CDATA["))
            {
                var close = Find(html, "]]>", lt + 9);
                if (close < 0)
                {
                    return -1;
                }
                i = close + 3;
                continue;
            }
            if (next is '!' or '?' || (next == '/' && !(lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))))
            {
                var gt = Find(html, '>', lt + 2);
                if (gt < 0)
                {
                    return -1;
                }
                i = gt + 1;
                continue;
            }
            if (!char.IsAsciiLetter(next) && next != '/')
            {
                i = lt + 1;
                continue;
            }
            var isEnd = next == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            var nameEnd = NameEnd(html, nameStart);
            var name = html.Slice(nameStart, nameEnd - nameStart);
            var tagEnd = TagEnd(html, nameEnd, out var selfClosing, out _, out _);
            if (tagEnd < 0)
            {
                return -1;
            }
            i = tagEnd + 1;
            if (isEnd)
            {
                // Well-formed drawing markup closes its innermost element; any other end tag is left to the parser,
                // whose rules for it (and AngleSharp's reading of them) this pass does not follow.
                var top = open.Count - 1;
                var topName = top == 0 ? rootName : html.Slice(open[top].Start, open[top].Length);
                if (!Ascii.EqualsIgnoreCase(name, topName))
                {
                    return -1;
                }
                if (top == 0)
                {
                    return lt;
                }
                if (IntegrationNames.Contains(topName))
                {
                    integration--;
                }
                open.RemoveAt(top);
                continue;
            }
            if (integration > 0 || BreakoutNames.Contains(name) || open.Count >= MaxForeignDepth)
            {
                return -1;
            }
            if (!selfClosing)
            {
                open.Add((nameStart, name.Length));
                if (IntegrationNames.Contains(name))
                {
                    integration++;
                }
            }
        }
    }

    /// <summary>
    /// Where a comment's text ends and where the comment ends, from just after its <c>&lt;!--</c>; (-1, -1) when it is
    /// never closed. "&lt;!--&gt;" and "&lt;!---&gt;" are whole comments, as the tokenizer reads them.
    /// </summary>
    private static (int Close, int After) CommentEnd(ReadOnlySpan<char> html, int from)
    {
        if (At(html, from, ">"))
        {
            return (from, from + 1);
        }
        if (At(html, from, "->"))
        {
            return (from, from + 2);
        }
        var i = from;
        while (true)
        {
            var k = Find(html, "--", i);
            if (k < 0)
            {
                return (-1, -1);
            }
            if (At(html, k + 2, ">"))
            {
                return (k, k + 3);
            }
            if (At(html, k + 2, "!>"))
            {
                return (k, k + 4);
            }
            i = k + 1;
        }
    }

    /// <summary>
    /// The index of the '&gt;' that closes a tag whose name ends at <paramref name="i"/>, reading attributes as the
    /// tokenizer does (a quoted value may hold '&gt;'); -1 when the page ends inside the tag.
    /// </summary>
    /// <remarks>
    /// With <paramref name="watch"/>, <paramref name="metadata"/> tells whether the tag has an attribute the metadata
    /// reader picks elements by (see <see cref="IsMetadataAttribute"/>).
    /// </remarks>
    private static int TagEnd(ReadOnlySpan<char> html, int i, out bool selfClosing, out (int Start, int Length) type, out bool metadata, bool watch = false, List<(int Start, int End)>? unread = null, bool hrefRead = false)
    {
        selfClosing = false;
        metadata = false;
        type = (0, -1);
        var n = html.Length;
        while (i < n)
        {
            var c = html[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }
            if (c == '/')
            {
                selfClosing = At(html, i + 1, ">");
                i++;
                continue;
            }
            if (c == '>')
            {
                return i;
            }
            selfClosing = false;
            // An attribute name takes its first character whatever it is (even '='), then runs to a space, '/', '>' or '='.
            var nameStart = i++;
            while (i < n && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '='))
            {
                i++;
            }
            var nameLength = i - nameStart;
            while (i < n && IsSpace(html[i]))
            {
                i++;
            }
            if (i >= n || html[i] != '=')
            {
                metadata |= watch && IsMetadataAttribute(html.Slice(nameStart, nameLength), []);
                Drop(unread, html, nameStart, nameLength, nameStart + nameLength, hrefRead);
                continue;
            }
            i++;
            while (i < n && IsSpace(html[i]))
            {
                i++;
            }
            if (i >= n)
            {
                return -1;
            }
            int valueStart, valueEnd;
            if (html[i] is '"' or '\'')
            {
                var close = Find(html, html[i], i + 1);
                if (close < 0)
                {
                    return -1;
                }
                valueStart = i + 1;
                valueEnd = close;
                i = close + 1;
            }
            else if (html[i] == '>')
            {
                return i;
            }
            else
            {
                valueStart = i;
                while (i < n && !IsSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }
                valueEnd = i;
            }
            if (type.Length < 0 && nameLength == 4 && Ascii.EqualsIgnoreCase(html.Slice(nameStart, 4), "type"))
            {
                type = (valueStart, valueEnd - valueStart);
            }
            metadata |= watch && IsMetadataAttribute(html.Slice(nameStart, nameLength), html[valueStart..valueEnd]);
            Drop(unread, html, nameStart, nameLength, i, hrefRead);
        }
        return -1;
    }

    /// <summary>
    /// True for an attribute <see cref="PageElements"/> may pick an element by: a <c>class</c>, <c>rel</c> or
    /// <c>itemprop</c> naming an author, a byline, a date or the canonical link (any case; a character reference could spell one).
    /// </summary>
    private static bool IsMetadataAttribute(ReadOnlySpan<char> name, ReadOnlySpan<char> value) =>
        name.Length is 3 or 5 or 8 && (Is(name, "class") || Is(name, "rel") || Is(name, "itemprop")) && value.ContainsAny(MetadataWords);

    private static readonly SearchValues<string> MetadataWords = SearchValues.Create(["author", "byline", "date", "canonical", "&"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds an attribute that nothing reads to <paramref name="unread"/>, when the caller collects them.</summary>
    private static void Drop(List<(int Start, int End)>? unread, ReadOnlySpan<char> html, int nameStart, int nameLength, int end, bool hrefRead)
    {
        var name = html.Slice(nameStart, nameLength);
        if (unread is not null && !ReadAttributeNames.Contains(name) && !(hrefRead && Ascii.EqualsIgnoreCase(name, "href")))
        {
            unread.Add((nameStart, end));
        }
    }

    /// <summary>Where a tag name that starts at <paramref name="i"/> ends: at a space, '/', '&gt;' or the end of the page.</summary>
    private static int NameEnd(ReadOnlySpan<char> html, int i)
    {
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }
        return i;
    }

    /// <summary>True when <paramref name="name"/> starts at <paramref name="i"/> (any case) and is followed by what ends a tag name.</summary>
    private static bool IsTagName(ReadOnlySpan<char> html, int i, ReadOnlySpan<char> name) =>
        i + name.Length < html.Length
        && Ascii.EqualsIgnoreCase(html.Slice(i, name.Length), name)
        && (IsSpace(html[i + name.Length]) || html[i + name.Length] is '/' or '>');

    private enum SelectState
    {
        Outside,
        Options,
        Unsure,
    }

    private static bool IgnoredInSelect(ReadOnlySpan<char> name) =>
        Is(name, "style") || Is(name, "iframe") || Is(name, "svg") || Is(name, "math") || Is(name, "xmp") || Is(name, "noembed")
        || Is(name, "noframes") || Is(name, "title") || Is(name, "plaintext") || Is(name, "textarea");

    // The tokenizer lower-cases ASCII letters only: "<ſcript>" is no script, though ordinal ignore-case would say so.
    private static bool Is(ReadOnlySpan<char> name, string tag) => Ascii.EqualsIgnoreCase(name, tag);

    private static bool At(ReadOnlySpan<char> html, int i, string text) => i <= html.Length && html[i..].StartsWith(text, StringComparison.Ordinal);

    // The input stream turns CR into LF before tokenizing, so CR separates like the other spaces.
    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\f' or '\r';

    private static void Cut(List<(int Start, int End)> cuts, int start, int end)
    {
        if (end > start)
        {
            cuts.Add((start, end));
        }
    }

    private static int Find(ReadOnlySpan<char> html, char value, int from)
    {
        var at = html[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private static int Find(ReadOnlySpan<char> html, SearchValues<char> values, int from)
    {
        var at = html[from..].IndexOfAny(values);
        return at < 0 ? -1 : from + at;
    }

    private static int Find(ReadOnlySpan<char> html, string value, int from)
    {
        var at = html[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    private static string Join(ReadOnlySpan<char> html, List<(int Start, int End)> cuts)
    {
        var length = html.Length;
        foreach (var (start, end) in cuts)
        {
            length -= end - start;
        }
        return string.Create(length, new Pieces(html, cuts), static (target, pieces) =>
        {
            var from = 0;
            foreach (var (start, end) in pieces.Cuts)
            {
                pieces.Page[from..start].CopyTo(target);
                target = target[(start - from)..];
                from = end;
            }
            pieces.Page[from..].CopyTo(target);
        });
    }

    /// <summary>A page and the ranges to leave out of it.</summary>
    private readonly ref struct Pieces(ReadOnlySpan<char> page, List<(int Start, int End)> cuts)
    {
        public ReadOnlySpan<char> Page { get; } = page;

        public List<(int Start, int End)> Cuts { get; } = cuts;
    }
}
