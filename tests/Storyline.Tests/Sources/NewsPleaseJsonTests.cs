using System.Text.Json;
using Storyline.Ingest;

namespace Storyline.Tests.Sources;

public sealed class NewsPleaseJsonTests
{
    private const string Article = """
        {"authors": ["Jane Roe", "John Doe"], "date_download": "2017-09-15 10:00:00", "date_modify": null,
         "date_publish": "2017-09-15 09:03:00", "description": "A short summary.", "filename": "x.json",
         "image_url": null, "language": "en", "localpath": null, "maintext": "The full body of the article.",
         "source_domain": "www.example.com", "text": null, "title": "Storm closes the harbour", "title_page": null,
         "title_rss": null, "url": "https://www.example.com/storm"}
        """;

    [Fact]
    public void FromElement_NewsPleaseFields_FillTheArticle()
    {
        using var json = JsonDocument.Parse(Article);

        var article = ArticleJson.FromElement(json.RootElement, "np.json", IngestHints.None).Article!;

        Assert.Equal("Storm closes the harbour", article.Title);
        Assert.Equal("The full body of the article.", article.Text);
        Assert.Equal(new DateTimeOffset(2017, 9, 15, 9, 3, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("example.com", article.Source);
        Assert.Equal("Jane Roe, John Doe", article.Byline);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://www.example.com/storm", article.Url);
    }

    [Fact]
    public void FromElement_NoMaintext_FallsBackToTheDescription_AndANullDateToTheHint()
    {
        using var json = JsonDocument.Parse("""{"title": "T", "maintext": null, "description": "Only a summary.", "date_publish": null}""");
        var hint = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var article = ArticleJson.FromElement(json.RootElement, "np.json", new IngestHints(hint)).Article!;

        Assert.Equal("Only a summary.", article.Text);
        Assert.Equal(hint, article.Published);
    }

    [Fact]
    public void FromElement_StandardFields_StillWinOverNewsPleaseOnes()
    {
        using var json = JsonDocument.Parse("""{"title": "T", "text": "Standard text.", "maintext": "np text", "source": "Outlet", "source_domain": "outlet.example", "byline": "A. Writer", "authors": ["B"]}""");

        var article = ArticleJson.FromElement(json.RootElement, "x.json", IngestHints.None).Article!;

        Assert.Equal("Standard text.", article.Text);
        Assert.Equal("Outlet", article.Source);
        Assert.Equal("A. Writer", article.Byline);
    }

    [Fact]
    public void ReadLines_NewsPleaseJsonLines_ReadsEachArticle()
    {
        var lines = string.Join('\n', Article.ReplaceLineEndings(" "), Article.ReplaceLineEndings(" ").Replace("Storm closes", "Storm reopens", StringComparison.Ordinal));

        var items = ArticleJson.ReadLines(new StringReader(lines), "np.jsonl", IngestHints.None).ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Null(i.Error));
    }
}
