using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Sentences;

public class SentenceFormTests
{
    [Theory]
    [InlineData("OUT,” Noem tweeted Monday night.", true)]
    [InlineData("It. OUT!” the governor wrote on Monday.", true)]
    [InlineData("“We are here to get it out,” Noem tweeted Monday night.", false)]
    [InlineData("Noem tweeted on Monday night that the campaign was working.", false)]
    [InlineData("The campaign, she said, was “working.” Critics disagreed on Monday.", false)]
    public void OpensInsideQuote_IsTheTailOfASplitQuotation(string text, bool tail) =>
        Assert.Equal(tail, SentenceForm.OpensInsideQuote(text));

    [Theory]
    [InlineData("the two men escaped on Friday.", "The two men escaped on Friday.")]
    [InlineData("\" we will defend our harbour, \" the mayor said.", "\" We will defend our harbour, \" the mayor said.")]
    [InlineData("iPhone sales fell in the quarter.", "iPhone sales fell in the quarter.")]
    [InlineData("eBay said it would appeal.", "eBay said it would appeal.")]
    [InlineData("The ferry sank.", "The ferry sank.")]
    [InlineData("12 people were rescued.", "12 people were rescued.")]
    [InlineData("海警部门表示。", "海警部门表示。")]
    [InlineData("...", "...")]
    [InlineData("... we saw the ferry go down", "... we saw the ferry go down")]
    [InlineData("( cnn ) days after the sinking, divers returned.", "( cnn ) days after the sinking, divers returned.")]
    [InlineData("", "")]
    public void WithCapitalStart_CapitalisesAFirstWordWrittenAllInLowerCase(string text, string expected) =>
        Assert.Equal(expected, SentenceForm.WithCapitalStart(text));

    [Theory]
    [InlineData("A fund to finance new berths and grain storage in Izmail and Reni, dredging of the Sulina channel and a joint customs post near the mouth of the river.")]
    [InlineData("A reverse-osmosis desalination plant in the Gulf region.")]
    [InlineData("An aftershock map released by Japan's weather agency.")]
    [InlineData("Librarians sort the returned books at the Eastbrook Public Library.")]
    [InlineData("What the Danube fund means for farmers:")]
    [InlineData("The plans to reopen the berth and the port's new timetable.")]
    public void HasFiniteVerb_FragmentsAndCaptions_AreNotFullSentences(string text)
    {
        Assert.False(SentenceForm.HasFiniteVerb(text));
    }

    [Theory]
    [InlineData("Ukraine and Romania agreed on Wednesday to set up a joint fund of €1.2 billion.")]
    [InlineData("A fire broke out on a passenger ferry sailing from Jeju to Busan on the 9th.")]
    [InlineData("Record rainfall pushes the Bekasi river over its banks, forcing 14,000 people from their homes.")]
    [InlineData("The plant will have a capacity of 300,000 cubic metres a day.")]
    [InlineData("North Korea on Sunday said that Russian President Vladimir Putin had expressed his willingness to visit.")]
    [InlineData("Schools in Kushiro were closed so that buildings could be checked for damage.")]
    [InlineData("Officials say they expect the talks to end on Friday.")]
    [InlineData("The port authority plans to reopen the berth next week.")]
    [InlineData("Demand for the ferry route continues to fall.")]
    [InlineData("Berths reopen next week, and they'll be busy all summer.")]
    public void HasFiniteVerb_Statements_AreFullSentences(string text)
    {
        Assert.True(SentenceForm.HasFiniteVerb(text));
    }

    [Theory]
    [InlineData("The fire-damaged Hanbit Star is towed into Busan port on Sunday.", true)]
    [InlineData("The Hanbit Dawn is towed into port on Geoje Island.", true)]
    [InlineData("Rescuers are seen near the collapsed bridge in the city centre.", true)]
    [InlineData("The plant is expected to begin operating in the second quarter of 2028.", false)]
    [InlineData("The ferry was towed into Busan port on Sunday after the fire was put out.", false)]
    [InlineData("A forensic officer stands near a van with its windscreen riddled with bullets, that ploughed through a crowd of revellers on Friday.", true)]
    [InlineData("Women hold up placards during a rally outside the parliament in the capital.", true)]
    [InlineData("The trail of a rocket after it soared into the air above the peninsula is seen from the border city of Dandong on Feb. 7, around 8:34 a.m. local time.", true)]
    [InlineData("Mourners lay flowers outside the embassy as the names of the dead are read out.", true)]
    [InlineData("The company holds a 40% stake in the venture, which it bought from the state in 2015.", false)]
    [InlineData("The death toll stands at 84, and dozens of the injured are in a critical condition.", false)]
    [InlineData("The senator is seen as a likely candidate for the nomination after the primaries in the south.", false)]
    [InlineData("The minister sits on the committee that approved the contract for the new bridge.", false)]
    [InlineData("A man was standing near the van when it drove into the crowd.", false)]
    [InlineData("Several players kneel during the national anthem before the game in protest against police violence.", false)]
    [InlineData("Thousands of people gather outside the palace every year to see the parade, the organisers said.", false)]
    [InlineData("FILE - In this Sunday, March 9, 2025 file photo, rescuers carry a passenger off the ferry in Busan.", true)]
    [InlineData("In this undated photo released by the coast guard, smoke rises from the ferry off Geoje.", true)]
    [InlineData("A diver checks the hull of the burned ferry in this March 10, 2025 photo.", true)]
    [InlineData("9, 2025 file photo, relatives wait for news at the terminal in Busan.", true)]
    [InlineData("A photo issued by the coast guard of the ferry which sank off Geoje on Sunday, March 9, 2025.", true)]
    [InlineData("The Hanbit Star's captain waves to his family after he was released from hospital in Busan, South Korea, Tuesday, March 11, 2025.", true)]
    [InlineData("The coast guard said on Tuesday, March 11, that the captain had been released.", false)]
    [InlineData("The 10-minute hold up meant the ferry left on March 10, 2025.", false)]
    [InlineData("A photo of the ferry taken by a passenger shows smoke rising from the deck, the coast guard said.", false)]
    [InlineData("In this case, the court ruled that the photo of the ferry had been altered.", false)]
    [InlineData("File sharing between the two agencies slowed the inquiry into the ferry fire, the report said.", false)]
    [InlineData("12/30 9 March 2025 Relatives of the missing wait at the ferry terminal in Busan EPA", true)]
    [InlineData("9/11 changed how ferries and airports screen their passengers, the minister said.", false)]
    [InlineData("Rescuers work at the scene of the ferry fire Sunday, March 9, 2025, in Geoje, South Korea.", true)]
    [InlineData("The inquiry opens Monday, March 10, 2025, in every port town along the southern coast.", false)]
    [InlineData("A rescue boat leaves Busan harbour on Sunday, March 9, 2025, carrying divers to the wreck.", true)]
    [InlineData("The ferry operator said Monday, March 10, 2025, that sailings would resume.", true)]
    [InlineData("The ferry operator will resume sailings on Monday, March 17, 2025.", false)]
    [InlineData("Harbour City striker Tom Okafor (9) heads the ball past Rovers goalkeeper Sam Lee (1) during the second half on Sunday.", true)]
    [InlineData("Striker Tom Okafor (29) scored twice as Harbour City beat Rovers on Sunday.", false)]
    [InlineData("Harbour City's Tom Okafor celebrates after scoring in the second half.", true)]
    [InlineData("The mayor waves to the crowd from the first boat of the season.", true)]
    [InlineData("Emergency workers attend the scene at the harbour after the crash.", true)]
    [InlineData("The island typically reacts with anger when the ferry timetable is cut.", false)]
    // A gallery's caption ends on its picture's credit, with no stop; a report that names an agency ends with one.
    [InlineData("A veteran lays a wreath at the harbour memorial during the service REUTERS", true)]
    [InlineData("The two ministers today marked the anniversary of the ferry treaty Getty", true)]
    [InlineData("Relatives wait at the terminal in Busan AFP/Getty Images", true)]
    [InlineData("The ferry operator declined to comment when asked by Reuters.", false)]
    [InlineData("The photographs were supplied to the inquiry by Getty Images.", false)]
    [InlineData("6/30 Harbour Lights The ferry terminal glows at dusk on the eve of the festival", true)]
    [InlineData("3/11 Families remembered the victims of the tsunami with a minute's silence.", false)]
    public void LooksLikeCaption_PresentPassiveOfWhatAPictureShows(string text, bool caption)
    {
        Assert.Equal(caption, SentenceForm.LooksLikeCaption(text));
    }

    [Theory]
    [InlineData("A truck ploughed into a crowd in Nice on Thursday, killing 84 people.")]
    [InlineData("It is not yet clear who was driving the truck.")]
    [InlineData("This year's parade drew a record crowd, the organisers said.")]
    [InlineData("Both Boeing and Airbus said they would cut output.")]
    [InlineData("World War I ended in 1918, the museum's guide notes.")]
    [InlineData("The mayor said \"we will rebuild\" after touring the harbour.")]
    [InlineData("There were blue skies and light winds for the parade.")]
    [InlineData("After this week's vote, the party will choose a new leader.")]
    [InlineData("The mayor said “we will rebuild” after touring the harbour.")]
    public void StandsAlone_AReportThatNeedsNoSentenceBeforeIt(string text)
    {
        Assert.True(SentenceForm.StandsAlone(text));
    }

    [Theory]
    [InlineData("His wife and son were also killed in the attack.")]
    [InlineData("However, the police did not confirm the figure.")]
    [InlineData("Another fan said the video was released in poor taste.")]
    [InlineData("“I've seen many races, and this was incredible,” he said.")]
    [InlineData("Will be in deep space for a billion years or so.")]
    [InlineData("Never give out personal information over the phone.")]
    [InlineData("We pay for your stories and your videos!")]
    [InlineData("Why are people sharing the video of the singer?")]
    [InlineData("The boy was found after a search that took over 100 hours")]
    [InlineData("Jessica said she could not be more thrilled to announce...")]
    [InlineData("For example, the port does not run at a solid 60 frames a second.")]
    [InlineData("Afterwards, the team gave their first impressions of the format.")]
    [InlineData("At the time, the carmaker called the vehicle a concept.")]
    [InlineData("The lower stance gives the sedan a sporty new look,” said David Kershaw, a vice president.")]
    [InlineData("“The bird is flying around the cockpit.")]
    public void StandsAlone_NotWhatPointsBackQuotesAsksAddressesTheReaderOrIsCut(string text)
    {
        Assert.False(SentenceForm.StandsAlone(text));
    }
}
