using Storyline.Articles;

namespace Storyline.Tests.Articles;

public class HeadlinesTests
{
    [Theory]
    [InlineData("Tram derails in Croydon, seven dead - TechCrunch", null, null, "Tram derails in Croydon, seven dead")]
    [InlineData("Tram derails in Croydon, seven dead — The Harbour Times", null, null, "Tram derails in Croydon, seven dead")]
    [InlineData("Tram derails in Croydon, seven dead | CNN", null, null, "Tram derails in Croydon, seven dead")]
    [InlineData("Tram derails in Croydon, seven dead - Harbourline", null, "https://www.harbourline.example/news/tram", "Tram derails in Croydon, seven dead")]
    [InlineData("Tram derails in Croydon, seven dead - Harbourline", null, null, "Tram derails in Croydon, seven dead - Harbourline")]
    [InlineData("Tram derails in Croydon, seven dead - police", null, null, "Tram derails in Croydon, seven dead - police")]
    [InlineData("Tram derails - CNN", null, null, "Tram derails - CNN")]
    [InlineData("Tram derails in Croydon, seven dead", null, null, "Tram derails in Croydon, seven dead")]
    public void WithoutOutlet_DropsOnlyAnOutletsName(string title, string? source, string? url, string expected)
    {
        Assert.Equal(expected, Headlines.WithoutOutlet(title, source, url));
    }
}
