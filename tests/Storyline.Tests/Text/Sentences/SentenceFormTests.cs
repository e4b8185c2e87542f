using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Sentences;

public class SentenceFormTests
{
    [Theory]
    [InlineData("A fund to finance new berths and grain storage in Izmail and Reni, dredging of the Sulina channel and a joint customs post near the mouth of the river.")]
    [InlineData("A reverse-osmosis desalination plant in the Gulf region.")]
    [InlineData("An aftershock map released by Japan's weather agency.")]
    [InlineData("Librarians sort the returned books at the Eastbrook Public Library.")]
    [InlineData("What the Danube fund means for farmers:")]
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
    public void LooksLikeCaption_PresentPassiveOfWhatAPictureShows(string text, bool caption)
    {
        Assert.Equal(caption, SentenceForm.LooksLikeCaption(text));
    }
}
