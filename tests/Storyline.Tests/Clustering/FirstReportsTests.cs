using Storyline.Clustering;

namespace Storyline.Tests.Clustering;

/// <summary>How the clusterer treats the first reports of an event, and reports with little text of their own.</summary>
public class FirstReportsTests
{
    private static readonly DateTimeOffset Monday = new(2024, 3, 4, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_FirstTwoReportsFromTwoOutletsWithVariantSpellings_JoinOneStory()
    {
        // A fresh clusterer has no frequencies yet: every shared word has been seen in half the stream.
        var clusterer = new StoryClusterer();
        var first = clusterer.Add(new ClusterItem("wire-1", "Choe Son Hui flies to Moscow for talks with Lavrov",
            "North Korean Foreign Minister Choe Son Hui arrived in Moscow on Monday for talks with Sergei Lavrov, "
            + "the state news agency KCNA said, weeks after Kim Jong Un hosted a Russian delegation in Pyongyang.")
        { Published = Monday, Source = "kcna-watch.example" });
        var second = clusterer.Add(new ClusterItem("daily-1", "N. Korea's top diplomat Choi Sun-hee in Moscow",
            "Choi Sun-hee, the foreign minister of the DPRK, landed in Moscow to meet her Russian counterpart Sergei Lavrov, "
            + "officials said on Monday. Kim Jong-un's government has drawn closer to the Kremlin this year.")
        { Published = Monday.AddHours(5), Source = "seoul-daily.example" });

        Assert.True(first.OpenedStory);
        Assert.False(second.OpenedStory);
        Assert.Equal(clusterer.Resolve(first.StoryId), clusterer.Resolve(second.StoryId));
    }

    [Fact]
    public void Add_ReportWhoseBodyIsSiteFurniture_JoinsByItsHeadline()
    {
        var clusterer = new StoryClusterer();
        var report = clusterer.Add(new ClusterItem("a", "Astronauts identify unknown microbes aboard space station",
            "For the first time, astronauts sequenced and identified unknown microbes on board the International Space Station, "
            + "using a handheld sequencer instead of sending samples back to Earth, NASA said.")
        { Published = Monday });
        var padded = clusterer.Add(new ClusterItem("b", "Astronauts identify unknown microbes in space for first time",
            "Subscribe to updates. Free test series. Categories: prelims, mains, interview guidance, monthly magazines, "
            + "offline classroom programme, answer keys, revision plans, self study guides, current affairs quizzes.")
        { Published = Monday.AddDays(1) });
        var other = clusterer.Add(new ClusterItem("c", "Broadcom raises hostile bid for Qualcomm",
            "Broadcom raised its hostile offer for chipmaker Qualcomm to more than 120 billion dollars, urging shareholders to back its nominees.")
        { Published = Monday.AddDays(1) });

        Assert.Equal(clusterer.Resolve(report.StoryId), clusterer.Resolve(padded.StoryId));
        Assert.NotEqual(clusterer.Resolve(report.StoryId), clusterer.Resolve(other.StoryId));
    }

    [Fact]
    public void Add_ReportWithNeitherTitleNorText_IsClusteredByItsUrlSlug()
    {
        var clusterer = new StoryClusterer();
        var report = clusterer.Add(new ClusterItem("a", "Thousands flee as fireworks explode at Terrigal beach",
            "Two people were injured and thousands fled Terrigal beach after a fireworks display malfunctioned at midnight.")
        { Published = Monday });
        var bare = clusterer.Add(new ClusterItem("b", "", "")
        {
            Published = Monday.AddHours(3),
            Url = "https://news.example/national/thousands-flee-fireworks-explode-terrigal-beach/news-story/3f087a3867cf26a0ca90544cb180943b",
        });

        Assert.Equal(clusterer.Resolve(report.StoryId), clusterer.Resolve(bare.StoryId));
    }

    [Fact]
    public void Add_ReportTitledWithTheSiteName_IsClusteredByItsUrlSlug()
    {
        var clusterer = new StoryClusterer();
        var report = clusterer.Add(new ClusterItem("a", "Russian experts regain control of Angola's first satellite",
            "Russian space experts have regained contact with AngoSat-1, the first Angolan telecommunications satellite, after losing it shortly after launch.")
        { Published = Monday });
        // A failed crawl: the page's title is the site's name and its text the site's footer.
        var failed = clusterer.Add(new ClusterItem("b", "ABC News",
            "External links are provided for reference purposes. Copyright 2018 ABC News Internet Ventures.")
        {
            Published = Monday.AddHours(5),
            Url = "http://abcnews.go.com/Technology/wireStory/russian-space-experts-regain-control-1st-angola-satellite-52044233",
        });

        Assert.Equal(clusterer.Resolve(report.StoryId), clusterer.Resolve(failed.StoryId));
    }

    [Theory]
    [InlineData("ABC News", "http://abcnews.go.com/Technology/wireStory/russian-space-experts-regain-control-1st-angola-satellite-52044233", "russian space experts regain control 1st angola satellite")]
    [InlineData("World news - RT International", "https://www.rt.com/on-air/414286-angola-satellite-launch-baikonur/", "angola satellite launch baikonur")]
    [InlineData("", "https://www.rt.com/news/414348-rihanna-cousin-shot-dead/", "rihanna cousin shot dead")]
    [InlineData("RT to air Putin interview", "https://www.rt.com/news/414349-rt-putin-interview/", "RT to air Putin interview")] // a headline that names the site shares the slug's words
    [InlineData("Good news for savers", "https://www.savers.example/news/rates-rise-again-this-week/", "Good news for savers")] // no capitalised word spells the host
    [InlineData("ABC News", "https://abcnews.go.com/world", "ABC News")] // no slug to read instead
    [InlineData("Floats, marching bands hit the street for 129th Rose Parade", "http://www.thedailytimes.com/entertainment/flowers-and-sunshine-greet-thousands/article_1.html", "Floats, marching bands hit the street for 129th Rose Parade")]
    public void Headline_TitleAndUrl_IsTheTitleUnlessItOnlyNamesTheSite(string title, string url, string expected)
    {
        Assert.Equal(expected, UrlSlug.Headline(title, url));
    }

    [Theory]
    [InlineData("https://www.rt.com/news/414348-rihanna-cousin-shot-dead/", "rihanna cousin shot dead")]
    [InlineData("http://www.telegraph.co.uk/news/2017/12/27/rihanna-calls-end-gun-violence-cousin-shot-dead/", "rihanna calls end gun violence cousin shot dead")]
    [InlineData("https://site.example/article/cardi-b-working-to-find-hacker-7162002", "cardi working to find hacker")]
    [InlineData("https://site.example/news/12345.html", "")]
    [InlineData("https://site.example/world/europe", "")]
    [InlineData("not a url", "")]
    [InlineData(null, "")]
    public void Words_Url_GivesTheHeadlineLikeSegment(string? url, string expected)
    {
        Assert.Equal(expected, UrlSlug.Words(url));
    }

    [Fact]
    public void Load_EmptyStateOfTheFormatBeforeTitles_StillLoads()
    {
        using var state = new MemoryStream();
        new StoryClusterer().Save(state);
        var bytes = state.ToArray();
        // Without stories the two formats differ only in the version number.
        BitConverter.GetBytes(1).CopyTo(bytes, 0);

        var loaded = StoryClusterer.Load(new MemoryStream(bytes));
        var first = loaded.Add(new ClusterItem("1", "Magnitude 7 earthquake strikes off Tokyo", "A strong earthquake struck off Tokyo on Monday."));

        Assert.True(first.OpenedStory);
    }
}
