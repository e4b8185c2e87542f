namespace Storyline.Extraction;

/// <summary>What the slimmer needs to know of an HTML tag name, looked up once per tag.</summary>
[Flags]
internal enum TagTraits
{
    None = 0,

    /// <summary>Elements without content or end tag.</summary>
    Void = 1 << 0,

    /// <summary>Start tags of elements the body finder breaks text at, kept or skipped (see HtmlBodyFinder), that the builder
    /// always inserts: blank text beside one separates nothing. Not table parts (ignored outside a table) nor forms
    /// (ignored inside a form), nor h1 (read whole by the metadata reader).</summary>
    Break = 1 << 1,

    /// <summary>What the head holds; blank text before anything else is never read.</summary>
    HeadContent = 1 << 2,

    /// <summary>Start tags the builder ignores in the body (table parts outside a table, a form inside a form, the document's
    /// own elements), so they separate no texts.</summary>
    IgnorableStart = 1 << 3,

    /// <summary>Elements that put a marker in the list of active formatting elements, and tables, which scope them.</summary>
    Marker = 1 << 4,

    /// <summary>Inside a chrome element, these keep its markup: what the metadata reader picks (h1, time, meta, link, title,
    /// html's lang), and tags whose tree building reaches past the element they sit in (table parts and select switch
    /// insertion modes, markers and templates change what formatting is reopened).</summary>
    Stopper = 1 << 5,

    /// <summary>Elements an end tag of another element closes on its way ("generate implied end tags").</summary>
    ImpliedEnd = 1 << 6,

    /// <summary>Phrasing elements that are neither special nor formatting: an end tag of one that is not open inside a chrome
    /// element is ignored by the builder (the chrome element, a special one, stops its search).</summary>
    PlainPhrasing = 1 << 7,

    /// <summary>The chrome elements the body finder skips whole, whose inner markup can go when it is balanced.</summary>
    ChromeRoot = 1 << 8,

    /// <summary>h1 to h6.</summary>
    Heading = 1 << 9,

    /// <summary>Elements whose blank text is text.</summary>
    PreBlock = 1 << 10,

    /// <summary>noscript, whose content a script would end in a head.</summary>
    Noscript = 1 << 11,
}

internal static partial class PageSlimmer
{
    private const int LongestTraitName = 10;

    /// <summary>
    /// The traits of a tag name in any ASCII case. The tokenizer lower-cases ASCII letters only, so a name with other
    /// characters is none of these ("&lt;ſcript&gt;" is no script).
    /// </summary>
    private static TagTraits Traits(ReadOnlySpan<char> name)
    {
        if (name.Length > LongestTraitName)
        {
            return TagTraits.None;
        }
        Span<char> lower = stackalloc char[LongestTraitName];
        for (var k = 0; k < name.Length; k++)
        {
            var c = name[k];
            if (c > '\u007F')
            {
                return TagTraits.None;
            }
            lower[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return lower[..name.Length] switch
        {
            "abbr" => TagTraits.PlainPhrasing,
            "address" => TagTraits.Break,
            "applet" => TagTraits.Marker | TagTraits.Stopper,
            "area" => TagTraits.Void,
            "article" => TagTraits.Break,
            "aside" => TagTraits.Break | TagTraits.ChromeRoot,
            "base" => TagTraits.Void | TagTraits.HeadContent | TagTraits.Stopper,
            "basefont" => TagTraits.Void | TagTraits.HeadContent,
            "bdi" => TagTraits.PlainPhrasing,
            "bdo" => TagTraits.PlainPhrasing,
            "bgsound" => TagTraits.Void | TagTraits.HeadContent,
            "blockquote" => TagTraits.Break,
            "body" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "br" => TagTraits.Void | TagTraits.Break,
            "caption" => TagTraits.IgnorableStart | TagTraits.Marker | TagTraits.Stopper,
            "center" => TagTraits.Break,
            "cite" => TagTraits.PlainPhrasing,
            "col" => TagTraits.Void | TagTraits.IgnorableStart | TagTraits.Stopper,
            "colgroup" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "data" => TagTraits.PlainPhrasing,
            "dd" => TagTraits.Break | TagTraits.ImpliedEnd,
            "del" => TagTraits.PlainPhrasing,
            "details" => TagTraits.Break,
            "dfn" => TagTraits.PlainPhrasing,
            "dialog" => TagTraits.Break,
            "div" => TagTraits.Break,
            "dl" => TagTraits.Break,
            "dt" => TagTraits.Break | TagTraits.ImpliedEnd,
            "embed" => TagTraits.Void,
            "fieldset" => TagTraits.Break,
            "figcaption" => TagTraits.Break,
            "figure" => TagTraits.Break,
            "footer" => TagTraits.Break | TagTraits.ChromeRoot,
            "form" => TagTraits.IgnorableStart,
            "frame" => TagTraits.Void | TagTraits.IgnorableStart | TagTraits.Stopper,
            "frameset" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "h1" => TagTraits.Stopper | TagTraits.Heading,
            "h2" => TagTraits.Break | TagTraits.Heading,
            "h3" => TagTraits.Break | TagTraits.Heading,
            "h4" => TagTraits.Break | TagTraits.Heading,
            "h5" => TagTraits.Break | TagTraits.Heading,
            "h6" => TagTraits.Break | TagTraits.Heading,
            "head" => TagTraits.HeadContent | TagTraits.IgnorableStart | TagTraits.Stopper,
            "header" => TagTraits.Break,
            "hgroup" => TagTraits.Break,
            "hr" => TagTraits.Void | TagTraits.Break,
            "html" => TagTraits.HeadContent | TagTraits.IgnorableStart | TagTraits.Stopper,
            "image" => TagTraits.Void,
            "img" => TagTraits.Void,
            "input" => TagTraits.Void,
            "ins" => TagTraits.PlainPhrasing,
            "isindex" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "kbd" => TagTraits.PlainPhrasing,
            "keygen" => TagTraits.Void,
            "label" => TagTraits.PlainPhrasing,
            "li" => TagTraits.Break | TagTraits.ImpliedEnd,
            "link" => TagTraits.Void | TagTraits.HeadContent | TagTraits.Stopper,
            "listing" => TagTraits.PreBlock,
            "main" => TagTraits.Break,
            "mark" => TagTraits.PlainPhrasing,
            "marquee" => TagTraits.Marker | TagTraits.Stopper,
            "menu" => TagTraits.Break,
            "meta" => TagTraits.Void | TagTraits.HeadContent | TagTraits.Stopper,
            "nav" => TagTraits.Break | TagTraits.ChromeRoot,
            "nobr" => TagTraits.Stopper,
            "noscript" => TagTraits.HeadContent | TagTraits.Noscript,
            "object" => TagTraits.Marker | TagTraits.Stopper,
            "ol" => TagTraits.Break,
            "optgroup" => TagTraits.ImpliedEnd,
            "option" => TagTraits.ImpliedEnd,
            "p" => TagTraits.Break | TagTraits.ImpliedEnd,
            "param" => TagTraits.Void,
            "picture" => TagTraits.PlainPhrasing,
            "plaintext" => TagTraits.Stopper,
            "pre" => TagTraits.Break | TagTraits.PreBlock,
            "q" => TagTraits.PlainPhrasing,
            "rb" => TagTraits.ImpliedEnd,
            "rp" => TagTraits.ImpliedEnd,
            "rt" => TagTraits.ImpliedEnd,
            "rtc" => TagTraits.ImpliedEnd,
            "samp" => TagTraits.PlainPhrasing,
            "script" => TagTraits.HeadContent,
            "section" => TagTraits.Break,
            "select" => TagTraits.Stopper,
            "source" => TagTraits.Void,
            "span" => TagTraits.PlainPhrasing,
            "style" => TagTraits.HeadContent,
            "sub" => TagTraits.PlainPhrasing,
            "summary" => TagTraits.Break,
            "sup" => TagTraits.PlainPhrasing,
            "table" => TagTraits.Break | TagTraits.Marker | TagTraits.Stopper,
            "tbody" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "td" => TagTraits.IgnorableStart | TagTraits.Marker | TagTraits.Stopper,
            "template" => TagTraits.Marker | TagTraits.Stopper,
            "tfoot" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "th" => TagTraits.IgnorableStart | TagTraits.Marker | TagTraits.Stopper,
            "thead" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "time" => TagTraits.Stopper,
            "title" => TagTraits.HeadContent | TagTraits.Stopper,
            "tr" => TagTraits.IgnorableStart | TagTraits.Stopper,
            "track" => TagTraits.Void,
            "ul" => TagTraits.Break,
            "var" => TagTraits.PlainPhrasing,
            "wbr" => TagTraits.Void,
            _ => TagTraits.None,
        };
    }
}
