using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>Which line of a text dump is taken for the headline, and the date read beside it.</summary>
public class TextDumpHeadlineTests
{
    // A car site's page as a browser copies it: the headline and its dateline, then a "more stories" list whose every
    // item has its title twice and a date under it, and only then the article.
    private static string Dump()
    {
        var dump = new StringBuilder("""
            Harbour Motors

            Reviews  News  Features  Search

            New compact hybrid is the city car Harbour drivers waited for

            Lina Okafor

            Harbour Motors March 4, 2025 10:15

            MORE STORIES LIKE THIS ONE

            """);
        string[] related =
        [
            "Compact hybrid sales climb for a third year", "Old city cars we still miss", "Harbour Motors drives the long-range hatchback",
            "Why small hybrids hold their value", "A week with the new electric van", "Ten city cars that park themselves",
            "Harbour dealers expect a busy spring", "First drive: the refreshed compact saloon",
        ];
        for (var i = 0; i < related.Length; i++)
        {
            dump.Append(FormattableString.Invariant($"{related[i]}\nNEWS\n\n{related[i]}\n\nJune {i + 2}, 20{10 + i}\n\n"));
        }
        dump.Append("""
            The new compact hybrid arrives at Harbour dealers this month, and the maker says it was built for the narrow streets and short trips of the old town.

            Its petrol engine and small battery give it a range of about 900 kilometres, and it can run on electricity alone for the first few kilometres of a trip.

            Prices start a little below those of the outgoing model, and the first cars are due in showrooms before the end of the month.
            """);
        return dump.ToString();
    }

    private static ExtractedArticle Read(string? url) =>
        new ArticleExtractor().Extract(new RawDocument("dump.txt", Encoding.UTF8.GetBytes(Dump()), DocumentFormat.TextDump) { Url = url }).Article!;

    private static ExtractedArticle ReadDump(string dump) =>
        new ArticleExtractor().Extract(new RawDocument("dump.txt", Encoding.UTF8.GetBytes(dump), DocumentFormat.TextDump)).Article!;

    [Fact]
    public void ALineThatSpellsOutTheAddress_IsTheHeadline_EvenBeyondAListOfOtherStories()
    {
        var article = Read("https://www.harbourmotors.example/news/new-compact-hybrid-is-the-city-car-harbour-drivers-waited-for.html");

        Assert.Equal("New compact hybrid is the city car Harbour drivers waited for", article.Title);
        Assert.Equal(new DateOnly(2025, 3, 4), DateOnly.FromDateTime(article.Published!.Value.Date));
        Assert.StartsWith("The new compact hybrid arrives", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // The author's link over a byline naming the same person, and a wire credit over its date, each look like a
    // headline with a byline or dateline under it.
    [InlineData("Ana Swanson\n\nBy Ana Swanson\n\nNov. 19, 2019")]
    [InlineData("The Associated Press\nPublished Monday, November 18, 2019 8:22AM EST")]
    public void AnAuthorsNameOrAWireCreditAboveTheDate_IsNoHeadline(string credit)
    {
        var dump = "Harbour Ledger\n\nNews  Business  Sport\n\nIslanders cheer as the long stand-off at the harbour is over\n\n"
            + "The operator's decision to return to talks was welcomed by passengers.\n\n"
            + "Passengers queue for the first sailing at the harbour terminal.\n\n"
            + "Crews prepare the ferry for its first crossing in a week.\n\n"
            + "Crews prepare the ferry for its first crossing in a week.Credit...Mara Lind/Harbour Ledger\n\n"
            + "Passengers queue for the first sailing at the harbour terminal.Credit...Mara Lind/Harbour Ledger\n\n" + credit + "\n\n"
            + "The ferry strike that stranded thousands of travellers for a week ended on Sunday after the union accepted a new pay offer, the operator said.\n\n"
            + "Crossings to the islands will resume on Monday morning, with extra sailings added through the week to clear the backlog of bookings.\n\n"
            + "The union said its members had voted by a wide margin to accept the offer, which raises pay by six percent over two years.\n";

        var article = ReadDump(dump);

        Assert.Equal("Islanders cheer as the long stand-off at the harbour is over", article.Title);
    }

    [Fact]
    public void APhraseWrittenTwiceOnALine_IsNoHeadline()
    {
        // An image's text and its caption run together under the headline; its words are the lead's, which made it win.
        var dump = "Harbour Ledger\n\nNews  Business  Sport\n\nFerry union says operator is blocking a return to talks\n\nshare\n\n"
            + "The harbour ferry union The harbour ferry union\n\nThe harbour ferry union\n\n"
            + "The harbour ferry union accused the operator on Sunday of blocking a return to talks, a week after the strike began.\n\n"
            + "The operator said it had offered to meet the union twice and was waiting for an answer.\n\n"
            + "Crossings to the islands remain suspended, with no sailing expected before the end of the week.\n";

        var article = ReadDump(dump);

        Assert.Equal("Ferry union says operator is blocking a return to talks", article.Title);
    }

    [Fact]
    public void ADateAmongTheShareButtonsFarBelowTheHeadline_IsThePublicationDate()
    {
        // A blog's headline, then a dozen lines of counters and share buttons, then its date, then the post.
        var dump = "Harbour Toys\n\nHome\nToys\nFilms\n\nOld toy racing tracks are back for the holidays\n\n3.409\nreads\nNo comments\n"
            + "Share on Facebook\nFacebook\nTweet about this on Twitter\nTwitter\nPin on Pinterest\nPinterest\nEmail this to someone\nemail\nToys\n"
            + "23 Nov 2017\n[track-photo-1024x723]\n\n"
            + "The racing tracks our parents played with are back in the shops this winter, reissued by the maker that first sold them in the seventies.\n\n"
            + "The sets come with two cars, a loop and a bridge, and the old pieces still fit the new ones, so a track from the attic can be extended.\n\n"
            + "The maker says it will add a set of the original cars in the spring if the first sets sell well.\n";

        var article = ReadDump(dump);

        Assert.Equal("Old toy racing tracks are back for the holidays", article.Title);
        Assert.Equal(new DateOnly(2017, 11, 23), DateOnly.FromDateTime(article.Published!.Value.Date));
    }

    [Fact]
    public void ASectionLabelAboveTheHeadline_DoesNotTakeTheDatelineUnderTheLead()
    {
        // The section's name is in the menu and again over the headline; the date stands under the lead, two blocks below the label.
        var dump = "Harbour Ledger\n\n  • News\n  • Garden tips\n  • Travel\n\nGarden tips\n\nKeeping balcony pots alive in frost\n\n"
            + "Cold nights and short days are hard on greenery, but a few cheap changes help most of it survive until spring.\n\n"
            + "Text: Jo Reyes·24 September 2018\n\n"
            + "Move the pots close to the wall of the house, where the bricks give back some of the day's warmth at night.\n\n"
            + "Wrap the larger pots in old blankets or bubble wrap, and raise them off the cold floor on bricks or wooden feet.\n\n"
            + "Water less often, and only in the morning, so that the soil is not wet when it freezes at night.\n";

        var article = ReadDump(dump);

        Assert.Equal("Keeping balcony pots alive in frost", article.Title);
        Assert.Equal(new DateOnly(2018, 9, 24), DateOnly.FromDateTime(article.Published!.Value.Date));
    }

    [Fact]
    public void ADatelineRuledOffUnderTheHeadline_IsThePublicationDate()
    {
        // The page draws a long rule under its dateline; with no blank line between them, the two rendered as one paragraph.
        var dump = "Harbour Ledger\n\nNews  Business  Sport\n\nHow a ferry crew saved a stranded whale\n\nNovember 18, 2019\n" + new string('━', 130) + "\n\n"
            + "A young whale stranded on the sandbank outside the harbour was back in open water on Sunday after a ferry crew spent the night keeping it wet.\n\n"
            + "The crew took turns pouring sea water over the animal until the tide rose high enough for it to swim free at dawn.\n\n"
            + "Marine biologists said the whale, about four metres long, appeared unhurt and was seen swimming out to sea with two others.\n";

        var article = ReadDump(dump);

        Assert.Equal("How a ferry crew saved a stranded whale", article.Title);
        Assert.Equal(new DateOnly(2019, 11, 18), DateOnly.FromDateTime(article.Published!.Value.Date));
    }

    [Fact]
    public void ADateInASentenceOfAListOfOtherStories_IsNoPublicationDate()
    {
        // The dump has no dateline; the only date is in a caption of a linked story below the article.
        var dump = "Harbour Ledger\n\nNews  Business  Sport\n\nHow a ferry crew saved a stranded whale\n\n"
            + "A young whale stranded on the sandbank outside the harbour was back in open water on Sunday after a ferry crew spent the night keeping it wet.\n\n"
            + "The crew took turns pouring sea water over the animal until the tide rose high enough for it to swim free at dawn.\n\n"
            + "Marine biologists said the whale, about four metres long, appeared unhurt and was seen swimming out to sea with two others.\n\n"
            + "More from Harbour Ledger\n\n"
            + "  • A photo of the mayor, posted on her campaign page on November 19, 2018.\n"
            + "  • Harbour dredging to start next spring, council says\n";

        var article = ReadDump(dump);

        Assert.Equal("How a ferry crew saved a stranded whale", article.Title);
        Assert.Null(article.Published);
    }
}
