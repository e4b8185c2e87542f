using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>What the text-dump reader keeps of lists and repeated lines next to an article, and what it still drops.</summary>
public class TextDumpStructureTests
{
    private const string Lead = """
        Harbour Weekly

        Night buses return to the harbour line

        Night buses will run again on the harbour line from next month, the transport authority said on Tuesday, after a trial last winter drew more riders than expected.

        The buses will leave the central station every half hour between midnight and five in the morning, stopping at every stop along the waterfront.
        """;

    private static string Extract(string dump) =>
        new ArticleExtractor().Extract(new RawDocument("dump.txt", Encoding.UTF8.GetBytes(dump), DocumentFormat.TextDump)).Article!.Text;

    [Fact]
    public void HeadlinesListedUnderASiteLabel_AreNotKeptAsTheArticlesList()
    {
        var text = Extract(Lead + """


            Popular on Harbour Weekly:

              • Fishermen worry about the new quota for the coming season
              • Old lighthouse keeper's cottage to become a small museum
              • School choir wins a prize at the regional festival
            """);

        Assert.Contains("every stop along the waterfront", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lighthouse keeper", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("About Marta Lindqvist")]
    [InlineData("Über Marta Lindqvist")]
    [InlineData("Über die Autorin")]
    public void ABoxAboutTheAuthorAfterTheArticle_IsNotKept(string heading)
    {
        var text = Extract(Lead + $"""


            Tickets bought for day services will also be valid at night, and the authority said fares would not rise before the end of the year or in the first months of the next one.

            Photo of Marta Lindqvist

            {heading}

            Marta Lindqvist has covered transport and city planning for the paper since 2015, after studying geography in Uppsala and working for a regional radio station for six years.
            """);

        Assert.Contains("fares would not rise", text, StringComparison.Ordinal);
        Assert.DoesNotContain("city planning", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageTextRepeatedBetweenParagraphs_IsStillDropped()
    {
        const string alt = "A night bus waits at the central station in the rain";
        var text = Extract($"""
            Harbour Weekly

            Night buses return to the harbour line

            Night buses will run again on the harbour line from next month, the transport authority said on Tuesday, after a trial last winter drew more riders than expected.

            {alt}

            The buses will leave the central station every half hour between midnight and five in the morning, stopping at every stop along the waterfront.

            {alt}

            Tickets bought for day services will also be valid at night, and the authority said fares would not rise before the end of the year.

            {alt}

            Drivers for the new services are being recruited now, and the first buses are expected to run on the first Friday of the month.
            """);

        Assert.Contains("first Friday of the month", text, StringComparison.Ordinal);
        Assert.DoesNotContain(alt, text, StringComparison.Ordinal);
    }

    [Fact]
    public void MenuShownAboveAndBelowTheArticle_IsStillDropped()
    {
        const string menu = "Ferries and timetables for the islands this summer";
        var text = Extract($"""
            Harbour Weekly

            {menu}

            Weather warnings for sailors and harbour users

            Night buses return to the harbour line

            Night buses will run again on the harbour line from next month, the transport authority said on Tuesday, after a trial last winter drew more riders than expected.

            The buses will leave the central station every half hour between midnight and five in the morning, stopping at every stop along the waterfront.

            {menu}

            Weather warnings for sailors and harbour users
            """);

        Assert.Contains("every stop along the waterfront", text, StringComparison.Ordinal);
        Assert.DoesNotContain(menu, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AGalleryCaptionPrintedThreeWays_IsDropped_AndTheArticleAfterItKept()
    {
        const string caption = "A night bus leaves the central station shortly after midnight on the first evening of the trial, with eleven riders on board.";
        var text = Extract(Lead + $"""


            {caption} (AP Photo/Jane Doe) Photo: Jane Doe / Copyright 2024 The Associated Press. All rights reserved

            {caption} (AP Photo/Jane Doe) less

            A night bus leaves the central station shortly after midnight on the first evening of the trial, with eleven ... more

            Drivers for the new services are being recruited now, and the first buses are expected to run on the first Friday of the month.
            """);

        Assert.Contains("first Friday of the month", text, StringComparison.Ordinal);
        Assert.DoesNotContain("eleven", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(Pool photo via Harbour Weekly)")]
    [InlineData("(Photo courtesy of the transport authority)")]
    [InlineData("(Photo by Jane Doe)")]
    public void ACaptionEndingInAPhotoCredit_IsDropped(string credit)
    {
        var text = Extract(Lead + $"""


            A night bus waits at the central station on the first evening of the trial. {credit}

            Drivers for the new services are being recruited now, and the first buses are expected to run on the first Friday of the month.
            """);

        Assert.Contains("first Friday of the month", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first evening of the trial", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Related: Ferry timetables to change in the spring")]
    [InlineData("SEE MORE: Ferry timetables to change in the spring")]
    [InlineData("Read more: Ferry timetables to change in the spring")]
    public void ALinkPrompt_BetweenParagraphs_IsDropped(string line)
    {
        var text = Extract(Lead + $"""


            {line}

            Drivers for the new services are being recruited now, and the first buses are expected to run on the first Friday of the month.
            """);

        Assert.Contains("first Friday of the month", text, StringComparison.Ordinal);
        Assert.DoesNotContain(line[..12], text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceOpeningWithMoreOrWatch_IsKept()
    {
        const string Sentence = "More than 40 drivers have applied so far: the authority said it needs 60 by the spring.";
        var text = Extract(Lead + $"""


            {Sentence}

            Drivers for the new services are being recruited now, and the first buses are expected to run on the first Friday of the month.
            """);

        Assert.Contains(Sentence, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", true)]
    [InlineData("Last updated: 19 November 2019", true)]
    [InlineData("Published in 2019, the report found that most night buses ran late.", false)]
    [InlineData("More than 40 drivers have applied so far: the authority needs 60.", false)]
    [InlineData("Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.", true)]
    [InlineData("As you comment, please be respectful of other commenters and other viewpoints.", true)]
    [InlineData("Follow the Harbour Weekly opinion section on Facebook, Twitter and Instagram.", true)]
    [InlineData("A night bus at the central station.© Jane Doe A night bus at the central station.", true)]
    [InlineData("A night bus at the central station.Credit...Jane Doe/Harbour Weekly", true)]
    [InlineData("HARBOUR LINE NIGHT BUSES TO RUN UNTIL FIVE IN THE MORNING", true)]
    [InlineData("HARBOUR LINE NIGHT BUSES", false)]
    [InlineData("Her inbox filled with complaints from riders within an hour of the announcement.", false)]
    [InlineData("Advert", true)]
    [InlineData("DON'T MISS", true)]
    [InlineData("1 - 5 of 36", true)]
    [InlineData("This slideshow requires JavaScript.", true)]
    [InlineData("[button link=\"https://example.org/review/\" type=\"big\"] Send us your review[/button]", true)]
    [InlineData("Adverts for the new service will run on local radio from Monday.", false)]
    [InlineData("Don't miss the last bus, the driver warned.", false)]
    [InlineData("The bus company said it had added 40,000 subscribers to its monthly pass since the spring, more than it had planned for the whole year.", false)]
    [InlineData("If you just want the night pass, you can sign up for a free seven-day trial, and afterwards you will pay four pounds a month for it.", false)]
    [InlineData("Need more news from the harbour? Subscribe to our sister title, Harbour Weekly, for the latest stories delivered to your door every week.", true)]
    [InlineData("No spam, we promise. You can unsubscribe at any time and we will never share your details with anyone without your permission.", true)]
    [InlineData("Posted November 19, 2019 at 10:16 pm Sign up for Newsletters and Alerts from the Harbour Weekly newsroom and its night bus desk", true)]
    [InlineData("The bus company said the posts violated its terms of service and removed them on Tuesday.", false)]
    [InlineData("Regulators said Harbourline's privacy policy did not explain how riders' card data was kept.", false)]
    [InlineData("By using this site you agree to our privacy policy and terms of use.", true)]
    [InlineData("Privacy Policy | Terms of Service | Contact", true)]
    public void ALineOfPageChrome_IsDumpChrome(string line, bool chrome)
    {
        Assert.Equal(chrome, BoilerplatePhrases.IsDumpBoilerplate(line));
    }

    [Fact]
    public void ALongCaptionPrintedTwiceInARow_IsDropped_AndTheArticleAroundItKept()
    {
        const string Caption = "The first night bus of the trial waits at the central station, where drivers and staff of the transport authority gathered to see it off shortly before midnight.";
        var text = Extract(Lead + $"""


            Image 1 of 3

            {Caption}


            {Caption}

            Drivers for the new services are being recruited now, and the first buses are expected to run on the first Friday of the month.
            """);

        Assert.Contains("every stop along the waterfront", text, StringComparison.Ordinal);
        Assert.Contains("first Friday of the month", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gathered to see it off", text, StringComparison.Ordinal);
    }
}
