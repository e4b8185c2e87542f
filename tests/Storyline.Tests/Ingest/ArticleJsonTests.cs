using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public class ArticleJsonTests
{
    private const string Input = """
        {"id":"a","title":"T","text":"Body.","published":"2024-03-01T12:00:00+02:00","source":"example.org","url":"https://example.org/a","story":"s1"}
        not json

        {"id":"b","title":null,"text":"Body two.","published":null,"source":""}
        {"id":"c","text":"x","published":"yesterday"}
        {"id":"d","title":"","text":""}
        {"id":"e","text":["a"]}
        """;

    [Fact]
    public void ReadLabelled_GoodAndBadLines_GivesOneResultPerLine_WithNumbersAndGoldLabels()
    {
        var lines = ArticleJson.ReadLabelled(new StringReader(Input)).ToList();

        Assert.Equal([1, 2, 4, 5, 6, 7], lines.Select(l => l.LineNumber));
        var a = lines[0].Article!;
        Assert.Equal(("a", "T", "Body.", "example.org", "s1"), (a.Id, a.Title, a.Text, a.Source, lines[0].Story));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), a.Published);
        Assert.StartsWith("invalid JSON", lines[1].Error, StringComparison.Ordinal);
        Assert.Equal("", lines[2].Article!.Title);
        Assert.Null(lines[2].Article!.Published);
        Assert.Null(lines[2].Article!.Source);
        Assert.Equal("c", lines[3].Article!.Id);
        Assert.Null(lines[3].Article!.Published);
        Assert.Equal("\"published\" is not a date: 'yesterday'", lines[3].Warning);
        Assert.Null(lines[0].Warning);
    }

    [Fact]
    public void ReadLines_ForIngest_RefusesADateItCannotRead_RatherThanStoreTheArticleUndated()
    {
        var items = ArticleJson.ReadLines(new StringReader(Input), "feed.jsonl", IngestHints.None).ToList();

        Assert.Equal("\"published\" is not a date: 'yesterday'", items.Single(i => i.Origin == "feed.jsonl:5").Error);
    }

    [Fact]
    public void TitleAndText_HaveTheCharacterReferencesAScrapedExportLeft_Decoded()
    {
        var line = ArticleJson.ReadLabelled(new StringReader(
            """{"id":"a","title":"Tolls &amp; roads","text":"Published in the Journal of Epidemiology &amp; Community Health &#124; AT&T and R&D stay as written."}""")).Single();

        Assert.Equal("Tolls & roads", line.Article!.Title);
        Assert.Equal("Published in the Journal of Epidemiology & Community Health | AT&T and R&D stay as written.", line.Article.Text);
    }

    [Theory]
    [InlineData("\"2024-03-01T12:00:00+02:00\"", "2024-03-01T10:00:00Z")]
    [InlineData("\"2024-03-01 12:00:00\"", "2024-03-01T12:00:00Z")]
    [InlineData("\"Fri, 01 Mar 2024 12:00:00 GMT\"", "2024-03-01T12:00:00Z")]
    [InlineData("\"1 March 2024\"", "2024-03-01T00:00:00Z")]
    [InlineData("\"March 1, 2024 at 12:00 PM\"", "2024-03-01T12:00:00Z")]
    [InlineData("\"21/03/2024\"", "2024-03-21T00:00:00Z")]
    [InlineData("1709294400", "2024-03-01T12:00:00Z")]
    [InlineData("\"1709294400000\"", "2024-03-01T12:00:00Z")]
    public void Published_IsReadInTheFormsFeedsAndExportsWriteIt(string field, string expected)
    {
        var line = ArticleJson.ReadLabelled(new StringReader($$"""{"id":"a","text":"Body.","published":{{field}}}""")).Single();

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), line.Article!.Published);
        Assert.Null(line.Warning);
    }

    [Fact]
    public void ReadLabelled_WithoutASource_TakesTheSiteOfTheUrl()
    {
        var line = ArticleJson.ReadLabelled(new StringReader("""{"id":"a","title":"T","text":"Body.","url":"https://www.example.net/world/a"}""")).Single();

        Assert.Equal("example.net", line.Article!.Source);
    }

    [Fact]
    public void ReadLabelled_KeepsAnEmptyArticle_SoEveryIdOfAStreamGetsAStory()
    {
        var empty = ArticleJson.ReadLabelled(new StringReader(Input)).Single(l => l.LineNumber == 6);

        Assert.Equal("d", empty.Article!.Id);
    }

    [Fact]
    public void ReadLines_ForIngest_RefusesAnArticleWithNeitherTitleNorText()
    {
        var items = ArticleJson.ReadLines(new StringReader(Input), "feed.jsonl", IngestHints.None).ToList();

        Assert.Contains("neither", items.Single(i => i.Origin == "feed.jsonl:6").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFieldOfTheWrongType_MakesTheLineBad_AndNamesTheField()
    {
        var line = ArticleJson.ReadLabelled(new StringReader(Input)).Single(l => l.LineNumber == 7);

        Assert.False(line.Succeeded);
        Assert.Equal("\"text\" must be a string, not array", line.Error);
    }

    [Fact]
    public void AMissingLanguage_IsIdentifiedFromTheText_AndAGivenOneIsKept()
    {
        const string German = "Bei einem Brand auf einer Fähre vor der Küste Südkoreas sind am Sonntag drei Menschen ums Leben gekommen, teilte die Küstenwache mit. Das Feuer war in der Nacht auf dem Fahrzeugdeck ausgebrochen, als die meisten Passagiere schliefen.";
        var input = string.Join('\n',
            $$"""{"id":"de","title":"Tote bei Brand auf Fähre","text":"{{German}}"}""",
            $$"""{"id":"given","title":"Tote bei Brand auf Fähre","text":"{{German}}","language":"nl"}""",
            """{"id":"short","title":"Fire","text":"Three dead."}""");

        var articles = ArticleJson.ReadLabelled(new StringReader(input)).Select(l => l.Article!).ToList();

        Assert.Equal(["de", "nl", null], articles.Select(a => a.Language));
    }

    [Fact]
    public void AMissingId_IsTheContentHash()
    {
        var line = Assert.Single(ArticleJson.ReadLabelled(new StringReader("""{"title":"Quake","text":"A quake hit."}""")));

        Assert.Equal(16, line.Article!.Id.Length);
    }
}
