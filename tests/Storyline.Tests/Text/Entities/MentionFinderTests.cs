using Storyline.Text.Entities;

namespace Storyline.Tests.Text.Entities;

public class MentionFinderTests
{
    private static Mention Single(string text, string name) =>
        Assert.Single(MentionFinder.Find(text), m => m.Text == name);

    [Fact]
    public void Find_SplitsDemonymTitleAndName()
    {
        var found = MentionFinder.Find("Russian President Vladimir Putin met reporters.");
        Assert.Equal(["Russian", "Vladimir Putin"], found.Select(m => m.Text));
        Assert.Equal("Russia", found[0].Known);
        Assert.Equal(EntityType.Person, found[1].Type);
        Assert.Equal("President", found[1].Title);
    }

    [Theory]
    [InlineData("The talks were confirmed by the Korean Central News Agency on Monday.", "Korean Central News Agency", EntityType.Organization)]
    [InlineData("The visit was reported by the newspaper Rodong Sinmun in its morning edition.", "Rodong Sinmun", EntityType.Organization)]
    [InlineData("Both ministers discussed the Korean Peninsula at length.", "Korean Peninsula", EntityType.Place)]
    [InlineData("North Korea's assistant minister spoke to the press.", "North Korea", EntityType.Place)]
    [InlineData("He met Foreign Minister Sergey Lavrov in the afternoon.", "Sergey Lavrov", EntityType.Person)]
    [InlineData("The statement thanked Chairman Kim Jong Un for the invitation.", "Kim Jong Un", EntityType.Person)]
    [InlineData("Police said Boko Haram militants attacked the village.", "Boko Haram", EntityType.Organization)]
    [InlineData("The delegation later flew to Moscow for more talks.", "Moscow", EntityType.Place)]
    [InlineData("Officials at the Democratic People's Republic of Korea mission declined to comment.", "Democratic People's Republic of Korea", EntityType.Place)]
    public void Find_TypesNamesFromCues(string text, string name, EntityType type)
    {
        Assert.Equal(type, Single(text, name).Type);
    }

    [Fact]
    public void Find_LinksBracketedAcronymToTheNameBeforeIt()
    {
        var acronym = Single("It was released by the North Korea Central News Agency (KCNA) on Sunday.", "KCNA");
        Assert.Equal("North Korea Central News Agency", acronym.Expansion);
    }

    [Fact]
    public void Find_SkipsSentenceOpenersAndHeadlineLists()
    {
        Assert.Empty(MentionFinder.Find("During the visit, they agreed to cooperate closely."));
        Assert.Empty(MentionFinder.Find("Bruno Mars And Rosé Set To Steal The Show At Awards"));
    }

    [Fact]
    public void Find_ReportsOffsetsIntoTheText()
    {
        const string text = "Talks ended. Choe's visit to Russia coincided with the drills.";
        Assert.All(MentionFinder.Find(text), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(["Choe", "Russia"], MentionFinder.Find(text).Select(m => m.Text));
    }
}
