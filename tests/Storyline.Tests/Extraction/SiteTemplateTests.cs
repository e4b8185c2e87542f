using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

public class SiteTemplateTests
{
    // A site's chrome written as prose, so that a single dump cannot tell it from the article.
    private const string Chrome = """
        The Morning Ledger is an independent newspaper that has served readers in the valley since the year it was founded by local printers.

        Our journalists cover local politics, business and sport every day, and our archive holds every edition printed over the last century.
        """;

    private static RawDocument Dump(string name, string article) =>
        new(name, Encoding.UTF8.GetBytes($"Morning Ledger\n\nHome\nNews\nSport\n\n{Chrome}\n\n{article}\n\n{Chrome}\n"), DocumentFormat.TextDump);

    private static readonly string[] Articles =
    [
        "Council approves new cycle lanes\n\nThe city council approved plans on Monday for eight kilometres of new cycle lanes along the main roads into the centre.\n\nWork is due to start in spring and should take about a year, the council's transport committee said in a statement.",
        "Bakery wins national award\n\nA family bakery in the old town has won a national award for its rye bread, beating more than two hundred other entries.\n\nThe owners said the recipe had been handed down over four generations and had barely changed in that time.",
        "School roof repaired before winter\n\nBuilders finished repairing the roof of the primary school on Friday, two weeks ahead of schedule and under budget.\n\nPupils had been taught in temporary classrooms since a storm damaged the building in August.",
    ];

    [Fact]
    public void ExtractBatch_DropsProseChromeRepeatedAcrossOneSite()
    {
        var documents = Articles.Select((a, i) => Dump($"d{i}.txt", a)).ToList();

        var outcomes = new ArticleExtractor().ExtractBatch(documents);

        foreach (var (outcome, article) in outcomes.Zip(Articles))
        {
            Assert.True(outcome.Succeeded, outcome.Error);
            Assert.DoesNotContain("independent newspaper", outcome.Article!.Text, StringComparison.Ordinal);
            Assert.Contains(article.Split("\n\n")[1][..40], outcome.Article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExtractBatch_DoesNotMergeWireCopiesFromDifferentSites()
    {
        const string story = "Storm closes mountain pass\n\nA snowstorm closed the mountain pass on Tuesday, stranding dozens of lorries on both sides of the border for most of the day.\n\nPolice said the road would reopen once ploughs had cleared the drifts, probably by Wednesday morning.";
        var a = new RawDocument("a.txt", Encoding.UTF8.GetBytes("Site A\n\n" + story), DocumentFormat.TextDump) { Url = "https://a.example/storm" };
        var b = new RawDocument("b.txt", Encoding.UTF8.GetBytes("Site B\n\n" + story), DocumentFormat.TextDump) { Url = "https://b.example/storm" };

        var outcomes = new ArticleExtractor().ExtractBatch([a, b]);

        Assert.All(outcomes, o => Assert.Contains("stranding dozens of lorries", o.Article!.Text, StringComparison.Ordinal));
    }
}
