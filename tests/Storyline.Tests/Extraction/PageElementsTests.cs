using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Extraction;
using Storyline.Ingest;
using Storyline.Tests.Support;

namespace Storyline.Tests.Extraction;

/// <summary>The one-walk gathering of metadata elements must find what AngleSharp's selectors find.</summary>
public class PageElementsTests
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private const string TrickyPage = """
        <html lang="en"><head>
        <meta property="og:title" content="First"><meta name="OG:TITLE" content="Second"><meta name="empty" content="  ">
        <meta itemprop="dateCreated datePublished" content="2024-01-01"><meta itemprop="datePublished" content="2024-01-02"><meta http-equiv="content-language" content="de">
        <link rel="alternate canonical" href="https://example.com/a"><link rel="canonical" href="https://example.com/b">
        <script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="APPLICATION/LD+JSON">{}</script>
        </head><body>
        <h2>Not the first heading</h2><h1>First <b>heading</b></h1><h1>Second</h1>
        <time>no datetime</time><time datetime="">empty</time><time datetime="2024-01-03">third</time>
        <span class="bylines">A</span><a rel="AUTHOR">A2</a><link rel="CANONICAL" href="https://example.com/c"><span class="Author">B</span><span class="x&#9;author-name">C</span>
        <span class="authorship">D</span><a rel="author me">E</a><a rel="author">F</a><div itemprop="author">G</div>
        <p class="post__byline-row">H</p><span class="storyDate">I</span><div class="x update-dates">J</div><span class="DATE">K</span>
        </body></html>
        """;

    [Fact]
    public void FindsWhatTheSelectorsFind_OnAPageOfNearMisses()
    {
        AssertSameAsSelectors(TrickyPage);
    }

    [Fact]
    public void FindsWhatTheSelectorsFind_OnTheDevPages()
    {
        if (SharedData.Root is null)
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(SharedData.Path("data", "extraction-dev", "html"), "*.html.gz"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var html = reader.ReadToEnd();
            AssertSameAsSelectors(html);
            AssertSameAsSelectors(PageSlimmer.Slim(html));
        }
    }

    [Theory]
    [InlineData("canonical", true)]
    [InlineData(" alternate\tcanonical\n", true)]
    [InlineData("canonicals", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void HasToken_MatchesWholeWhitespaceSeparatedTokens(string value, bool expected)
    {
        Assert.Equal(expected, PageElements.HasToken(value, "canonical", StringComparison.Ordinal));
    }

    [Theory]
    // The site's name in the page header, as a link home.
    [InlineData("<div id=\"header\"><a href=\"/\"><h1>Harbour Times</h1></a></div><div><h1>Ferry strike ends</h1></div>", "Ferry strike ends")]
    [InlineData("<header><h1><a href=\"/\">Harbour Times</a></h1></header><h1>Ferry strike ends</h1>", "Ferry strike ends")]
    [InlineData("<h1 id=\"site-title\">Harbour Times</h1><h1>Ferry strike ends</h1>", "Ferry strike ends")]
    [InlineData("<div class=\"top\"><h1 class=\"logo\"><img alt=\"Harbour Times\"></h1></div><h1>Ferry strike ends</h1>", "Ferry strike ends")]
    // A headline that links to its own page stays the headline: inside the article, or not in a page header.
    [InlineData("<article><header><h1 class=\"entry-title\"><a href=\"/ferry\">Ferry strike ends</a></h1></header></article>", "Ferry strike ends")]
    [InlineData("<div><h1><a href=\"/ferry\">Ferry strike ends</a></h1></div>", "Ferry strike ends")]
    [InlineData("<header><h1>Ferry strike ends</h1></header>", "Ferry strike ends")]
    public void FirstHeading_IsTheFirstH1ThatIsNotTheSiteName(string body, string expected)
    {
        using var page = Parser.ParseDocument($"<html><body>{body}</body></html>");

        Assert.Equal(expected, PageElements.Find(page).FirstHeading?.TextContent.Trim());
    }

    [Fact]
    public void Extract_APageWithoutOpenGraphTakesItsTitleNotTheSiteNameInItsHeader()
    {
        const string Paragraph = "<p>The ferry strike that stranded thousands of travellers for a week ended on Sunday after the union accepted a new pay offer, the operator said.</p>";
        var html = "<html><head><title>Ferry strike ends after a week - Harbour Times</title></head><body>"
            + "<div id=\"header\"><a href=\"/\"><h1>Harbour Times</h1></a><ul><li><a href=\"/news\">News</a></li></ul></div>"
            + "<div id=\"content\">" + string.Concat(Enumerable.Repeat(Paragraph, 4)) + "</div></body></html>";

        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(html), DocumentFormat.Html));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal("Ferry strike ends after a week", outcome.Article!.Title);
    }

    private static void AssertSameAsSelectors(string html)
    {
        using var page = Parser.ParseDocument(html);
        var found = PageElements.Find(page);

        Assert.Equal(page.QuerySelectorAll("script[type='application/ld+json']").Take(20), found.LinkedData);
        Assert.Equal(page.QuerySelectorAll("[rel='author'], [itemprop='author'], .byline, .author, .author-name, [class*='byline']").Take(10), found.Bylines);
        Assert.Same(page.QuerySelector("link[rel~='canonical']"), found.Canonical);
        Assert.Same(page.QuerySelector("[itemprop~='datePublished']"), found.DatePublished);
        Assert.Same(page.QuerySelector("time[datetime]"), found.Time);
        Assert.Equal(page.QuerySelectorAll("time, [class*='date'], [class*='Date']").Take(10), found.Dated.Select(d => d.Element));
        Assert.Same(page.QuerySelectorAll("h1").FirstOrDefault(h => !PageElements.IsMasthead(h)), found.FirstHeading);
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.GetElementsByTagName("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (name is not null && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(name.Trim(), content);
            }
        }
        Assert.Equal(metas.OrderBy(m => m.Key, StringComparer.Ordinal), found.Metas.OrderBy(m => m.Key, StringComparer.Ordinal));
    }
}
