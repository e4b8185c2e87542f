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
}
