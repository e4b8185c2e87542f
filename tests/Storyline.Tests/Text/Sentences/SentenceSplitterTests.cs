using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Sentences;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("The ferry caught fire on Sunday. Three people died, the coast guard said.", 2)]
    [InlineData("John F. Kennedy visited Berlin. He spoke at the wall.", 2)]
    [InlineData("Prices rose, e.g. for bread. Wages did not.", 2)]
    [InlineData("해경은 21일 새벽 여객선에서 불이 났다고 밝혔다. 승객 세 명이 숨졌다.", 2)]
    [InlineData("海警部门表示，火灾发生在凌晨。三名乘客不幸遇难。", 2)]
    [InlineData("海上保安庁によると、火災は未明に発生した。乗客三人が死亡した。", 2)]
    [InlineData("「火災は未明に発生した。」と海上保安庁は述べた。", 2)]
    [InlineData("وقال خفر السواحل إن الحريق اندلع قبل الفجر. وتوفي ثلاثة ركاب.", 2)]
    [InlineData("Die Fähre geriet am 9. März in Brand. Drei Menschen starben.", 2)]
    [InlineData("The squad has 11. Players arrive on Monday.", 2)]
    [InlineData("Der Auftrag ist 1,7 Mrd. Euro wert. Er läuft bis 2030.", 2)]
    [InlineData("Betroffen sind u.a. Köln und Bonn, bzw. die Strecken dorthin. Der Verkehr ruht.", 2)]
    [InlineData("COLUMBIA, S.C. (AP) — About a dozen owners met on Tuesday. The candidate came late.", 2)]
    [InlineData("RALEIGH, N.C. (Reuters) - The vote was delayed. It may come on Friday.", 2)]
    [InlineData("The bill passed in Washington, D.C. (The vote was close.) It goes to the Senate next.", 3)]
    [InlineData("Linebacker T.J. Watt sat out with a knee injury. His brother played.", 2)]
    [InlineData("Adviser H.R. McMaster called Seoul. The call lasted an hour.", 2)]
    [InlineData("The books of J.R.R. Tolkien sold well. Films followed.", 2)]
    [InlineData("It has been a long week for J.T. On Friday he released an album.", 2)]
    [InlineData("Owners must register with the F.A.A. There is a fee.", 2)]
    public void Split_EndsSentencesInAnyScript(string text, int count)
    {
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
    }

    [Theory]
    [InlineData("Harrowing images of the attack in Nice A man lies near a covered body on the promenade.", "A man lies near a covered body on the promenade.")]
    [InlineData("Image copyright Getty Images Image caption The crash happened just after dawn.", "The crash happened just after dawn.")]
    [InlineData("(AP Photo/Richard Drew, File) The new tax law caps the deduction.", "The new tax law caps the deduction.")]
    [InlineData("December 27, 2017 They keep saying the passenger had a ticket.", "They keep saying the passenger had a ticket.")]
    public void Split_ACaptionGluedToTheSentenceAfterIt_EndsWhereTheSentenceStarts(string text, string last)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(last, sentences[1].Text);
        Assert.Equal(last, text[sentences[1].Start..sentences[1].End]);
    }

    [Theory]
    [InlineData("The board adopted Plan A after a long night of talks.")]
    [InlineData("Astronomers pointed the telescope at Cassiopeia A again last week.")]
    [InlineData("The review ran in The Guardian on Friday and in The New York Times on Sunday.")]
    [InlineData("The minister (a former judge) said the law would stand.")]
    public void Split_CapitalsMidSentenceBeforeANameOrALabel_DoNotEndIt(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }
}
