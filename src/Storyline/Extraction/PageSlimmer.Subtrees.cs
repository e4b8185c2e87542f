using System.Text;

namespace Storyline.Extraction;

/// <summary>What <see cref="PageSlimmer"/> drops; the bench and the tests compare rule sets.</summary>
[Flags]
internal enum Slimming
{
    /// <summary>Script, style, iframe, SVG, MathML and comment bodies, and attributes nothing reads.</summary>
    InertText = 1,

    /// <summary>Scripts, styles, comments and links nothing reads, whole, where they stand between tags.</summary>
    InertNodes = 2,

    /// <summary>The balanced inner markup of nav, aside and footer elements.</summary>
    Chrome = 4,

    /// <summary>Blank text in the head and next to the start tags of blocks.</summary>
    Whitespace = 8,

    All = InertText | InertNodes | Chrome | Whitespace,
}

internal static partial class PageSlimmer
{
    // Counted open elements: the formatting elements of the tree builder's "list of active formatting elements" ("a"
    // included), then the two elements whose start tag closes an open one wherever it is.
    private static readonly string[] TrackedNames = ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u", "button", "form"];

    private const int AnchorIndex = 0;
    private const int NobrIndex = 7;
    private const int ButtonIndex = 14;
    private const int FormIndex = 15;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    };

    // Inside a chrome element, these keep its markup: what the metadata reader picks (h1, time, meta, link, title,
    // html's lang), and tags whose tree building reaches past the element they sit in (a form or button closes an outer
    // one, table parts and select switch insertion modes, markers and templates change what formatting is reopened).
    private static readonly HashSet<string> SubtreeStoppers = new(StringComparer.OrdinalIgnoreCase)
    {
        "h1", "time", "meta", "link", "title", "base", "html", "head", "body", "frameset", "frame", "select", "template",
        "table", "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th", "nobr", "marquee", "object",
        "applet", "plaintext", "isindex",
    };

    // Elements an end tag of another element closes on its way ("generate implied end tags").
    private static readonly HashSet<string> ImpliedEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc",
    };

    // Phrasing elements that are neither special nor formatting: an end tag of one that is not open inside the chrome
    // element is ignored by the builder (the element itself, a special one, stops its search).
    private static readonly HashSet<string> PlainPhrasing = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "label", "abbr", "cite", "sup", "sub", "mark", "q", "var", "kbd", "samp", "dfn", "bdi", "bdo", "ins", "del",
        "picture", "data",
    };

    // Start tags the tree builder ignores in the body (table parts outside a table, a form inside a form, the document's
    // own elements), so they separate no texts.
    private static readonly HashSet<string> IgnorableStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "frame", "frameset", "caption", "col", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr",
        "form", "isindex",
    };

    // Start tags of elements the body finder breaks text at, kept or skipped (HtmlBodyFinder.Separates), that the
    // builder always inserts: blank text beside one separates nothing. Not table parts (ignored outside a table) nor
    // forms (ignored inside a form), nor h1 (read whole by the metadata reader).
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
        "blockquote", "pre", "header", "address", "center", "details", "summary", "fieldset", "hr", "hgroup", "nav", "aside",
        "footer", "figure", "figcaption", "dialog", "menu", "br",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakNames = Breaks.GetAlternateLookup<ReadOnlySpan<char>>();

    // What the head holds; blank text before anything else is never read.
    private static readonly HashSet<string> HeadContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "meta", "link", "script", "style", "title", "base", "basefont", "bgsound", "noscript",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadContentNames = HeadContent.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsHeadContent(ReadOnlySpan<char> name) => HeadContentNames.Contains(name);

    // Elements that put a marker in the list of active formatting elements, and tables, which scope them.
    private static bool IsMarker(ReadOnlySpan<char> name) =>
        Is(name, "table") || Is(name, "td") || Is(name, "th") || Is(name, "caption") || Is(name, "object") || Is(name, "applet")
        || Is(name, "marquee") || Is(name, "template");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IgnorableStartNames = IgnorableStarts.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidNames = VoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopperNames = SubtreeStoppers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ImpliedEndNames = ImpliedEnds.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlainPhrasingNames = PlainPhrasing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The chrome elements the body finder skips whole, whose inner markup can go when it is balanced.</summary>
    private static bool IsChromeRoot(ReadOnlySpan<char> name) => Is(name, "nav") || Is(name, "aside") || Is(name, "footer");

    private static bool IsHeading(ReadOnlySpan<char> name) => name.Length == 2 && (name[0] | 0x20) == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>The index of a name in <see cref="TrackedNames"/>, or -1.</summary>
    private static int TrackedIndex(ReadOnlySpan<char> name)
    {
        if (name.Length > 6)
        {
            return -1;
        }
        for (var k = 0; k < TrackedNames.Length; k++)
        {
            if (Is(name, TrackedNames[k]))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// Follows the inner markup of one chrome element (<c>nav</c>, <c>aside</c>, <c>footer</c>) so it can be dropped
    /// whole when the element closes: only when its start and end tags pair up in order (void elements, the elements an
    /// end tag implies closed and stray end tags the builder ignores aside), so the tree builder closes what it opened
    /// there itself and nothing inside reaches the tree outside.
    /// </summary>
    /// <remarks>
    /// Cuts made inside (scripts, comments, attributes) are replaced by the one cut. Anything in doubt abandons the
    /// element, keeping those smaller cuts: a misnested end tag, a tag in <see cref="SubtreeStoppers"/>, an attribute
    /// the metadata reader looks at, a JSON-LD script, a formatting element left open (the builder would reopen it after
    /// the element) or open more than twice (it forgets the oldest of three alike), a form or button inside an open one.
    /// </remarks>
    private sealed class ChromeSubtree
    {
        private readonly List<(int Start, int Length)> _open = [];
        private int _rootStart = -1;
        private int _rootLength;
        private int _body;
        private int _firstCut;
        private bool _outerFormOrButton;

        public bool IsOpen => _rootStart >= 0;

        public void Open(int nameStart, int nameLength, int body, int cutCount, bool outerFormOrButton)
        {
            _rootStart = nameStart;
            _rootLength = nameLength;
            _body = body;
            _firstCut = cutCount;
            _outerFormOrButton = outerFormOrButton;
            _open.Clear();
        }

        public void Abandon() => _rootStart = -1;

        /// <summary>
        /// A start tag inside the element. <paramref name="tracked"/> is its index in <see cref="TrackedNames"/> (or -1)
        /// and <paramref name="openAlike"/> how many elements of its name are counted open, itself not included.
        /// </summary>
        public void Start(ReadOnlySpan<char> html, int nameStart, int nameLength, bool selfClosing, bool metadata, int tracked, int openAlike)
        {
            var name = html.Slice(nameStart, nameLength);
            if (metadata || StopperNames.Contains(name) || !Ascii.IsValid(name)
                || (tracked is >= 0 and < ButtonIndex && openAlike > 1)
                || (tracked is ButtonIndex or FormIndex && _outerFormOrButton))
            {
                Abandon();
                return;
            }
            // Only SVG and MathML roots honour a self-closing slash; HTML elements stay open after one.
            if (VoidNames.Contains(name) || (selfClosing && (Is(name, "svg") || Is(name, "math"))))
            {
                return;
            }
            _open.Add((nameStart, nameLength));
        }

        /// <summary>An end tag inside the element, or its own: then the inner markup becomes one cut.</summary>
        public void End(ReadOnlySpan<char> html, ReadOnlySpan<char> name, int lt, List<(int Start, int End)> cuts)
        {
            if (VoidNames.Contains(name) && !Is(name, "br"))
            {
                return; // never open, so ignored
            }
            var formatting = TrackedIndex(name) is >= 0 and < ButtonIndex;
            var top = _open.Count;
            if (!formatting)
            {
                // The builder closes these on the way to the element the end tag names (a formatting element's end tag
                // instead runs the adoption agency, which moves elements when anything is open above it).
                while (top > 0 && !Ascii.EqualsIgnoreCase(name, Name(html, top - 1)) && ImpliedEndNames.Contains(Name(html, top - 1)))
                {
                    top--;
                }
            }
            if (top == 0)
            {
                if (Ascii.EqualsIgnoreCase(name, html.Slice(_rootStart, _rootLength)))
                {
                    cuts.RemoveRange(_firstCut, cuts.Count - _firstCut);
                    Cut(cuts, _body, lt);
                    Abandon();
                }
                else if (!(PlainPhrasingNames.Contains(name) && !Opened(html, name)))
                {
                    Abandon();
                }
                return;
            }
            if (Ascii.EqualsIgnoreCase(name, Name(html, top - 1)))
            {
                _open.RemoveRange(top - 1, _open.Count - top + 1);
            }
            else if (!(PlainPhrasingNames.Contains(name) && !Opened(html, name)))
            {
                Abandon();
            }
        }

        private ReadOnlySpan<char> Name(ReadOnlySpan<char> html, int index) => html.Slice(_open[index].Start, _open[index].Length);

        private bool Opened(ReadOnlySpan<char> html, ReadOnlySpan<char> name)
        {
            for (var k = 0; k < _open.Count; k++)
            {
                if (Ascii.EqualsIgnoreCase(name, Name(html, k)))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// The outermost open element whose text the metadata reader takes whole (an h1, a byline candidate), followed by
    /// its start and end tags: it counts as closed only when its end tag comes with everything opened inside it closed
    /// in order. In doubt it stays open to the end of the page, which only keeps more of the page.
    /// </summary>
    private sealed class WholeTextElement
    {
        private readonly List<(int Start, int Length)> _open = [];
        private int _rootStart = -1;
        private int _rootLength;
        private bool _stuck;

        public bool IsOpen => _rootStart >= 0;

        public void Start(int nameStart, ReadOnlySpan<char> name, bool selfClosing, bool readWhole)
        {
            if (VoidNames.Contains(name) || (selfClosing && (Is(name, "svg") || Is(name, "math"))))
            {
                return;
            }
            if (IsOpen)
            {
                _open.Add((nameStart, name.Length));
            }
            else if (readWhole)
            {
                _rootStart = nameStart;
                _rootLength = name.Length;
                _open.Clear();
            }
        }

        public void End(ReadOnlySpan<char> html, ReadOnlySpan<char> name)
        {
            if (!IsOpen || _stuck || (VoidNames.Contains(name) && !Is(name, "br")))
            {
                return;
            }
            if (_open.Count == 0)
            {
                if (Ascii.EqualsIgnoreCase(name, html.Slice(_rootStart, _rootLength)))
                {
                    _rootStart = -1;
                }
                else
                {
                    _stuck = true;
                }
                return;
            }
            var (start, length) = _open[^1];
            if (Ascii.EqualsIgnoreCase(name, html.Slice(start, length)))
            {
                _open.RemoveAt(_open.Count - 1);
            }
            else
            {
                _stuck = true;
            }
        }
    }
}
