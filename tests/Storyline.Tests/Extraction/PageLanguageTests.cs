using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>An article's language carries the region its page declares, when the text is in that language.</summary>
public class PageLanguageTests
{
    private const string Body = """
        <p>Ministers from the two countries met in the capital on Monday to discuss how to move more grain along the river, officials said after the talks ended late in the evening.</p>
        <p>The delegations agreed to set up a joint working group that will report back within a month, and said they would meet again before the end of the season to review progress.</p>
        <p>Farmers on both sides of the border have complained for months about queues at the crossings, which have grown longer since the spring as exports rose sharply.</p>
        """;

    [Theory]
    [InlineData("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"en_GB\">", "en-GB")]
    [InlineData("<html lang=\"en-us\"><head>", "en-US")]
    [InlineData("<html lang=\"en\"><head>", "en")]
    [InlineData("<html lang=\"de-DE\"><head>", "en")]
    [InlineData("<html><head><meta property=\"og:locale\" content=\"en_AU\">", "en-AU")]
    [InlineData("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"fr_FR\">", "en")]
    public void Extract_KeepsTheDeclaredRegionOfTheTextsLanguage(string head, string language)
    {
        var html = head + "<title>Grain talks</title></head><body><article><h1>Grain talks</h1>" + Body + "</article></body></html>";

        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(html), DocumentFormat.Html));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(language, outcome.Article!.Language);
    }
}
