using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>A short news page about grain talks, for tests of what the extractor reads around an article.</summary>
internal static class GrainTalksPage
{
    /// <summary>Three paragraphs of article prose, enough for the extractor to take them as the body.</summary>
    public const string Body = """
        <p>Ministers from the two countries met in the capital on Monday to discuss how to move more grain along the river, officials said after the talks ended late in the evening.</p>
        <p>The delegations agreed to set up a joint working group that will report back within a month, and said they would meet again before the end of the season to review progress.</p>
        <p>Farmers on both sides of the border have complained for months about queues at the crossings, which have grown longer since the spring as exports rose sharply.</p>
        """;

    /// <summary>The article extracted from <paramref name="html"/>; fails the test when there is none.</summary>
    public static ExtractedArticle Extract(string html)
    {
        var outcome = new ArticleExtractor().Extract(new RawDocument("page.html", Encoding.UTF8.GetBytes(html), DocumentFormat.Html));
        Assert.True(outcome.Succeeded, outcome.Error);
        return outcome.Article!;
    }
}
