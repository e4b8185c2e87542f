using Storyline.Articles;

namespace Storyline.Tests.Articles;

public class OutletsTests
{
    [Theory]
    [InlineData("Reuters", "https://www.example.com/a", "Reuters")]
    [InlineData("  Yonhap ", null, "Yonhap")]
    [InlineData("www.NPR.org", null, "npr.org")]
    [InlineData("edition.cnn.com", null, "edition.cnn.com")]
    [InlineData("Tempo.co English", null, "Tempo.co English")]
    [InlineData(null, "https://WWW.Example.com/world/1", "example.com")]
    [InlineData("", "https://news.example.org/a", "news.example.org")]
    [InlineData(" ", "not a url", Outlets.Unknown)]
    [InlineData(null, null, Outlets.Unknown)]
    public void Name_IsTheSourceElseTheSiteElseUnknown(string? source, string? url, string expected)
    {
        Assert.Equal(expected, Outlets.Name(source, url));
    }

    [Theory]
    [InlineData("Left Bank Daily", null, "Left Bank Daily", true)]
    [InlineData("Metro Courier Publishing", null, "Metro Courier", true)]
    [InlineData("The Harbour Ledger", null, "Harbour Ledger", true)]
    [InlineData(null, "https://www.leftbankdaily.com.ua/news/1", "Left Bank Daily", true)]
    [InlineData("abcnews.go.com", null, "ABC News", true)]
    [InlineData("Reuters", "https://www.npr.org/a", "NPR", true)]
    [InlineData("Korea Times", null, "Korea", false)]
    [InlineData("Metro Courier", null, "Metro", false)]
    [InlineData("Tempo.co English", null, "Tempo", false)]
    [InlineData(null, null, "Reuters", false)]
    public void IsOwnName_MatchesTheLabelOrTheSite_NotAPartOfThem(string? source, string? url, string name, bool expected)
    {
        var article = new Article { Id = "a", Title = "T", Text = "", Source = source, Url = url };

        Assert.Equal(expected, Outlets.IsOwnName(article, name));
    }
}
