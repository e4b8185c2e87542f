namespace Storyline.Tests.Extraction;

/// <summary>An article's language carries the region its page declares, when the text is in that language.</summary>
public class PageLanguageTests
{
    [Theory]
    [InlineData("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"en_GB\">", "en-GB")]
    [InlineData("<html lang=\"en-us\"><head>", "en-US")]
    [InlineData("<html lang=\"en\"><head>", "en")]
    [InlineData("<html lang=\"de-DE\"><head>", "en")]
    [InlineData("<html><head><meta property=\"og:locale\" content=\"en_AU\">", "en-AU")]
    [InlineData("<html lang=\"en\"><head><meta property=\"og:locale\" content=\"fr_FR\">", "en")]
    public void Extract_KeepsTheDeclaredRegionOfTheTextsLanguage(string head, string language)
    {
        var html = head + "<title>Grain talks</title></head><body><article><h1>Grain talks</h1>" + GrainTalksPage.Body + "</article></body></html>";

        Assert.Equal(language, GrainTalksPage.Extract(html).Language);
    }
}
