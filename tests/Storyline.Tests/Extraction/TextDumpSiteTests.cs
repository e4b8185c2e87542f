using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>The site's name that a text dump gives in its copyright notice.</summary>
public class TextDumpSiteTests
{
    private const string Article = """
        Ferry timetable changes for the winter

        The island ferry will sail twice a day instead of four times from the first week of November, the operator said on Monday, citing fewer passengers after the summer.

        The morning sailing leaves the mainland pier at seven and the afternoon one at three, with a late boat on Fridays for commuters returning to the island for the weekend.

        Islanders' groups said the cut would make it harder to reach the hospital on the mainland and asked the council to pay for a third daily crossing.
        """;

    private static string? Site(string footer) =>
        new ArticleExtractor().Extract(new RawDocument("dump.txt", Encoding.UTF8.GetBytes(Article + "\n\n" + footer + "\n"), DocumentFormat.TextDump)).Article!.Site;

    [Theory]
    [InlineData("© 2019 Harbour Weekly. All rights reserved.", "Harbour Weekly")]
    [InlineData("© 2000-2019 Harbour Media. All rights reserved. Privacy Policy", "Harbour Media")]
    [InlineData("Copyright © 2000—2019. Harbour Media", "Harbour Media")]
    [InlineData("Harbour Newspapers © Copyright Harbour Media Services, LLC", "Harbour Media Services")]
    [InlineData("© Copyright 2019, The Harbour-Review | Community Guidelines | Terms of Service", "The Harbour-Review")]
    [InlineData("© 2019 The Harbour unless otherwise noted. All rights reserved.", "The Harbour")]
    [InlineData("Legal Notice Terms and Conditions Privacy Policy © harbour weekly 2019", "harbour weekly")]
    [InlineData("© 2019 HarbourUser - All rights reserved", "HarbourUser")]
    [InlineData("copyright Harbour 2019 - ISSN: 2283-5474", "Harbour")]
    [InlineData("© 2019 Harbour.com", "Harbour.com")]
    public void CopyrightNotice_NamesTheOwner(string footer, string site)
    {
        Assert.Equal(site, Site(footer));
    }

    [Fact]
    public void LinkToTheCopyrightPage_NamesNoOne_AndAnEarlierNoticeStands()
    {
        Assert.Equal("Harbour Weekly", Site("© 2019 Harbour Weekly\n\n  • Copyright Policy\n  • Copyright and Reprint"));
        Assert.Null(Site("  • Copyright Policy\n\nAll Rights Reserved © 2019"));
    }
}
