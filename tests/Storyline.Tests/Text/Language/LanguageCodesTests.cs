using Storyline.Text.Language;

namespace Storyline.Tests.Text.Language;

public class LanguageCodesTests
{
    [Theory]
    [InlineData("de", "en", true)]
    [InlineData("de-AT", "en-GB", true)]
    [InlineData("en", "EN-us", false)]
    [InlineData("de", null, false)]
    [InlineData(null, null, false)]
    public void Differ_OnlyForTwoKnownLanguages(string? a, string? b, bool differ) => Assert.Equal(differ, LanguageCodes.Differ(a, b));

    [Theory]
    [InlineData(null, true, false, false)]
    [InlineData("", true, false, false)]
    [InlineData("en-GB", true, false, false)]
    [InlineData("de", false, true, true)]
    [InlineData("DE-ch", false, true, true)]
    [InlineData("es", false, true, false)]
    public void Readings(string? code, bool englishOrUnknown, bool foreign, bool german)
    {
        Assert.Equal(englishOrUnknown, LanguageCodes.IsEnglishOrUnknown(code));
        Assert.Equal(foreign, LanguageCodes.IsForeign(code));
        Assert.Equal(german, LanguageCodes.IsGerman(code));
    }
}
