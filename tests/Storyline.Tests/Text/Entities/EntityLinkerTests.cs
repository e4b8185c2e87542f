using Storyline.Text.Entities;

namespace Storyline.Tests.Text.Entities;

public class EntityLinkerTests
{
    private static IReadOnlyList<LinkedEntity> Link(params string[] texts) =>
        EntityLinker.Link(texts.SelectMany((t, i) => MentionFinder.Find(t).Select(m => new ArticleMention($"a{i}", m))));

    [Fact]
    public void Link_SurnameJoinsTheOnlyPersonItCanName()
    {
        var entities = Link("Foreign Minister Choe Son-hui arrived on Monday.", "Choe met the minister and Choe left on Friday.");
        var choe = Assert.Single(entities, e => e.Name == "Choe Son-hui");
        Assert.Equal(3, choe.Mentions.Count);
        Assert.Equal(["Choe"], choe.Aliases);
    }

    [Fact]
    public void Link_AmbiguousSurnameJoinsNobody()
    {
        var entities = Link("Kim Jong Un praised the late Kim Jong Il in a speech.", "Kim said the plan would work, state media reported.");
        Assert.Single(entities, e => e.Name == "Kim Jong Un" && e.Mentions.Count == 1);
        Assert.Single(entities, e => e.Name == "Kim Jong Il" && e.Mentions.Count == 1);
        Assert.DoesNotContain(entities, e => e.Name == "Kim");
    }

    [Fact]
    public void Link_CanonicalNameIsTheMostFrequentFullForm()
    {
        var entities = Link("Volodymyr Zelensky spoke in the capital.", "Volodymyr Zelenskyy said the talks failed.", "Volodymyr Zelenskyy visited troops near the front.");
        var zelensky = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Volodymyr Zelenskyy", zelensky.Name);
        Assert.Equal(["Volodymyr Zelensky"], zelensky.Aliases);
    }

    [Fact]
    public void Link_CountryFormsBecomeOnePlace()
    {
        var entities = Link("The DPRK rejected the demand.", "North Korea said the Democratic People's Republic of Korea would respond and North Korean troops moved.");
        var korea = Assert.Single(entities, e => e.Name == "North Korea");
        Assert.Equal(EntityType.Place, korea.Type);
        Assert.Equal(4, korea.Mentions.Count);
    }
}
