using System.Globalization;

namespace Storyline.Tests.Extraction;

/// <summary>Where an HTML article's publication date comes from, most precise source first.</summary>
public class PageDateTests
{
    [Theory]
    [InlineData("<meta property=\"article:published\" itemprop=\"datePublished dateCreated\" content=\"2019-11-19T11:00:09.000Z\">", "2019-11-19T11:00")]
    [InlineData("<meta itemprop=\"dateCreated datePublished\" content=\"2019-11-18T08:30:00Z\">", "2019-11-18T08:30")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.com/2019/11/17/grain-talks/\">", "2019-11-17T00:00")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.com/2019/11/17/grain-talks/\"><meta property=\"article:published_time\" content=\"2019-11-16T21:05:00Z\">", "2019-11-16T21:05")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"datePublished\":\"2018-04-18T14:39:09+02:00\"}]}</script><meta property=\"article:modified_time\" content=\"2019-04-10T10:13:14+02:00\">", "2018-04-18T12:39")]
    public void Extract_ReadsTheDateFromMetadataFirst_AndFromTheAddressWhenThePageHasNone(string head, string published)
    {
        var html = Page(head, "<article><h1>Grain talks</h1>" + GrainTalksPage.Body + "</article>");

        Assert.Equal(published, Published(html, ToTheMinute));
    }

    [Theory]
    [InlineData("<div class=\"byline\">By Jo Reyes</div><span class=\"article-publish-date\">November 19, 2019, 9:02 AM</span>", "2019-11-19T09:02")]
    [InlineData("<span class=\"storyDate\">Posted: <span itemprop=\"datePublished\">Fri 6:45 PM, Feb 16, 2018</span></span>", "2018-02-16T18:45")]
    [InlineData("<p>Filed <time>March 3, 2021</time></p>", "2021-03-03T00:00")]
    [InlineData("<p><time>Nov 19</time> <span class=\"date\">Updated 20.11.2019, 08:15</span></p>", "2019-11-20T08:15")]
    [InlineData("<div class=\"date-box\"><a>Home</a> <a>World news</a> <a>Business</a> <a>Sport</a> <a>Culture</a> <a>Science</a> <a>Travel</a> <a>Opinion</a> <a>Letters</a> <a>Archive from January 1, 2001 to today</a></div><div class=\"date\">20 November 2019</div>", "2019-11-20T00:00")]
    public void Extract_APageWithoutDateMetadata_ReadsTheDateItShowsItsReaders(string chrome, string published)
    {
        var html = Page("", "<article><h1>Grain talks</h1>" + chrome + GrainTalksPage.Body + "</article>");

        Assert.Equal(published, Published(html, ToTheMinute));
    }

    [Fact]
    public void Extract_ADateUnderTheHeadline_WinsOverTheDatesOfAListAboveIt()
    {
        var html = Page("", "<ul class=\"latest\"><li><a>Port strike ends</a> <span class=\"date\">May 2, 2017</span></li></ul>"
            + "<article><h1>Grain talks</h1><p class=\"meta\"><span class=\"post-date\">18/11/2019</span></p>" + GrainTalksPage.Body + "</article>");

        Assert.Equal("2019-11-18", Published(html, ToTheDay));
    }

    [Theory]
    [InlineData("<h1>Grain talks</h1><div class=\"css-1x\">Written by <a>Jo Reyes</a> on November 14, 2019</div>", "2019-11-14")]
    [InlineData("<p><span>Von</span> <a>Moritz Bauer</a> <span>publiziert am 30. Juli 2018</span></p><h1>Grain talks</h1>", "2018-07-30")]
    [InlineData("<p>Archive: 2011</p><p><span>By Jo Reyes</span> <span>Oct. 2, 2017</span></p><h1>Grain talks</h1><p>Updated 3 Oct 2017</p>", "2017-10-03")]
    [InlineData("<dl class=\"newsTitle\"><dt>Grain talks</dt></dl> 기사입력 :[ 2018-08-25 15:24 ]", "2018-08-25")]
    public void Extract_APageThatMarksNoDate_ReadsAShortLineNextToTheHeadline(string top, string day)
    {
        var html = Page("", "<div>" + top + GrainTalksPage.Body + "</div>");

        Assert.Equal(day, Published(html, ToTheDay));
    }

    [Theory]
    [InlineData("<h1>Grain talks</h1><p>The talks, first held on November 14, 2019 in the capital, were the longest the two ministries have had.</p>")]
    [InlineData("<h1>Grain talks</h1><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><p>g</p><p>h</p><p>Filed November 14, 2019</p>")]
    [InlineData("<p>Filed November 14, 2019</p><div>Grain talks at the border</div>")]
    public void Extract_ADateInProse_FarFromTheHeadline_OrWithNoHeadline_IsNotThePagesDate(string top)
    {
        var html = Page("", "<div>" + top + GrainTalksPage.Body + "</div>");

        Assert.Null(GrainTalksPage.Extract(html).Published);
    }

    [Fact]
    public void Extract_APageWithNoDateAnywhere_HasNone()
    {
        var html = Page("<link rel=\"canonical\" href=\"https://news.example.com/world/grain-talks\">", "<article><h1>Grain talks</h1>" + GrainTalksPage.Body + "</article>");

        Assert.Null(GrainTalksPage.Extract(html).Published);
    }

    private const string ToTheMinute = "yyyy-MM-dd'T'HH:mm";
    private const string ToTheDay = "yyyy-MM-dd";

    // An English page titled "Grain talks", with what its head holds besides the title, and its body.
    private static string Page(string head, string body) =>
        "<html lang=\"en\"><head>" + head + "<title>Grain talks</title></head><body>" + body + "</body></html>";

    // The page's publication date in UTC, as the format writes it; null when it has none.
    private static string? Published(string html, string format) =>
        GrainTalksPage.Extract(html).Published?.UtcDateTime.ToString(format, CultureInfo.InvariantCulture);
}
