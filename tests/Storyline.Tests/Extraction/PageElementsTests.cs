using System.IO.Compression;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Extraction;
using Storyline.Tests.Support;

namespace Storyline.Tests.Extraction;

/// <summary>The one-walk gathering of metadata elements must find what AngleSharp's selectors find.</summary>
public class PageElementsTests
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private const string TrickyPage = """
        <html lang="en"><head>
        <meta property="og:title" content="First"><meta name="OG:TITLE" content="Second"><meta name="empty" content="  ">
        <meta itemprop="datePublished" content="2024-01-02"><meta http-equiv="content-language" content="de">
        <link rel="alternate canonical" href="https://example.com/a"><link rel="canonical" href="https://example.com/b">
        <script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="APPLICATION/LD+JSON">{}</script>
        </head><body>
        <h2>Not the first heading</h2><h1>First <b>heading</b></h1><h1>Second</h1>
        <time>no datetime</time><time datetime="">empty</time><time datetime="2024-01-03">third</time>
        <span class="bylines">A</span><a rel="AUTHOR">A2</a><link rel="CANONICAL" href="https://example.com/c"><span class="Author">B</span><span class="x&#9;author-name">C</span>
        <span class="authorship">D</span><a rel="author me">E</a><a rel="author">F</a><div itemprop="author">G</div>
        <p class="post__byline-row">H</p>
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

    private static void AssertSameAsSelectors(string html)
    {
        using var page = Parser.ParseDocument(html);
        var found = PageElements.Find(page);

        Assert.Equal(page.QuerySelectorAll("script[type='application/ld+json']").Take(20), found.LinkedData);
        Assert.Equal(page.QuerySelectorAll("[rel='author'], [itemprop='author'], .byline, .author, .author-name, [class*='byline']").Take(10), found.Bylines);
        Assert.Same(page.QuerySelector("link[rel~='canonical']"), found.Canonical);
        Assert.Same(page.QuerySelector("[itemprop='datePublished']"), found.DatePublished);
        Assert.Same(page.QuerySelector("time[datetime]"), found.Time);
        Assert.Same(page.QuerySelector("h1"), found.FirstHeading);
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
