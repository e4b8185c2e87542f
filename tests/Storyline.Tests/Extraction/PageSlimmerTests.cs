using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>The pre-parse pass that drops scripts, styles, inline SVG and comments must leave what the extractor reads unchanged.</summary>
public class PageSlimmerTests
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    [Fact]
    public void ScriptStyleAndCommentBodiesAreDropped_TagsStay()
    {
        const string page = "<p>a</p>x<script src=\"x.js\">var x = 1;</script>y<style>p { color: red }</style>z<!-- note -->w<p>b</p>";

        Assert.Equal("<p>a</p>x<script ></script>y<style></style>z<!---->w<p>b</p>", PageSlimmer.Slim(page));
    }

    [Fact]
    public void ScriptsStylesCommentsAndLinksBetweenTagsGoWhole_CanonicalLinksAndJsonLdStay()
    {
        const string page = "<p>a</p>\n<script src=x.js>var x;</script>\n<style>p{}</style><!-- c --><link rel=stylesheet href=a.css>"
            + "<link rel=canonical href=/c><script type=application/ld+json>{}</script>\n<p>b</p>";

        // The style stays (emptied): what follows it is a comment, and the end tag before it may be one the builder ignores.
        Assert.Equal("<p>a</p>\n\n<style></style><link rel=canonical href=/c><script type=application/ld+json>{}</script>\n<p>b</p>", PageSlimmer.Slim(page, Slimming.InertText | Slimming.InertNodes));
        AssertSameReading(page);
    }

    [Theory]
    [InlineData("<pre>\n<!-- c -->\nx</pre>")]
    [InlineData("<pre><!-- c -->\nx</pre>")]
    [InlineData("<p>a<!-- c -->b</p>")]
    [InlineData("<head><noscript><script></script><link rel=icon></noscript></head>")]
    public void ScriptsAndCommentsInsideTextOrPreStayAsNodes(string page)
    {
        Assert.Contains(page.Contains("<script>", StringComparison.Ordinal) ? "<script></script>" : "<!---->", PageSlimmer.Slim(page), StringComparison.Ordinal);
        AssertSameReading(page);
    }

    [Fact]
    public void AttributesNothingReadsAreDropped_HrefStaysOnLinks()
    {
        const string page = "<link rel=\"canonical\" href=\"https://example.com/a\"><a href=\"/b\" class=\"more\" data-id=7 disabled>b</a><svg data-x=\"1\"/>";

        Assert.Equal("<link rel=\"canonical\" href=\"https://example.com/a\"><a  class=\"more\"  >b</a><svg data-x=\"1\"/>", PageSlimmer.Slim(page));
    }

    [Fact]
    public void FormattingElementsKeepTheirAttributes()
    {
        // The parser reopens at most three identical formatting elements; dropping data-x would make four identical.
        const string page = "<b data-x=1>a<b>b<b>c<b>d<p>e</p>";

        Assert.Equal(page, PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void JsonLdScriptsAreKept()
    {
        const string page = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"</p>\"}</script>"
            + "<SCRIPT TYPE=application/LD+JSON>{\"a\":1}</SCRIPT><script type=\"application/json\">{\"big\":true}</script>";

        Assert.Equal(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"</p>\"}</script>"
            + "<SCRIPT TYPE=application/LD+JSON>{\"a\":1}</SCRIPT>",
            PageSlimmer.Slim(page));
    }

    [Fact]
    public void UppercaseAndMixedCaseTagsAreRecognised()
    {
        Assert.Equal("x<SCRIPT></SCRIPT>y<Style></sTyLe><SVG viewBox=\"0 0 1 1\"></svg>x",
            PageSlimmer.Slim("x<SCRIPT>a()</SCRIPT>y<Style>b{}</sTyLe><SVG viewBox=\"0 0 1 1\"><PATH d=\"M0\"/></svg>x"));
    }

    [Fact]
    public void TagNamesMatchOnlyAsciiLettersInAnyCase()
    {
        // Ordinal ignore-case would take the long s and the dotless i for "s" and "i"; the tokenizer does not.
        const string page = "<\u017Fcript>a</\u017Fcript><script>b</scr\u0131pt><p>c</p></script><p>d</p>";

        Assert.Equal("<\u017Fcript>a</\u017Fcript><p>d</p>", PageSlimmer.Slim(page));
        AssertSameReading(page);
        Assert.False(PageSlimmer.TrySlim("<svg><path/></\u017Fvg><p>d</p></svg>", out _));
    }

    [Fact]
    public void AnEndTagLookalikeInsideAScriptDoesNotEndIt()
    {
        const string page = "x<script>var s = \"</scripts>\"; var t = '</script-x>';</script><p>after</p>";

        Assert.Equal("x<script></script><p>after</p>", PageSlimmer.Slim(page));
    }

    [Fact]
    public void AScriptEndsAtTheFirstRealEndTag_EvenInsideAString()
    {
        // Browsers end the script here too; the rest of the string is page text.
        const string page = "x<script>var s = \"</script>\";</script><p>after</p>";

        Assert.Equal("x<script></script>\";</script><p>after</p>", PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void AnEscapedScriptInsideAScriptIsFollowedToItsRealEnd()
    {
        const string page = "x<script><!-- document.write('<script>x()</script>'); --></script><p>after</p>";

        Assert.Equal("x<script></script><p>after</p>", PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void AnUnclosedScriptRunsToTheEndOfThePage()
    {
        Assert.Equal("<p>a</p><script>", PageSlimmer.Slim("<p>a</p><script>var x = '<p>not text</p>';"));
    }

    [Fact]
    public void AttributeValuesMayHoldGreaterThanAndTagLookalikes()
    {
        const string page = "<div title=\"a>b\" data-x='<script>'><img alt=<svg>><p>kept</p></div><script>x</script>";

        Assert.Equal("<div  ><img >><p>kept</p></div>", PageSlimmer.Slim(page));
    }

    [Fact]
    public void CdataInsideSvgMayHoldItsEndTag()
    {
        const string page = "<svg><style><![CDATA[ a { } </svg> ]]></style><path d=\"M0\"/></svg><p>after</p>";

        Assert.Equal("<svg></svg><p>after</p>", PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void HtmlInsideSvg_LeavesThePageUnchanged()
    {
        const string page = "<svg><circle r=\"1\"/><p>breaks out of the svg</p></svg><script>x</script>";

        Assert.False(PageSlimmer.TrySlim(page, out var slimmed));
        Assert.Same(page, slimmed);
    }

    [Fact]
    public void RawTextInsideASelect_LeavesThePageUnchanged()
    {
        // A select ignores <iframe>, <style> and <svg> tags, so their content is markup there, not text to drop.
        const string page = "<select><iframe><script>x</script></iframe></select>";

        Assert.False(PageSlimmer.TrySlim(page, out var slimmed));
        Assert.Same(page, slimmed);
        Assert.Equal("<select></select>x<style></style>", PageSlimmer.Slim("<select></select>x<style>p{}</style>"));
    }

    [Fact]
    public void TextAreasAndTitlesAreReadAsText()
    {
        const string page = "<title>A <!-- b --> <script>c</script></title><textarea><svg>d</svg></textarea><script>e</script>";

        Assert.Equal("<title>A <!-- b --> <script>c</script></title><textarea><svg>d</svg></textarea>", PageSlimmer.Slim(page));
    }

    [Fact]
    public void ShortAndUnclosedCommentsAreReadAsTheTokenizerReadsThem()
    {
        Assert.Equal("x<!-->a<!--->b<!----!>c<!--", PageSlimmer.Slim("x<!-->a<!--->b<!-- x --!>c<!-- never closed <p>d</p>"));
        Assert.Equal("<p>a</p><p>b</p><p>c</p><!--", PageSlimmer.Slim("<!--><p>a</p><!---><p>b</p><!-- x --!><p>c</p><!-- never closed <p>d</p>"));
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<script")]
    [InlineData("<script type=\"application/ld+json")]
    [InlineData("<svg><path")]
    [InlineData("<!")]
    [InlineData("</")]
    [InlineData("<a href='x>")]
    [InlineData("<script><!--<script>")]
    public void TruncatedMarkupNeitherThrowsNorLosesWhatTheParserKeeps(string page)
    {
        AssertSameReading(page);
    }

    [Fact]
    public void MetadataAndJsonLdSurviveBehindLargeScripts()
    {
        var filler = new StringBuilder();
        for (var i = 0; i < 2000; i++)
        {
            filler.Append("var a").Append(i).Append(" = \"</div><p>not article</p>\";\n");
        }
        var page = "<html><head><script>" + filler + "</script>"
            + "<meta property=\"og:title\" content=\"Harbour Bridge Reopens After Repairs\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Jane Doe\"}}</script>"
            + "<style>" + filler + "</style></head><body><svg><path d=\"M0\"/></svg><article><h1>Harbour Bridge Reopens After Repairs</h1>"
            + string.Concat(Enumerable.Repeat("<p>The bridge reopened to traffic on Tuesday after three months of repairs, the city said in a statement.</p>", 4))
            + "</article><script>" + filler + "</script></body></html>";

        var outcome = new ArticleExtractor().Extract(new RawDocument("slim", Encoding.UTF8.GetBytes(page), DocumentFormat.Html));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal("Harbour Bridge Reopens After Repairs", outcome.Article!.Title);
        Assert.Equal("Jane Doe", outcome.Article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), outcome.Article.Published);
        Assert.DoesNotContain("not article", outcome.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AFiftyMegabytePageIsSlimmedInOnePass()
    {
        const string Unit = "<div class=\"c\" title='>'><script>if (a < b && c-- > 0) { s = \"</div><!--\"; }</script><p>Some text.</p><!-- x --></div>\n";
        const string SlimUnit = "<div class=\"c\" ><p>Some text.</p><!----></div>\n";
        var units = 50_000_000 / Unit.Length;

        Assert.True(PageSlimmer.TrySlim(string.Concat(Enumerable.Repeat(Unit, units)), out var slimmed, Slimming.InertText | Slimming.InertNodes));
        Assert.Equal(units * SlimUnit.Length, slimmed.Length);
        Assert.StartsWith(SlimUnit + SlimUnit, slimmed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!--")]
    [InlineData("<script>")]
    [InlineData("<script><!--")]
    [InlineData("<svg>")]
    [InlineData("<a b='")]
    [InlineData("--")]
    [InlineData("<")]
    public void RepeatedOpenersDoNotMakeTheScanQuadratic(string opener)
    {
        var page = string.Concat(Enumerable.Repeat(opener, 2_000_000 / opener.Length));

        // Completing at all is the test: a quadratic scan of 2 M characters would not finish in the test run.
        PageSlimmer.TrySlim(page, out var slimmed);
        Assert.NotNull(slimmed);
    }

    [Fact]
    public void RandomAwkwardMarkup_ParsesToTheSameReading()
    {
        string[] pieces =
        [
            "<script>", "</script>", "</SCRIPT >", "</script/>", "<script type=application/ld+json>", "<script type='text/x'>", "<!--", "-->",
            "--!>", "<!-->", "<!--->", "-", "--", ">", "<", "</", "<svg>", "</svg>", "<SVG>", "<svg/>", "<math>", "</math>", "<![CDATA[", "]]>",
            "<p>", "</p>", "text ", "\"", "'", "<style>", "</style>", "</style x='>'>", "<textarea>", "</textarea>", "<title>", "</title>", "<b>",
            "</b>", "<div class=\"a>b\">", "</div>", "<iframe>", "</iframe>", "<font color=red>", "<font>", "<foreignObject>", "</foreignObject>",
            "<desc>", "</desc>", "<mi>", "</mi>", "<annotation-xml encoding='text/html'>", "<g>", "</g>", "<path d='M0'/>", "<script/>", "<xmp>",
            "</xmp>", "<noscript>", "</noscript>", "<br/>", "</br>", "<table>", "</table>", "<td>", "<tr>", "<select>", "</select>", "<option>",
            "<template>", "</template>", "<plaintext>", "\n", "<a href=x>", "</a>", "<!DOCTYPE html>", "<head>", "</head>", "<body>", "</body>",
            "<html>", "</html>", "<frameset>", "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<?xml ?>", "<input>", "<keygen>",
            "<script><!--<script>", "<ul>", "<li>", "<h1>", "<span>", "</span>", "<image>", "<colgroup>", "<caption>", "<!--<script>-->",
            "<\u017Fcript>", "</\u017Fcript>", "</\u017Fvg>", "<font x=1 color=red>", "<b class=c>", "<b>", "</b>", "<a/x=1>", "<svg/x=1>", "<p data-a=1/>", "<link rel=canonical href=/c>", "<img src=a srcset='b 1x'>",
            "<nav>", "</nav>", "<NAV class=menu>", "<aside>", "</aside>", "<footer>", "</footer>", "<nav><ul><li><a href=/x>x</a></li></ul></nav>",
            "<form>", "</form>", "<button>", "</button>", "<li>", "</li>", "</ul>", "<div>", "<em>", "</em>", "<nobr>", "</nobr>", "<time datetime=2024-01-01>",
            "<span class=author>", "<a rel=author>", "<aside class=author-bio>", "<footer class=byline>", "<i itemprop=datePublished content=2024>", "</source>", "<source>", "<picture>", "</picture>",
            "<p>", "<h2>", "</h2>", "<dd>", "<dt>", "<option>", "<object>", "</object>", "<marquee>", "</td>", "</tr>", "<tbody>", "<caption>",
        ];
        var random = new Random(20261123);
        for (var run = 0; run < 5000; run++)
        {
            var page = new StringBuilder();
            var count = random.Next(1, 60);
            for (var i = 0; i < count; i++)
            {
                page.Append(pieces[random.Next(pieces.Length)]);
            }
            AssertSameReading(page.ToString());
        }
    }

    [Theory]
    [InlineData("<nav class=\"menu\"><ul><li><a href=\"/a\">A</a></li></ul></nav><p>x</p>", "<nav class=\"menu\"></nav><p>x</p>")]
    [InlineData("<ASIDE><DIV><B>Most read</B><SPAN>1</SPAN></DIV></Aside>", "<ASIDE></Aside>")]
    [InlineData("<footer><p>a<p>b<ul><li>c<li>d</ul></footer>", "<footer></footer>")]
    [InlineData("<nav><nav><a>x</a></nav><form><button>go</button></form></nav>", "<nav></nav>")]
    [InlineData("<nav data-x='a>b'><a title='</nav>'>x</a><script>var s = '</nav>';</script></nav>", "<nav ></nav>")]
    [InlineData("<nav><picture><source></source><img></picture><span>a</span></span></nav>", "<nav></nav>")]
    [InlineData("<nav><div>x</span></div></nav>", "<nav></nav>")]
    public void BalancedChromeLosesItsInnerMarkup(string page, string slimmed)
    {
        Assert.Equal(slimmed, PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Theory]
    [InlineData("<nav><h1>Site</h1></nav>")]
    [InlineData("<nav><time datetime=\"2024-01-01\">today</time></nav>")]
    [InlineData("<aside><meta itemprop=\"datePublished\" content=\"2024-01-01\"></aside>")]
    [InlineData("<aside><span class=\"author-name\">Jane</span></aside>")]
    [InlineData("<aside><a rel=\"author\">Jane</a></aside>")]
    [InlineData("<aside class=\"author-bio\"><p>Jane writes.</p></aside>")]
    [InlineData("<footer><script type=\"application/ld+json\">{}</script></footer>")]
    [InlineData("<h1><span>Title</span><nav><a>x</a></nav></h1>")]
    [InlineData("<div class=\"byline\">By <nav><a>Jane</a></nav></div>")]
    [InlineData("<a><nav><a>x</a></nav></a>")]
    [InlineData("<form><nav><form></form></nav></form>")]
    [InlineData("<button><nav><button>x</button></nav></button>")]
    [InlineData("<nav><b>x</nav>after")]
    [InlineData("<section><nav><div>x</section></nav>")]
    [InlineData("<nav><em><i>x</em></i></nav>")]
    [InlineData("<nav><div>x</nav>")]
    [InlineData("<nav><table><td>x</table></nav>")]
    [InlineData("<nav><select><option>x</select></nav>")]
    [InlineData("<nav><b><b><b>x</b></b></b></nav>")]
    [InlineData("<nav><ul><li>x</li></ul>")]
    public void ChromeInDoubtKeepsItsInnerMarkup(string page)
    {
        Assert.Equal(page, PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void BlankTextInTheHeadAndBesideBlockStartsGoes_BetweenInlineElementsItStays()
    {
        const string page = "<html>\n<head>\n<meta charset=utf-8>\n<title>T</title>\n</head>\n<body>\n<div>\n<p>a</p>\n<p>b <a>c</a> <a>d</a></p>\n</div>\n</body>";

        Assert.Equal("<html><head><meta charset=utf-8><title>T</title></head><body><div><p>a</p><p>b <a>c</a> <a>d</a></p>\n</div>\n</body>", PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Theory]
    [InlineData("<span>a</span> <span>b</span>\n<img>\n<span>c</span>")]
    [InlineData("<pre>\n<b>x</b>\n<div>y</div>\n</pre>")]
    [InlineData("<b><div>\n<p>x</p></div></b>")]
    [InlineData("<h1><div>A</div>\n<div>B</div></h1>")]
    [InlineData("<div class=byline><div>By</div>\n<div>Jane</div></div>")]
    [InlineData("<select>\n<option>a</select>")]
    [InlineData("<table><td><b>x</td></table>\n<div>y</div>")]
    [InlineData("<p>a\n<div>b</div>")]
    public void BlankTextThatMayBeReadStays(string page)
    {
        Assert.Equal(page, PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void ABlockTheBodyFinderDropsStillPartsTheTextsAroundIt()
    {
        const string page = "<p><span>a</span>\n<div class=\"share-bar\">share</div>b <span>c</span>\n<nav>x</nav>d</p>"
            + "<p>The bridge reopened to traffic on Tuesday after three months of repairs, the city said.</p>";

        Assert.Equal("<p><span>a</span><div class=\"share-bar\">share</div>b <span>c</span><nav></nav>d</p>"
            + "<p>The bridge reopened to traffic on Tuesday after three months of repairs, the city said.</p>", PageSlimmer.Slim(page));
        AssertSameReading(page);
    }

    [Fact]
    public void RandomChromeMarkup_ParsesToTheSameReading()
    {
        string[] pieces =
        [
            "<nav>", "</nav>", "<aside>", "</aside>", "<footer>", "</footer>", "<aside class=author-bio>", "<nav class=byline>", "<div>", "</div>",
            "<ul>", "</ul>", "<li>", "</li>", "<p>", "</p>", "<a href=/x>", "</a>", "<b>", "</b>", "<i>", "</i>", "<span>", "</span>",
            "<span class=author>", "<h1>", "</h1>", "<h2>", "</h2>", "<time datetime=2024-01-01>", "</time>", "<form>", "</form>", "<button>",
            "</button>", "<table>", "<td>", "</table>", "<img>", "</img>", "<br>", "</br>", "text ", "\n", "<script>x</script>",
            "<script type=application/ld+json>{}</script>", "<!-- c -->", "<select>", "</select>", "<nobr>", "<em>", "</em>", "<meta name=a content=b>",
            " ", "\n  ", "\n", "<div class=share>", "<section>", "</section>", "<hr>", "<pre>", "</pre>", "<div class=byline>", "<head>", "</head>",
            "<body>", "<title>t</title>", "<link rel=stylesheet href=a.css>", "<p>Some words here.</p>", "<td>", "<tr>", "<object>",
        ];
        var random = new Random(20261124);
        for (var run = 0; run < 5000; run++)
        {
            var page = new StringBuilder();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++)
            {
                page.Append(pieces[random.Next(pieces.Length)]);
            }
            AssertSameReading(page.ToString());
        }
    }

    [Fact]
    public void GoldenFixtures_ParseToTheSameReading()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction");
        foreach (var file in Directory.EnumerateFiles(folder, "*.html"))
        {
            AssertSameReading(File.ReadAllText(file));
        }
    }

    /// <summary>
    /// The page and its slimmed form parse to the same tree outside what the pass drops: every element with the
    /// attributes that are read, every text node outside scripts, styles, iframes, SVG and MathML, and JSON-LD; inside
    /// nav, aside and footer elements only the elements and texts the metadata reader picks. Slimming
    /// in place leaves the same text at the front of the buffer.
    /// </summary>
    private static void AssertSameReading(string page)
    {
        var slimmed = PageSlimmer.Slim(page);
        var buffer = page.ToCharArray();
        Assert.Equal(slimmed, new string(buffer, 0, PageSlimmer.SlimInPlace(buffer)));
        using var original = Parser.ParseDocument(page);
        using var slim = Parser.ParseDocument(slimmed);
        var expected = Reading(original);
        var actual = Reading(slim);
        Assert.True(expected == actual, $"page: {page}\nslimmed: {slimmed}\nexpected: {expected}\nactual:   {actual}");
        AssertSameExtraction(page, slimmed, slim);
    }

    /// <summary>
    /// The metadata and the body blocks read from the slimmed page are the ones read from the page with only script,
    /// style and comment bodies dropped (the readers take the text of an h1 or a byline whole, scripts included).
    /// </summary>
    private static void AssertSameExtraction(string page, string slimmed, IDocument slim)
    {
        using var inert = Parser.ParseDocument(PageSlimmer.Slim(page, Slimming.InertText));
        var expected = Extraction(inert);
        var actual = Extraction(slim);
        Assert.True(expected == actual, $"page: {page}\nslimmed: {slimmed}\nexpected: {expected}\nactual:   {actual}");
    }

    private static string Extraction(IDocument document)
    {
        var meta = PageMetadata.Read(document, "https://example.com/a");
        var (blocks, evidence) = HtmlBodyFinder.Find(document, meta.Title);
        return $"{meta} | {evidence} | {string.Join(" ‖ ", blocks.Select(b => $"{b.Role}:{b.Text}"))}";
    }

    /// <summary>Elements the metadata reader may pick wherever they are: by tag, or by a class, rel or itemprop naming an author, a byline or a date.</summary>
    private static bool Picked(IElement element) =>
        element.LocalName is "h1" or "time" or "meta" or "title" or "base"
        || (element.LocalName == "script" && !IsInert(element))
        || HasPickedAttribute(element);

    private static bool HasPickedAttribute(IElement element) =>
        new[] { "class", "rel", "itemprop" }.Any(name => element.GetAttribute(name) is { } value
            && new[] { "author", "byline", "date", "canonical" }.Any(word => value.Contains(word, StringComparison.OrdinalIgnoreCase)));

    /// <summary>True for an element whose text the pass drops: scripts other than JSON-LD, styles, iframes.</summary>
    private static bool IsInert(IElement? element) =>
        element is not null && element.LocalName is "script" or "style" or "iframe"
        && !(element.LocalName == "script" && (element.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Elements the pass may remove whole: scripts other than JSON-LD, styles, links the metadata reader does not pick.</summary>
    private static bool IsRemovable(IElement element) =>
        (element.LocalName is "script" or "style" && IsInert(element)) || (element.LocalName == "link" && !HasPickedAttribute(element) && element.NamespaceUri == NamespaceNames.HtmlUri);

    /// <remarks>
    /// Texts are read trimmed, and texts that only removed nodes (comments, scripts, styles, links) or blank texts
    /// separate read as one run; within a run, '‖' marks where two texts meet, since the body finder counts prose per
    /// text node. Where blank text goes matters only between inline texts, which <see cref="AssertSameExtraction"/> checks.
    /// </remarks>
    private static string Reading(IDocument document)
    {
        var text = new StringBuilder();
        var run = new StringBuilder();
        var inRun = false;
        var runHasText = false;
        void EndRun()
        {
            if (inRun && runHasText)
            {
                text.Append('"').Append(run).Append('"');
            }
            inRun = false;
        }
        void Walk(INode node)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IText t)
                {
                    if (!IsInert(t.ParentElement))
                    {
                        if (!inRun)
                        {
                            run.Clear();
                            inRun = true;
                            runHasText = false;
                        }
                        var trimmed = t.Data.AsSpan().Trim(" \n\t\f\r");
                        if (!trimmed.IsEmpty && runHasText)
                        {
                            run.Append('‖');
                        }
                        runHasText |= !trimmed.IsEmpty;
                        run.Append(trimmed);
                    }
                }
                else if (child is IElement e && !IsRemovable(e))
                {
                    EndRun();
                    text.Append('<').Append(e.NamespaceUri == NamespaceNames.HtmlUri ? "" : "ns:").Append(e.LocalName);
                    foreach (var attribute in e.Attributes.Where(a => PageSlimmer.ReadAttributes.Contains(a.Name)
                        || (a.Name == "href" && e.LocalName is "link" or "base") || e.NamespaceUri != NamespaceNames.HtmlUri))
                    {
                        text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                    }
                    text.Append('>');
                    // Inside the chrome elements the body finder skips, the pass may drop the whole inner markup.
                    if (!(e.LocalName is "svg" or "math" && e.NamespaceUri != NamespaceNames.HtmlUri)
                        && !(e.LocalName is "nav" or "aside" or "footer" && e.NamespaceUri == NamespaceNames.HtmlUri))
                    {
                        Walk(e is AngleSharp.Html.Dom.IHtmlTemplateElement template ? template.Content : e);
                    }
                    else if (e.LocalName is "nav" or "aside" or "footer")
                    {
                        foreach (var picked in e.QuerySelectorAll("*").Prepend(e).Where(Picked))
                        {
                            text.Append("<picked ").Append(picked.LocalName);
                            foreach (var attribute in picked.Attributes.Where(a => PageSlimmer.ReadAttributes.Contains(a.Name)))
                            {
                                text.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                            }
                            text.Append('>');
                            // The metadata reader takes the text of an h1 and of byline elements; of the others, attributes.
                            var readsText = picked.LocalName == "h1" || new[] { "class", "rel", "itemprop" }.Any(name => picked.GetAttribute(name) is { } value
                                && (value.Contains("author", StringComparison.OrdinalIgnoreCase) || value.Contains("byline", StringComparison.OrdinalIgnoreCase)));
                            foreach (var inner in picked.Descendants<IText>().Where(d => readsText && !IsInert(d.ParentElement)
                                && !d.Ancestors<IElement>().Any(x => x.NamespaceUri != NamespaceNames.HtmlUri)))
                            {
                                text.Append(inner.Data);
                            }
                        }
                    }
                    EndRun();
                    text.Append("</>");
                }
            }
            EndRun();
        }
        Walk(document);
        return text.ToString();
    }
}
