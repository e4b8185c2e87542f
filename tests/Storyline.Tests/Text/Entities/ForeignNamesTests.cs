using Storyline.Text.Entities;
using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Entities;

public class ForeignNamesTests
{
    [Fact]
    public void EveryEnglishName_IsAGazetteerEntry()
    {
        var entries = Gazetteer.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(ForeignNames.EnglishNames, name => Assert.Contains(name, entries));
    }

    [Theory]
    [InlineData("Südkorea", "South Korea")]
    [InlineData("Corea del Sur", "South Korea")]
    [InlineData("Korea Selatan", "South Korea")]
    [InlineData("Rumänien", "Romania")]
    [InlineData("Kiew", "Kyiv")]
    [InlineData("Omán", "Oman")]
    [InlineData("ONU", "United Nations")]
    [InlineData("EE.UU.", "United States")]
    [InlineData("Donau", "Danube")]
    public void Lookup_NamesInOtherLanguages_FindTheirEntry(string name, string entry)
    {
        Assert.Equal(entry, Gazetteer.Lookup(name)?.Name);
    }

    [Theory]
    [InlineData("Nach Angaben der Behörden in Südkorea wurden 40 Menschen verletzt.", "Südkorea", "South Korea")]
    [InlineData("Los ministros firmaron el acuerdo en Kiew.", "Kiew", "Kyiv")]
    [InlineData("Banjir juga melanda wilayah Korea Selatan pekan lalu.", "Korea Selatan", "South Korea")]
    public void MentionFinder_KnowsThePlaceWhateverTheLanguage(string text, string name, string known)
    {
        var mentions = MentionFinder.FindIn(SentenceSplitter.Split(text)[0]);

        Assert.Contains(mentions, m => m.Text == name && m.Known == known);
    }

    [Theory]
    [InlineData("Chile")]
    [InlineData("Reno")]
    [InlineData("Colonia")]
    public void WordsThatAreAlsoOtherPlacesOrCommonWords_AreNotForeignNames(string name)
    {
        Assert.DoesNotContain(ForeignNames.EnglishNames, english => ForeignNames.Of(english).Contains(name));
    }
}
