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

    [Theory]
    // Short enough: kept, less its full stop.
    [InlineData("A fire on a ferry off Geoje killed three people on Sunday.", "A fire on a ferry off Geoje killed three people on Sunday")]
    // Who said it, and what it adds, go once eight words stand before them.
    [InlineData("Three fishermen were missing off the coast of Geoje on Sunday, the coast guard said.", "Three fishermen were missing off the coast of Geoje on Sunday")]
    [InlineData("The operator may delay the reopening of the ferry route this spring, the ministry said thursday, amid questions about its cost.", "The operator may delay the reopening of the ferry route this spring")]
    [InlineData("Tours of the harbour have resumed and the mayor surprised one of the first groups by greeting them — right next to the wreck.", "Tours of the harbour have resumed and the mayor surprised one of the first groups by greeting them")]
    // Too few words before the aside: it stays.
    [InlineData("The ferry sank, officials said.", "The ferry sank, officials said")]
    // Not inside brackets.
    [InlineData("The online course on harbour history (registration is open – sign up now) starts next week.", "The online course on harbour history (registration is open – sign up now) starts next week")]
    public void FromLead_IsTheLeadUpToWhatAttributesOrAddsToIt(string lead, string expected)
    {
        Assert.Equal(expected, Headlines.FromLead(lead));
    }

    [Fact]
    public void FromLead_ALongLeadIsCutAtAWordWithAnEllipsis()
    {
        var lead = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}")) + ".";

        var headline = Headlines.FromLead(lead);

        Assert.EndsWith("word25…", headline, StringComparison.Ordinal);
        Assert.Equal(Headlines.MaxLeadWords, headline.Split(' ').Length);
    }
}
