using Storyline.Articles;

namespace Storyline.Tests.Articles;

public class ContentHashingTests
{
    [Fact]
    public void Of_IgnoresWhitespaceAndCase()
    {
        Assert.Equal(ContentHashing.Of("Putin to visit", "A  b\n\nc"), ContentHashing.Of("putin TO visit ", "a b c"));
    }

    [Fact]
    public void Of_TellsDifferentTextsApart()
    {
        Assert.NotEqual(ContentHashing.Of("Putin to visit", "3 killed"), ContentHashing.Of("Putin to visit", "5 killed"));
    }
}
