using Storyline.Ingest;

namespace Storyline.Tests.Clustering;

public class ArticleJsonlTests
{
    [Fact]
    public void Read_GoodAndBadLines_ReturnsOneResultPerLineWithNumbers()
    {
        const string Input = """
            {"id":"a","title":"T","text":"Body.","published":"2024-03-01T12:00:00+02:00","source":"example.org","url":"https://example.org/a","story":"s1"}
            not json

            {"id":"b","title":null,"text":"Body two.","published":null}
            {"id":"c","text":"x","published":"yesterday"}
            {"id":"d","title":"no text"}
            """;

        var lines = ArticleJsonl.Read(new StringReader(Input)).ToList();

        Assert.Equal([1, 2, 4, 5, 6], lines.Select(l => l.LineNumber));
        var a = lines[0].Article!;
        Assert.Equal(("a", "T", "Body.", "example.org", "s1"), (a.Id, a.Title, a.Text, a.Source, lines[0].Story));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero), a.Published);
        Assert.StartsWith("not valid JSON", lines[1].Error, StringComparison.Ordinal);
        Assert.Equal("", lines[2].Article!.Title);
        Assert.Null(lines[2].Article!.Published);
        Assert.Contains("published", lines[3].Error, StringComparison.Ordinal);
        Assert.Contains("text", lines[4].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingId_UsesContentHash()
    {
        var line = ArticleJsonl.Parse("""{"title":"Quake","text":"A quake hit."}""", 1);

        Assert.Equal(16, line.Article!.Id.Length);
    }

    [Fact]
    public void Parse_WrongFieldType_NamesTheField()
    {
        var line = ArticleJsonl.Parse("""{"id":"x","text":["a"]}""", 3);

        Assert.False(line.Succeeded);
        Assert.Contains("\"text\"", line.Error, StringComparison.Ordinal);
    }
}
