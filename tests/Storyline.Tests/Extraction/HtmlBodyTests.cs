using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>What the page reader keeps of a short paragraph between two paragraphs of an article.</summary>
public class HtmlBodyTests
{
    private const string Prose = "The market reopened on Saturday after a week of repairs to its roof, and traders said the first morning was the busiest of the year.";
    private const string Closing = "More stalls will open next week.";

    [Theory]
    [InlineData("<a href=\"http://shop.example/x7Kq2\">http://shop.example/x7Kq2</a>", true)]
    [InlineData("<a href=\"https://news.example/more/roof-repairs\">Read more about the roof repairs</a>", false)]
    [InlineData("<a href=\"https://news.example/\">https://news.example/</a>", false)]
    public void ALineOfLinkStaysOnlyWhenItIsAnAddressWrittenOut(string line, bool kept)
    {
        var link = line[(line.IndexOf('>') + 1)..line.LastIndexOf('<')];

        Assert.Equal(kept, TextAround(line).Contains(link, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Let our news meet your inbox. The stories that matter, delivered weekday mornings.")]
    [InlineData("Related: Ferry timetables to change in the spring")]
    [InlineData("A stall holder sets out fruit on the first morning.© Jane Doe")]
    [InlineData("Follow the Harbour Weekly opinion section on Facebook and Twitter.")]
    [InlineData("Subscribe to Harbour Weekly and stay up to date with more of your favourite writers.")]
    [InlineData("If you buy something through this post, Harbour Weekly may get a share of the sale.")]
    [InlineData("Jane Doe writes about transport for Harbour Weekly. Follow her on Twitter @janedoe.")]
    public void APageNoticeWrittenAsText_IsDropped(string notice)
    {
        Assert.DoesNotContain(notice[..20], TextAround(notice), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The market company said the posts violated its terms of service and took them down on Tuesday.")]
    [InlineData("Regulators said Harbourline's privacy policy did not explain how traders' card data was kept.")]
    public void NewsAboutSomeoneElsesTerms_IsKept(string sentence)
    {
        Assert.Contains(sentence, TextAround(sentence), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("More Great Harbour Weekly Stories")]
    [InlineData("You may also like")]
    public void AHeadingThatClosesTheArticle_EndsIt(string heading)
    {
        var page = $"<html><body><article><h1>Market reopens</h1><p>{Prose}</p><p>{Prose}</p><p>{Prose} {Closing}</p>"
            + $"<h3>{heading}</h3><p>Fishermen say the new quota for the coming season will cut their catch by a third, and their union "
            + "has asked the ministry for talks before it takes effect in the spring.</p></article></body></html>";

        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(page), DocumentFormat.Html));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.EndsWith(Closing, outcome.Article!.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Under a closing rule, the publisher describing itself is a press release's boilerplate; anyone else is the article's.
    [InlineData("https://www.harbourworks.com/news/market-reopens", "<p>Harbourworks is a global provider of market halls, with offices in 12 countries.</p>", false)]
    [InlineData("https://www.harbourworks.com/news/market-reopens", "<h3>About Harbourworks</h3><p>The company builds market halls in 12 countries.</p>", false)]
    [InlineData("https://news.example/market-reopens", "<p>Harbourworks is a global provider of market halls, with offices in 12 countries.</p>", true)]
    [InlineData("https://www.harbourworks.com/news/market-reopens", "<p>Traders say the new roof keeps the stalls dry, and the council is a step closer to reopening the fish hall.</p>", true)]
    public void UnderAClosingRule_OnlyThePublishersSelfDescriptionIsDropped(string url, string footer, bool kept)
    {
        var page = $"<html><body><article><h1>Market reopens</h1><p>{Prose}</p><p>{Prose}</p><p>{Prose} {Closing}</p><hr>{footer}</article></body></html>";
        var last = footer[(footer.LastIndexOf("<p>", StringComparison.Ordinal) + 3)..footer.LastIndexOf("</p>", StringComparison.Ordinal)];

        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(page), DocumentFormat.Html) { Url = url });

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Equal(kept, outcome.Article!.Text.Contains(last, StringComparison.Ordinal));
        Assert.Contains(Closing, outcome.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANumberedListThatRunsOnPastItsLastSentence_IsKeptToItsEnd()
    {
        var page = $"<html><body><article><h1>Gifts for the market's regulars</h1><p>{Prose}</p><p>{Prose}</p><p>"
            + "1) A canvas bag for the Saturday market, strong enough to carry a week of vegetables home.<br>"
            + "2) A season ticket for the harbour ferry, which stops a short walk from the market hall.<br>"
            + "3) Fish knife<br>4) Apron (blue)<br>5) Cookbook</p></article><footer><p>Contact us</p></footer></body></html>";

        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(page), DocumentFormat.Html));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.EndsWith("5) Cookbook", outcome.Article!.Text, StringComparison.Ordinal);
    }

    // The article text of a page whose article holds `middle` between two paragraphs; the paragraph after it is always kept.
    private static string TextAround(string middle)
    {
        var page = $"<html><body><article><h1>Market reopens</h1><p>{Prose}</p><p>{middle}</p><p>{Prose} {Closing}</p></article></body></html>";

        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(page), DocumentFormat.Html));

        Assert.True(outcome.Succeeded, outcome.Error);
        Assert.Contains(Closing, outcome.Article!.Text, StringComparison.Ordinal);
        return outcome.Article.Text;
    }
}
