using Storyline.Text.Tokens;

namespace Storyline.Tests.Text.Tokens;

public class TokenAnalyzerTests
{
    [Fact]
    public void Tokenize_English_StemsAndDropsStopWords()
    {
        var terms = TokenAnalyzer.Shared.Terms("The rescuers are searching the collapsed buildings");

        Assert.Equal(["rescuer", "search", "collaps", "build"], terms);
    }

    [Fact]
    public void Tokenize_MarksNamesNumbersAndSentenceStarts()
    {
        var tokens = TokenAnalyzer.Shared.Tokenize("Officials said Kim Jong Un fired 2 missiles. Seoul responded.");

        var officials = tokens.Single(t => t.Term == "offici");
        var kim = tokens.Single(t => t.Term == "kim");
        var two = tokens.Single(t => t.Term == "2");
        var seoul = tokens.Single(t => t.Term == "seoul");
        Assert.True(officials.IsSentenceInitial);
        Assert.False(officials.IsNameLike);
        Assert.True(kim.IsNameLike);
        Assert.True(two.IsNumeric);
        Assert.True(seoul.IsSentenceInitial);
    }

    [Theory]
    [InlineData("en", "Kłodawin", "Klodawin")]
    [InlineData("fr", "Kłodawin", "Klodawin")]
    [InlineData("en", "Erdoğan", "Erdogan")]
    [InlineData("de", "São Paulo", "Sao Paulo")]
    public void Terms_ANameWithAndWithoutItsMarks_AreTheSameTerms(string language, string marked, string plain)
    {
        Assert.Equal(TokenAnalyzer.Shared.Terms(plain, language), TokenAnalyzer.Shared.Terms(marked, language));
    }

    [Fact]
    public void Tokenize_OffsetsPointAtTheSurfaceForm()
    {
        const string Text = "Floods swept through Valencia.";
        var token = TokenAnalyzer.Shared.Tokenize(Text).Single(t => t.Term == "valencia");

        Assert.Equal("Valencia", Text.Substring(token.Start, token.Length));
    }

    [Fact]
    public void Scan_HandsOverEachTermWithItsPlaceAndShape_AsTokenizeListsThem()
    {
        const string Text = "Officials said Kim Jong Un fired 2 missiles at dawn. Seoul responded within hours.";
        var scanned = new List<Token>();

        TokenAnalyzer.Shared.Scan(Text, "en", (term, start, length, shape) => scanned.Add(new Token(term.ToString(), start, length, shape)));

        Assert.Equal(TokenAnalyzer.Shared.Tokenize(Text, "en"), scanned);
        Assert.Contains(scanned, t => t.Term == "kim" && t.IsNameLike);
    }

    [Fact]
    public void Tokenize_German_UsesGermanStemmerAndStopWords()
    {
        var terms = TokenAnalyzer.Shared.Terms("Die Häuser wurden zerstört", "de");

        Assert.DoesNotContain("die", terms);
        Assert.Contains(terms, t => t.StartsWith("haus", StringComparison.Ordinal));
    }

    [Fact]
    public void Tokenize_UnknownLanguage_FallsBackToEnglish()
    {
        Assert.Equal(TokenAnalyzer.Shared.Terms("running dogs"), TokenAnalyzer.Shared.Terms("running dogs", "xx-YY"));
    }

    [Fact]
    public void Tokenize_FromManyThreads_GivesTheSameTerms()
    {
        const string Text = "Emergency crews battled wildfires across California as winds picked up on Tuesday.";
        var expected = TokenAnalyzer.Shared.Terms(Text);

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => TokenAnalyzer.Shared.Terms(Text)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
