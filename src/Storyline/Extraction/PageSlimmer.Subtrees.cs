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

    /// <summary>The index of a name in <see cref="TrackedNames"/>, or -1.</summary>
    private static int TrackedIndex(ReadOnlySpan<char> name)
    {
        // Most tags are none of these: their first letter says so.
        if (name.Length > 6 || (name[0] | 0x20) is not ('a' or 'b' or 'c' or 'e' or 'f' or 'i' or 'n' or 's' or 't' or 'u'))
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
    /// element, keeping those smaller cuts: a misnested end tag, a tag with <see cref="TagTraits.Stopper"/>, an attribute
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
        public void Start(ReadOnlySpan<char> html, int nameStart, int nameLength, TagTraits traits, bool selfClosing, bool metadata, int tracked, int openAlike)
        {
            var name = html.Slice(nameStart, nameLength);
            if (metadata || (traits & TagTraits.Stopper) != 0 || !Ascii.IsValid(name)
                || (tracked is >= 0 and < ButtonIndex && openAlike > 1)
                || (tracked is ButtonIndex or FormIndex && _outerFormOrButton))
            {
                Abandon();
                return;
            }
            // Only SVG and MathML roots honour a self-closing slash; HTML elements stay open after one.
            if ((traits & TagTraits.Void) != 0 || (selfClosing && (Is(name, "svg") || Is(name, "math"))))
            {
                return;
            }
            _open.Add((nameStart, nameLength));
        }

        /// <summary>An end tag inside the element, or its own: then the inner markup becomes one cut.</summary>
        public void End(ReadOnlySpan<char> html, ReadOnlySpan<char> name, TagTraits traits, int lt, List<(int Start, int End)> cuts)
        {
            if ((traits & TagTraits.Void) != 0 && !Is(name, "br"))
            {
                return; // never open, so ignored
            }
            var formatting = TrackedIndex(name) is >= 0 and < ButtonIndex;
            var top = _open.Count;
            if (!formatting)
            {
                // The builder closes these on the way to the element the end tag names (a formatting element's end tag
                // instead runs the adoption agency, which moves elements when anything is open above it).
                while (top > 0 && !Ascii.EqualsIgnoreCase(name, Name(html, top - 1)) && (Traits(Name(html, top - 1)) & TagTraits.ImpliedEnd) != 0)
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
                else if (!((traits & TagTraits.PlainPhrasing) != 0 && !Opened(html, name)))
                {
                    Abandon();
                }
                return;
            }
            if (Ascii.EqualsIgnoreCase(name, Name(html, top - 1)))
            {
                _open.RemoveRange(top - 1, _open.Count - top + 1);
            }
            else if (!((traits & TagTraits.PlainPhrasing) != 0 && !Opened(html, name)))
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

        public void Start(int nameStart, ReadOnlySpan<char> name, TagTraits traits, bool selfClosing, bool readWhole)
        {
            if ((!IsOpen && !readWhole) || (traits & TagTraits.Void) != 0 || (selfClosing && (Is(name, "svg") || Is(name, "math"))))
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

        public void End(ReadOnlySpan<char> html, ReadOnlySpan<char> name, TagTraits traits)
        {
            if (!IsOpen || _stuck || ((traits & TagTraits.Void) != 0 && !Is(name, "br")))
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
