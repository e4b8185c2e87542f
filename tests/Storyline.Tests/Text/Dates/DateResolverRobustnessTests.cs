using FsCheck;
using FsCheck.Xunit;
using Storyline.Text.Dates;

namespace Storyline.Tests.Text.Dates;

/// <summary>The resolver reads whatever text and publication date an article brings, without throwing.</summary>
public class DateResolverRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "on the 31st", "tomorrow", "next month", "last year", "in December", "on Friday (19/1)", "3/4", "29 February",
        "31. Juni", "20 de noviembre de 2019", "2 ago", "from the 30th to the 2nd", "99 days ago", "in 2100", "9999-12-31",
        "2024년 2월 30일", "31日", "Dec. 31, 9999", "week", "ago", " ", ".", "\n", "will", "said", "0", "00/00/0000",
    ];

    [Property(MaxTest = 300)]
    public void Find_AnyTextAndPublicationDate_DoesNotThrow(int[] picks, int dayNumber)
    {
        var text = string.Join(' ', (picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));
        var day = DateOnly.MinValue.AddDays(Math.Abs(dayNumber % (DateOnly.MaxValue.DayNumber + 1)));
        var published = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        _ = DateResolver.Find(text, published);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Find_AtTheEdgesOfTheCalendar_DoesNotThrow(int year, int month, int day)
    {
        var published = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);

        _ = DateResolver.Find(string.Join(' ', Pieces), published);
    }
}
