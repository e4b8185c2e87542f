using System.Globalization;
using FsCheck.Xunit;
using Storyline.Extraction;

namespace Storyline.Tests.Extraction;

public class PublicationDatesTests
{
    [Theory]
    [InlineData("By Tess Bonn - 11/19/19 06:56 AM EST", "2019-11-19")]
    [InlineData("11/20/19 6:38 AM", "2019-11-20")]
    [InlineData("Posted 23/11/19 14:05", "2019-11-23")]
    [InlineData("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20")]
    [InlineData("21/06/2014 Tony Carter All, Books, Kit Reviews", "2014-06-21")]
    [InlineData("Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.", "2019-11-20")]
    [InlineData("Cartoni 02 Ago 2017", "2017-08-02")]
    [InlineData("Von Moritz Bachmann publiziert am 30. Juli 2018", "2018-07-30")]
    [InlineData("Publicado el 20 de noviembre de 2019, 14:05", "2019-11-20")]
    [InlineData("Mis à jour le 12 févr. 2020", "2020-02-12")]
    [InlineData("3. Okt. 2018 um 10:12", "2018-10-03")]
    [InlineData("Atualizado em 5 de dezembro de 2019", "2019-12-05")]
    [InlineData("Текст: Анна Петрова·24 сентября 2018", "2018-09-24")]
    [InlineData("Опубликовано 3 нояб. 2019 в 10:15", "2019-11-03")]
    [InlineData("Gepubliceerd op 14 maart 2019", "2019-03-14")]
    public void FindInText_ReadsTheDatelinesOfDumps(string line, string day)
    {
        var found = PublicationDates.FindInText(line);

        Assert.NotNull(found);
        Assert.Equal(day, found.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("They won 3/4/19 on aggregate")]
    [InlineData("Mix 1/2/3 cups of flour")]
    [InlineData("Chapter 11/19/19")]
    [InlineData("Top 10 players 2019")]
    [InlineData("He ran 5 laps 2019 style")]
    public void FindInText_NumbersThatAreNoDate_AreNone(string line)
    {
        Assert.Null(PublicationDates.FindInText(line));
    }

    [Theory]
    [InlineData("Posted 11/19/2019 6:38 AM EST by Staff", "11/19/2019 6:38 AM EST")]
    [InlineData("November 20, 2019 Tom Okafor", "November 20, 2019")]
    [InlineData("2019-11-20T17:27:46 Tom Okafor", "2019-11-20T17:27:46")]
    [InlineData("am 30. Juli 2018 um 10:12", "30. Juli 2018")]
    public void Find_GivesWhereTheDateStands_TimeAndZoneIncluded_NamesLeftOut(string line, string text)
    {
        var found = PublicationDates.Find(line);

        Assert.NotNull(found);
        Assert.Equal(text, line[found.Value.Index..found.Value.End].TrimEnd());
    }

    [Fact]
    public void FindInText_AnImpossibleCandidate_GivesWayToTheNextOne()
    {
        // 31/31 is no day in either order; the second date of the same form is.
        var found = PublicationDates.FindInText("Ref. 31/31/2019 · Updated 20/11/2019");

        Assert.NotNull(found);
        Assert.Equal("2019-11-20", found.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("https://www.nytimes.com/2019/11/19/opinion/republicans-elections.html", "2019-11-19")]
    [InlineData("https://www.theguardian.com/world/2019/nov/19/iran-protests", "2019-11-19")]
    [InlineData("https://example.com/news/2018-06-03/flood-warning", "2018-06-03")]
    [InlineData("https://www.quantamagazine.org/tuft-cells-taste-danger-20191115/", "2019-11-15")]
    [InlineData("https://example.com/2019/1/5/snow", "2019-01-05")]
    public void FromUrl_ReadsTheDayAnAddressIsFiledUnder(string url, string day)
    {
        var found = PublicationDates.FromUrl(url);

        Assert.NotNull(found);
        Assert.Equal(day, found.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("https://example.com/2019/11/teachers-protest")] // a month, no day
    [InlineData("https://example.com/story/2019/11/123456/")] // the third number is an id
    [InlineData("https://example.com/article/201911150012")] // a longer number
    [InlineData("https://example.com/2019/02/30/no-such-day")]
    [InlineData("https://example.com/search?from=2019-11-19")] // the query is not the article's place
    [InlineData("not a url 2019/11/19")]
    [InlineData("ftp://example.com/2019/11/19/file")]
    public void FromUrl_AnAddressWithoutAWholeDay_GivesNone(string url)
    {
        Assert.Null(PublicationDates.FromUrl(url));
    }

    private static readonly string[] Pieces =
    [
        "11/19/19", "06:56", "AM", "EST", "31/31/2019", "20/11/2019", "2019-02-30", "2019-11-20T17:27:46", "Nov.", "20,",
        "2019", "30.", "Juli", "de", "noviembre", "févr.", "By", "Mara", "Okonkwo", "|", "T", "+09:00", "GMT", "1999", "0",
    ];

    [Property(MaxTest = 300)]
    public void Find_AnyLine_GivesNothingOrARealDateWithinTheLine(int[] picks)
    {
        var line = string.Join(' ', (picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));

        var found = PublicationDates.Find(line);

        Assert.Equal(found?.Date, PublicationDates.FindInText(line));
        if (found is { } date)
        {
            Assert.InRange(date.Index, 0, line.Length - 1);
            Assert.InRange(date.End, date.Index + 1, line.Length);
            Assert.InRange(date.Date.Year, 1990, 2100);
        }
    }
}
