using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>Bylines that text dumps show without a "By Jane Doe" line of their own.</summary>
public class TextDumpBylineTests
{
    private const string Article = """
        Night buses return to the harbour line

        Night buses will run again on the harbour line from next month, the transport authority said on Tuesday, after a trial last winter drew more riders than expected.

        The buses will leave the central station every half hour between midnight and five in the morning, stopping at every stop along the waterfront.

        Drivers' unions said they had agreed to the new rota after talks that lasted most of the autumn, and the first buses will run on the first Friday of the month.
        """;

    private static string? Byline(string dump) =>
        new ArticleExtractor().Extract(new RawDocument("dump.txt", Encoding.UTF8.GetBytes(dump), DocumentFormat.TextDump)).Article!.Byline;

    [Fact]
    public void ByOnALineOfItsOwn_TakesTheNameOnTheNextLine()
    {
        Assert.Equal("Mara Okonkwo", Byline("Harbour Weekly\n\nBy\nMara Okonkwo\n\n" + Article));
    }

    [Theory]
    [InlineData("November 20, 2019 Mara Okonkwo")]
    [InlineData("20 November 2019 Mara Okonkwo")]
    [InlineData("2019-11-20 17:27:46 Mara Okonkwo")]
    [InlineData("2019-11-20T17:27 Mara Okonkwo")]
    [InlineData("21/06/2014 Mara Okonkwo")]
    [InlineData("Nov. 20, 2019 10:05 AM EST Mara Okonkwo")]
    [InlineData("20 de noviembre de 2019 Mara Okonkwo")]
    public void DateThenName_IsThePostsAuthor(string line)
    {
        Assert.Equal("Mara Okonkwo", Byline("Harbour Weekly\n\n" + line + "\n\n" + Article));
    }

    [Fact]
    public void ByGluedToTheAuthorLink_IsStillABylineLine()
    {
        Assert.Equal("Mara Okonkwo, Harbour Staff", Byline("Harbour Weekly\n\nMara OkonkwoBy Mara Okonkwo, Harbour Staff\n\n" + Article));
    }

    [Fact]
    public void ContributorNoteBelow_NamesTheAuthorWhoseNameStandsAlone_Above()
    {
        var dump = "Harbour Weekly\n\nMara Okonkwo\n\nTransport\n\n" + Article
            + "\n\nMara Okonkwo is a staff writer at Harbour Weekly covering transport and the waterfront.\n";
        Assert.Equal("Mara Okonkwo", Byline(dump));
    }

    [Fact]
    public void ContributorNoteAlone_WithoutTheNameAbove_NamesNoOne()
    {
        var dump = "Harbour Weekly\n\nTransport\n\n" + Article
            + "\n\nMara Okonkwo is a staff writer at Harbour Weekly covering transport and the waterfront.\n";
        Assert.Null(Byline(dump));
    }
}
