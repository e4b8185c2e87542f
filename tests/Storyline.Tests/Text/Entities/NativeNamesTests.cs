using Storyline.Text.Entities;
using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Entities;

public class NativeNamesTests
{
    [Theory]
    [InlineData("북한은 18일 어민 6명을 돌려보냈다.", "북한", "North Korea")]
    [InlineData("대한민국 정부는 환영한다고 밝혔다.", "대한민국", "South Korea")]
    [InlineData("中国外交部发言人表示反对。", "中国", "China")]
    [InlineData("政府は東京で会見を開いた。", "東京", "Tokyo")]
    public void FindIn_NamesWithParticlesOrInsideWords_AreFound(string text, string name, string known)
    {
        var mention = Assert.Single(NativeNames.FindIn(SentenceSplitter.Split(text)[0]));

        Assert.Equal((name, known, text.IndexOf(name, StringComparison.Ordinal)), (mention.Text, mention.Known, mention.Start));
    }

    [Theory]
    [InlineData("거제 조선소에서 불이 났다.")]
    [InlineData("North Korea returned six fishermen.")]
    public void FindIn_NoListedName_FindsNothing(string text)
    {
        Assert.Empty(NativeNames.FindIn(SentenceSplitter.Split(text)[0]));
    }
}
