using System.Text;
using Storyline.Ingest;
using Storyline.Tests.Support;
using Storyline.Workers;

namespace Storyline.Tests.Workers;

public sealed class WorkItemsTests
{
    [Fact]
    public void Keyed_RepeatedOrigins_GetTheirOccurrence_SoEveryWorkerAgrees()
    {
        var items = new[] { "a.html", "feed.jsonl:1", "a.html", "feed.jsonl:2", "a.html" }.Select(o => IngestItem.Failed(o, "x"));

        var keys = WorkItems.Keyed(items).Select(k => k.Key).ToList();

        Assert.Equal(["a.html", "feed.jsonl:1", "a.html#1", "feed.jsonl:2", "a.html#2"], keys);
        Assert.Equal(keys, WorkItems.Keyed(items).Select(k => k.Key));
    }

    [Fact]
    public void EncodeInput_ThenDecode_GivesBackADocumentWithEverythingTheSourceKnew()
    {
        var document = new RawDocument("page.html", Encoding.Latin1.GetBytes("<html><p>Caf\u00e9</p></html>"), DocumentFormat.Html)
        {
            Url = "https://example.com/a",
            ContentType = "text/html; charset=iso-8859-1",
            Published = Some.Day,
            Source = "Example",
            Title = "A title",
            Byline = "Ann Reporter",
            Fetched = Some.Day.AddHours(2),
        };

        var back = WorkItems.DecodeInput("page.html", WorkItems.EncodeInput(IngestItem.FromDocument(document))).Document!;

        Assert.Equal(document.Content.ToArray(), back.Content.ToArray());
        Assert.Equal(document with { Content = default }, back with { Content = default });
        Assert.Equal(TimeSpan.FromHours(9), back.Published!.Value.Offset);
    }

    [Fact]
    public void EncodeInput_ThenDecode_KeepsArticlesAndFailures()
    {
        var article = Some.Article() with { Url = "https://example.com/b", Language = "en", Origin = "feed.jsonl:3" };

        Assert.Equal(article, WorkItems.DecodeInput("feed.jsonl:3", WorkItems.EncodeInput(IngestItem.FromArticle(article))).Article);
        Assert.Equal(article, WorkItems.DecodeArticle(WorkItems.EncodeArticle(article)));
        var failed = WorkItems.DecodeInput("gone.html", WorkItems.EncodeInput(IngestItem.Failed("gone.html", "no such file or folder")));
        Assert.Equal(("gone.html", "no such file or folder"), (failed.Origin, failed.Error));
    }
}
