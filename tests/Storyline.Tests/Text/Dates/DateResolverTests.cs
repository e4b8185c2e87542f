using Storyline.Text.Dates;

namespace Storyline.Tests.Text.Dates;

public class DateResolverTests
{
    private static readonly DateTimeOffset Sunday21January2024 = new(2024, 1, 21, 9, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("NHK reported on the 21st.", "on the 21st", "2024-01-21", DateGranularity.Day)]
    [InlineData("She arrived in Moscow on the 16th (local time).", "on the 16th", "2024-01-16", DateGranularity.Day)]
    [InlineData("North Korea on Sunday said it was ready.", "on Sunday", "2024-01-21", DateGranularity.Day)]
    [InlineData("They met last Sunday.", "last Sunday", "2024-01-14", DateGranularity.Day)]
    [InlineData("The talks will resume on Tuesday.", "on Tuesday", "2024-01-23", DateGranularity.Day)]
    [InlineData("On Friday (19/1), a spokesman said talks were under way.", "Friday (19/1)", "2024-01-19", DateGranularity.Day)]
    [InlineData("He visited Russia for three days, from the 15th to the 17th.", "from the 15th to the 17th", "2024-01-15/2024-01-17", DateGranularity.Range)]
    [InlineData("The summit was held on July 19, 2000.", "July 19, 2000", "2000-07-19", DateGranularity.Day)]
    [InlineData("The summit was held on 19 July 2000.", "19 July 2000", "2000-07-19", DateGranularity.Day)]
    [InlineData("Putin last visited North Korea in July 2000.", "July 2000", "2000-07", DateGranularity.Month)]
    [InlineData("The ministers met last week.", "last week", "2024-01-14/2024-01-20", DateGranularity.Week)]
    [InlineData("The visit is planned for next month.", "next month", "2024-02", DateGranularity.Month)]
    [InlineData("The ministry said yesterday that it agreed.", "yesterday", "2024-01-20", DateGranularity.Day)]
    [InlineData("Elections were held in December.", "in December", "2023-12", DateGranularity.Month)]
    [InlineData("Elections will be held in March.", "in March", "2024-03", DateGranularity.Month)]
    // A piece written the evening before its date looks ahead to a day already begun; two days back is next year's.
    [InlineData("The first full moon of the year will peak between January 20 and 21.", "January 20 and 21", "2024-01-20/2024-01-21", DateGranularity.Range)]
    [InlineData("The market will open on January 20.", "January 20", "2024-01-20", DateGranularity.Day)]
    [InlineData("The market will open on January 19.", "January 19", "2025-01-19", DateGranularity.Day)]
    [InlineData("The rocket was launched on 2023-09-13.", "2023-09-13", "2023-09-13", DateGranularity.Day)]
    [InlineData("Senators met ahead of today's vote on the budget.", "today", "2024-01-21", DateGranularity.Day)]
    [InlineData("In today's vote, the bill passed.", "today", "2024-01-21", DateGranularity.Day)]
    [InlineData("The pair will appear in front of the committee today.", "today", "2024-01-21", DateGranularity.Day)]
    // "last year" and "next year" after a day or a month give its year, whatever the tense; "this year" is read by the tense.
    [InlineData("A gunman opens fire in a nightclub in Orlando on June 12 last year and kills 49 people.", "June 12 last year", "2023-06-12", DateGranularity.Day)]
    [InlineData("He was elected on 3 March of last year.", "3 March of last year", "2023-03-03", DateGranularity.Day)]
    [InlineData("The vote is due on June 12 next year.", "June 12 next year", "2025-06-12", DateGranularity.Day)]
    [InlineData("In April last year, the firm collapsed.", "In April last year", "2023-04", DateGranularity.Month)]
    [InlineData("The plant will open in March this year.", "in March this year", "2024-03", DateGranularity.Month)]
    [InlineData("The plant opened in July this year.", "in July this year", "2023-07", DateGranularity.Month)]
    [InlineData("On June 12, last year's champion lost.", "June 12", "2023-06-12", DateGranularity.Day)]
    [InlineData("The treaty was signed in 1961.", "in 1961", "1961", DateGranularity.Year)]
    [InlineData("The talks ran January 15-17, 2024.", "January 15-17, 2024", "2024-01-15/2024-01-17", DateGranularity.Range)]
    [InlineData("The talks ran 16 to 18 January.", "16 to 18 January", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("The plant was closed three weeks ago.", "three weeks ago", "2023-12-31/2024-01-06", DateGranularity.Week)]
    [InlineData("On Jan. 5 the army moved.", "Jan. 5", "2024-01-05", DateGranularity.Day)]
    [InlineData("The negotiations, which run from 18 to 20 February, open in Kyiv.", "from 18 to 20 February", "2024-02-18/2024-02-20", DateGranularity.Range)]
    [InlineData("The festival takes place on 3 March in the old town.", "3 March", "2024-03-03", DateGranularity.Day)]
    [InlineData("The ship sank on 14 December with all hands.", "14 December", "2023-12-14", DateGranularity.Day)]
    [InlineData("The law took effect on 1 July.", "1 July", "2023-07-01", DateGranularity.Day)]
    [InlineData("\"They tell you Friday, then someone says Saturday.", "Friday", "2024-01-26", DateGranularity.Day)]
    [InlineData("I have a job interview in Hamburg on Friday afternoon and no idea how to get there,\" said a student.", "on Friday", "2024-01-26", DateGranularity.Day)]
    [InlineData("Officials say the bridge collapsed on Friday after heavy rain.", "on Friday", "2024-01-19", DateGranularity.Day)]
    // A timetable told in the present tense lies ahead; the same told in the past lies behind.
    [InlineData("The show opens to the public on Friday.", "on Friday", "2024-01-26", DateGranularity.Day)]
    [InlineData("The show opened to the public on Friday.", "on Friday", "2024-01-19", DateGranularity.Day)]
    [InlineData("Rovers: Host the Wanderers on Tuesday.", "on Tuesday", "2024-01-23", DateGranularity.Day)]
    // After "before", "until", "once" and "when" the present tells the future, whatever the main clause's tense.
    [InlineData("The bank was racing to book the credit before the new law takes effect on Feb. 1.", "Feb. 1", "2024-02-01", DateGranularity.Day)]
    [InlineData("Shops stocked up in case the strike goes ahead when the contract expires in February.", "in February", "2024-02", DateGranularity.Month)]
    [InlineData("The bank booked the credit before the new law took effect on Feb. 1.", "Feb. 1", "2023-02-01", DateGranularity.Day)]
    [InlineData("The bank booked the credit before the end of the holiday on Feb. 1.", "Feb. 1", "2023-02-01", DateGranularity.Day)]
    [InlineData("The champions visit Leeds on Saturday.", "on Saturday", "2024-01-27", DateGranularity.Day)]
    [InlineData("The champions visited Leeds on Saturday.", "on Saturday", "2024-01-20", DateGranularity.Day)]
    [InlineData("The new model, which goes on sale in June, is cheaper.", "in June", "2024-06", DateGranularity.Month)]
    [InlineData("The new model went on sale in June.", "in June", "2023-06", DateGranularity.Month)]
    [InlineData("The committee has invited the minister to a hearing on Wednesday.", "on Wednesday", "2024-01-24", DateGranularity.Day)]
    [InlineData("Parliament has summoned the chief executive to a public session on Friday, an aide said.", "on Friday", "2024-01-26", DateGranularity.Day)]
    [InlineData("The committee questioned the minister at a hearing on Wednesday.", "on Wednesday", "2024-01-17", DateGranularity.Day)]
    [InlineData("The minister was summoned to a hearing on Wednesday and resigned a day later.", "on Wednesday", "2024-01-17", DateGranularity.Day)]
    [InlineData("Officials met in Kiev on Friday to unclog a route that traders say is helping nudge prices higher.", "on Friday", "2024-01-19", DateGranularity.Day)]
    [InlineData("\"We were told on Friday,\" says a passenger at the station.", "on Friday", "2024-01-19", DateGranularity.Day)]
    [InlineData("해경은 21일 새벽 여객선에서 불이 났다고 밝혔다.", "21일", "2024-01-21", DateGranularity.Day)]
    [InlineData("해경은 지난달 28일 수색을 시작했다.", "28일", "2023-12-28", DateGranularity.Day)]
    [InlineData("양국은 1월 16일 모스크바에서 회담했다.", "1월 16일", "2024-01-16", DateGranularity.Day)]
    [InlineData("조약은 2000년 7월 19일 서명됐다.", "2000년 7월 19일", "2000-07-19", DateGranularity.Day)]
    [InlineData("선거는 2023년 12월 치러졌다.", "2023년 12월", "2023-12", DateGranularity.Month)]
    [InlineData("两国于1月16日在莫斯科举行会谈。", "1月16日", "2024-01-16", DateGranularity.Day)]
    [InlineData("条約は2000年7月19日に署名された。", "2000年7月19日", "2000-07-19", DateGranularity.Day)]
    [InlineData("会談は19日に行われた。", "19日", "2024-01-19", DateGranularity.Day)]
    [InlineData("Das Treffen fand am 16. Januar in Moskau statt.", "16. Januar", "2024-01-16", DateGranularity.Day)]
    [InlineData("Der Vertrag wurde am 19. Juli 2000 unterzeichnet.", "19. Juli 2000", "2000-07-19", DateGranularity.Day)]
    [InlineData("Las elecciones se celebraron el 14 de diciembre.", "14 de diciembre", "2023-12-14", DateGranularity.Day)]
    [InlineData("O acordo foi assinado em 5 de outubro de 2019.", "5 de outubro de 2019", "2019-10-05", DateGranularity.Day)]
    [InlineData("Le sommet s'est tenu le 16 janvier à Moscou.", "16 janvier", "2024-01-16", DateGranularity.Day)]
    [InlineData("L'incontro si è svolto il 2 ago 2017 a Roma.", "2 ago 2017", "2017-08-02", DateGranularity.Day)]
    [InlineData("El festival será del 1 al 3 de mayo.", "del 1 al 3 de mayo", "2024-05-01/2024-05-03", DateGranularity.Range)]
    [InlineData("La conférence aura lieu le 15 avril à Genève.", "15 avril", "2024-04-15", DateGranularity.Day)]
    [InlineData("Die Konferenz soll vom 1. bis 3. Juni stattfinden.", "vom 1. bis 3. Juni", "2024-06-01/2024-06-03", DateGranularity.Range)]
    [InlineData("El ministro dijo el 3 de abril que las negociaciones continuarán.", "3 de abril", "2023-04-03", DateGranularity.Day)]
    [InlineData("Le ministre a déclaré le 3 avril que la grève sera longue.", "3 avril", "2023-04-03", DateGranularity.Day)]
    [InlineData("Die Gespräche fanden vom 16. bis 18. Januar statt.", "vom 16. bis 18. Januar", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("Die Messe lief 16.–18. Januar 2024.", "16.–18. Januar 2024", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("Les pourparlers ont eu lieu du 16 au 18 janvier.", "du 16 au 18 janvier", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("Las conversaciones se celebraron del 16 al 18 de enero.", "del 16 al 18 de enero", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("Il vertice si è svolto dal 16 al 18 gennaio.", "dal 16 al 18 gennaio", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("A cimeira decorreu de 16 a 18 de janeiro de 2024.", "de 16 a 18 de janeiro de 2024", "2024-01-16/2024-01-18", DateGranularity.Range)]
    [InlineData("The summit runs from Jan. 29 to Feb. 2 in Davos.", "from Jan. 29 to Feb. 2", "2024-01-29/2024-02-02", DateGranularity.Range)]
    [InlineData("It snowed from 29 December to 2 January.", "from 29 December to 2 January", "2023-12-29/2024-01-02", DateGranularity.Range)]
    [InlineData("Talks were held between Jan. 15 and Jan. 17.", "between Jan. 15 and Jan. 17", "2024-01-15/2024-01-17", DateGranularity.Range)]
    [InlineData("Trains ran late Dec. 28–Jan. 3, 2024.", "Dec. 28–Jan. 3, 2024", "2023-12-28/2024-01-03", DateGranularity.Range)]
    [InlineData("He will fly to Seoul tomorrow.", "tomorrow", "2024-01-22", DateGranularity.Day)]
    [InlineData("Protests spread tonight.", "tonight", "2024-01-21", DateGranularity.Day)]
    [InlineData("Thousands marched over the weekend.", "over the weekend", "2024-01-20/2024-01-21", DateGranularity.Range)]
    [InlineData("Thousands marched last weekend.", "last weekend", "2024-01-13/2024-01-14", DateGranularity.Range)]
    [InlineData("The band was famous in the 1990s.", "the 1990s", "1990-01-01/1999-12-31", DateGranularity.Range)]
    [InlineData("The band was famous in the '80s.", "the '80s", "1980-01-01/1989-12-31", DateGranularity.Range)]
    [InlineData("Shops shut early on Christmas Eve.", "Christmas Eve", "2023-12-24", DateGranularity.Day)]
    [InlineData("Shops shut early on christmas eve.", "christmas eve", "2023-12-24", DateGranularity.Day)]
    [InlineData("The law took effect on New Year's Day.", "New Year's Day", "2024-01-01", DateGranularity.Day)]
    [InlineData("They married on Valentine's Day 2019.", "Valentine's Day 2019", "2019-02-14", DateGranularity.Day)]
    [InlineData("Der Minister sprach am Freitag in Berlin.", "Freitag", "2024-01-19", DateGranularity.Day)]
    [InlineData("Die Streiks beginnen nächsten Montag.", "Montag", "2024-01-22", DateGranularity.Day)]
    [InlineData("Le ministre a déclaré jeudi que la grève continue.", "jeudi", "2024-01-18", DateGranularity.Day)]
    [InlineData("La réunion aura lieu mardi prochain.", "mardi", "2024-01-23", DateGranularity.Day)]
    [InlineData("El presidente habló el sábado en Madrid.", "sábado", "2024-01-20", DateGranularity.Day)]
    [InlineData("Il ministro ha parlato venerdì.", "venerdì", "2024-01-19", DateGranularity.Day)]
    [InlineData("O acordo foi assinado na quarta-feira.", "quarta-feira", "2024-01-17", DateGranularity.Day)]
    [InlineData("Banjir terjadi pada Sabtu pagi.", "pada Sabtu", "2024-01-20", DateGranularity.Day)]
    [InlineData("The assaults on New Year's Eve two years ago shocked the country.", "New Year's Eve two years ago", "2021-12-31", DateGranularity.Day)]
    [InlineData("The market was attacked at Christmas Day last year.", "Christmas Day last year", "2022-12-25", DateGranularity.Day)]
    [InlineData("Stores opened at dawn for Black Friday.", "Black Friday", "2023-11-24", DateGranularity.Day)]
    [InlineData("Sales on Cyber Monday 2019 set a record.", "Cyber Monday 2019", "2019-12-02", DateGranularity.Day)]
    [InlineData("The family met on Thanksgiving 2019.", "Thanksgiving 2019", "2019-11-28", DateGranularity.Day)]
    [InlineData("The march was held on Good Friday 2023.", "Good Friday 2023", "2023-04-07", DateGranularity.Day)]
    [InlineData("Crowds gathered on Easter Monday, 2019.", "Easter Monday, 2019", "2019-04-22", DateGranularity.Day)]
    [InlineData("The pool opened on Memorial Day 2023.", "Memorial Day 2023", "2023-05-29", DateGranularity.Day)]
    [InlineData("The strike began on Labor Day 2023.", "Labor Day 2023", "2023-09-04", DateGranularity.Day)]
    public void Find_ResolvesExpressionAgainstPublication(string text, string expression, string expected, DateGranularity granularity)
    {
        var mention = Assert.Single(DateResolver.Find(text, Sunday21January2024, null), m => m.Text == expression);
        Assert.Equal(expected, mention.Value);
        Assert.Equal(granularity, mention.Granularity);
        Assert.Equal(text, mention.Sentence.Text);
    }

    // Under a date with no time, Saturday's report of "early Sunday" is next day's: the date lags the report. So it is in a
    // report of Saturday afternoon or evening UTC, when Sunday has begun further east. In the morning it is six days back,
    // and so is a plain "on Sunday" at any hour, as in a weekly's "arrested on Sunday"; any other weekday reads the same
    // every way.
    [Theory]
    [InlineData("2024-01-20T00:00:00Z", "The president said early Sunday that the talks had failed.", "2024-01-21")]
    [InlineData("2024-01-20T21:30:00Z", "The president said early Sunday that the talks had failed.", "2024-01-21")]
    [InlineData("2024-01-20T21:30:00Z", "A missile flew over the island in the early hours of Sunday.", "2024-01-21")]
    [InlineData("2024-01-20T09:30:00Z", "The president said early Sunday that the talks had failed.", "2024-01-14")]
    [InlineData("2024-01-20T21:30:00Z", "The president said on Sunday that the talks had failed.", "2024-01-14")]
    [InlineData("2024-01-20T00:00:00Z", "The president said on Thursday that the talks had failed.", "2024-01-18")]
    public void Find_TheWeekdayAfterADateWithNoTime_IsTheNextDay(string published, string text, string expected)
    {
        var mention = Assert.Single(DateResolver.Find(text, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, mention.Value);
    }

    [Theory]
    [InlineData("On Friday (19/1), a spokesman said talks were under way.", "Friday (19/1)", "2024-01-19")]
    [InlineData("The talks opened on Friday, January 19, in Moscow.", "Friday, January 19", "2024-01-19")]
    [InlineData("The talks opened on Friday 19 January in Moscow.", "Friday 19 January", "2024-01-19")]
    [InlineData("On Monday (19/1), a spokesman said talks were under way.", null, null)]
    [InlineData("North Korea on Sunday said it was ready.", null, null)]
    [InlineData("NHK reported on the 21st.", null, null)]
    [InlineData("The festival takes place on 3 March in the old town.", null, null)]
    public void Find_UndatedText_ReferenceFixesOnlyTheYearOfADayNamedWithItsWeekday(string text, string? expression, string? expected)
    {
        var reference = new DateOnly(2024, 1, 21);

        var found = DateResolver.Find(text, null, null, reference);

        if (expected is null)
        {
            Assert.DoesNotContain(found, m => m.IsResolved);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(found, m => m.Text == expression).Value);
        }
        Assert.False(DateResolver.Find(text, null).Any(m => m.IsResolved), "without the reference nothing resolves");
    }

    [Theory]
    // Given 5 January 2024 and received late in 2026, 19 January is a Friday only in 2024.
    [InlineData("The accord was signed on 5 January 2024. On Friday (19/1), a spokesman said talks were under way.", "2024-01-19")]
    // From July 2000 on, 19 January fell on a Friday in 2001, 2007, 2018 and 2024: no year is settled.
    [InlineData("Putin last visited in July 2000. On Friday (19/1), a spokesman said talks were under way.", null)]
    // 19 January was a Friday in 2024, a Sunday in 2025 and a Monday in 2026: never a Tuesday.
    [InlineData("The accord was signed on 5 January 2024. On Tuesday (19/1), a spokesman said talks were under way.", null)]
    // Nothing relative is read against the window.
    [InlineData("The accord was signed on 5 January 2024. NHK reported it on the 21st.", null)]
    public void Find_UndatedText_TheOnlyYearItsOwnDatesAndItsArrivalAllowFixesADayNamedWithItsWeekday(string text, string? expected)
    {
        var window = PublicationWindow.Of(text, new DateOnly(2026, 12, 6));

        var found = DateResolver.Find(text, null, null, null, window).Where(m => m.IsResolved && !m.Text.Contains("2024", StringComparison.Ordinal) && !m.Text.Contains("2000", StringComparison.Ordinal)).ToList();

        Assert.NotNull(window);
        Assert.Equal(expected, found.SingleOrDefault()?.Value);
    }

    [Fact]
    public void PublicationWindow_ADayNamedWithItsWeekdayAndNoYearNarrowsItToThatWeek()
    {
        var window = PublicationWindow.Of("The accord was signed on 5 January 2024. On Friday (19/1), a spokesman said talks were under way.", new DateOnly(2025, 6, 1));

        Assert.Equal(new PublicationWindow(new DateOnly(2024, 1, 19), new DateOnly(2024, 1, 26)), window);
        Assert.True(window!.IsWeek);
    }

    [Fact]
    public void PublicationWindow_ADayTheReportLooksAheadToEndsItsWeek()
    {
        var window = PublicationWindow.Of("The accord was signed on 5 January 2024. The ministers will meet on Friday (19/1).", new DateOnly(2025, 6, 1));

        Assert.Equal(new PublicationWindow(new DateOnly(2024, 1, 12), new DateOnly(2024, 1, 19)), window);
    }

    [Fact]
    public void PublicationWindow_OverYearsAWeekdayTellsNoWeek()
    {
        // A gallery of old news received years later: "Monday, August 3" fits one year of the window, but the window is
        // too wide for a weekday to say when the gallery was written.
        var window = PublicationWindow.Of("In September 2017, the couple split. In a statement, he said Monday, August 3, that they would part.", new DateOnly(2024, 1, 1));

        Assert.Equal(new PublicationWindow(new DateOnly(2017, 9, 1), new DateOnly(2024, 1, 1)), window);
    }

    [Fact]
    public void PublicationWindow_ABareYearMayLieAheadAndDoesNotBoundIt()
    {
        var window = PublicationWindow.Of("The launch slipped in March 2017. The company hopes to fly crews by 2024.", new DateOnly(2026, 12, 6));

        Assert.Equal(new PublicationWindow(new DateOnly(2017, 3, 1), new DateOnly(2026, 12, 6)), window);
    }

    [Fact]
    public void PublicationWindow_YearsSinceADateNarrowItToAYearEitherSide()
    {
        var window = PublicationWindow.Of("It will be the first service in thirty years since the line closed on 3 May 1994.", new DateOnly(2026, 12, 6));

        Assert.Equal(new PublicationWindow(new DateOnly(2023, 5, 3), new DateOnly(2025, 5, 3)), window);
    }

    [Fact]
    public void PublicationWindow_TakesANarrowerWindowFromElsewhereOnlyWhenItsOwnDatesAllowIt()
    {
        var week = new PublicationWindow(new DateOnly(2024, 1, 19), new DateOnly(2024, 1, 26));

        Assert.Equal(week, PublicationWindow.Of("Putin last visited in July 2000.", new DateOnly(2026, 12, 6), null, week));
        Assert.Equal(week, PublicationWindow.Of("NHK reported it on the 21st.", new DateOnly(2026, 12, 6), null, week));
        // A text that dates itself after that week was not written in it.
        Assert.Equal(
            new PublicationWindow(new DateOnly(2025, 3, 1), new DateOnly(2026, 12, 6)),
            PublicationWindow.Of("The line reopened on 1 March 2025.", new DateOnly(2026, 12, 6), null, week));
    }

    [Theory]
    // Inside the week: the report's own day.
    [InlineData("NHK reported on the 21st that talks went on.", "2024-01-21")]
    // Before it: every day of the week reads it alike.
    [InlineData("The minister flew to Moscow on the 16th.", "2024-01-16")]
    [InlineData("The minister stayed from the 15th to the 17th.", "2024-01-15/2024-01-17")]
    public void Find_UndatedTextOfAKnownWeek_PlacesABareDayOfTheMonth(string text, string expected)
    {
        var week = new PublicationWindow(new DateOnly(2024, 1, 19), new DateOnly(2024, 1, 26));

        var found = DateResolver.Find(text, null, null, null, week);

        Assert.Equal(expected, Assert.Single(found, m => m.IsResolved).Value);
    }

    [Fact]
    public void PublicationWindow_RunsFromTheLatestDateATextGivesToItsArrival()
    {
        var window = PublicationWindow.Of("Built in July 2000 and refitted on 13/9/2023, the ship sails again. It will be retired in 2031.", new DateOnly(2026, 12, 6));

        Assert.Equal(new PublicationWindow(new DateOnly(2023, 9, 13), new DateOnly(2026, 12, 6)), window);
        Assert.Null(PublicationWindow.Of("NHK reported on the 21st that talks went on.", new DateOnly(2026, 12, 6)));
    }

    [Theory]
    [InlineData(25, "Ob der Ausstand am Freitag endet, ist unklar.", "2024-01-26")]
    [InlineData(25, "Eine Sprecherin sagte am Donnerstag, man werde informieren.", "2024-01-25")]
    [InlineData(25, "Kowalski hatte am Freitag von 72 Stunden gesprochen.", "2024-01-19")]
    [InlineData(25, "Le sommet aura lieu vendredi prochain.", "2024-01-26")]
    [InlineData(21, "Aguas del Levante firmó el contrato el martes en Mascate.", "2024-01-16")]
    [InlineData(21, "L'Ukraine et la Roumanie ont signé l'accord mardi à Kiev.", "2024-01-16")]
    [InlineData(21, "Le ministre a signé l'accord mardi.", "2024-01-16")]
    [InlineData(21, "A empresa assinou o contrato na terça-feira.", "2024-01-16")]
    [InlineData(21, "La huelga comenzará el martes en todos los puertos.", "2024-01-23")]
    [InlineData(25, "Die Gewerkschaft hat für Dienstag einen Streik angekündigt.", "2024-01-30")]
    [InlineData(23, "Die Polizei hat den Mann am Freitag in Köln festgenommen.", "2024-01-19")]
    [InlineData(23, "Die Ukraine und Rumänien haben das Abkommen am Freitag unterzeichnet.", "2024-01-19")]
    [InlineData(23, "Der Minister ist am Freitag zurückgetreten.", "2024-01-19")]
    [InlineData(23, "Die Gewerkschaft hat angekündigt, am Freitag zu streiken.", "2024-01-26")]
    [InlineData(23, "Die Konferenz ist für Freitag geplant.", "2024-01-26")]
    [InlineData(23, "Die Abstimmung ist am Freitag vorgesehen.", "2024-01-26")]
    [InlineData(25, "Die Lokführer streiken ab Montag.", "2024-01-29")]
    [InlineData(25, "Les syndicats appellent à la grève à partir de lundi.", "2024-01-29")]
    [InlineData(25, "Los estibadores convocaron una huelga para el lunes.", "2024-01-29")]
    [InlineData(25, "Il est arrivé jeudi dernier.", "2024-01-18")]
    [InlineData(22, "O acordo foi assinado na sexta-feira.", "2024-01-19")]
    public void Find_ForeignWeekday_IsTheNearerDayUnlessAWordSaysWhich(int day, string text, string expected) =>
        Assert.Equal(expected, Assert.Single(DateResolver.Find(text, new DateTimeOffset(2024, 1, day, 9, 0, 0, TimeSpan.Zero), null)).Value);

    [Theory]
    [InlineData("Plácido Domingo sang in Vienna.")]
    [InlineData("Crowds filled the streets for Mardi Gras.")]
    [InlineData("Dalam minggu ini hujan turun setiap hari.")]
    [InlineData("Between 1900 and 2000 people marched.")]
    [InlineData("At the end of the day, it worked.")]
    [InlineData("The scores were 3-4 and 10-12.")]
    [InlineData("He lives on the 3rd floor.")]
    [InlineData("He ran for the 2nd time.")]
    [InlineData("She won for the 3rd consecutive year.")]
    [InlineData("The team trailed in the fourth quarter.")]
    [InlineData("The Arab Spring toppled him.")]
    [InlineData("Leaves turn in the fall.")]
    [InlineData("Prices fall in spring water sales.")]
    [InlineData("Tourists flew to Easter Island.")]
    [InlineData("Gunmen struck the city's bars on a Friday evening.")]
    [InlineData("The market opens every Saturday.")]
    [InlineData("USA Today's request for comment was not returned.")]
    [InlineData("China launched a Long March 5 rocket from Wenchang.")]
    [InlineData("\"He seemed normal,\" a former neighbour told Florida Today.")]
    [InlineData("Speaking to BBC Radio 4's Today programme, he said trading had slowed.")]
    [InlineData("It is twice as powerful as the next most powerful rocket in use today.")]
    [InlineData("The ads ran from the drive-in era on through to today.")]
    [InlineData("He was shocked that it was going on in today's Hollywood.")]
    [InlineData("The centre unites former staff of some of today's biggest tech companies.")]
    [InlineData("The academy is woefully out of touch with today's music.")]
    public void Find_WordsThatAreNamesOrOtherThings_AreNoDates(string text) =>
        Assert.Empty(DateResolver.Find(text, Sunday21January2024, null));

    [Fact]
    public void Find_TodayInAQuoteDatedToAnotherYear_IsNotThePublicationDay()
    {
        var mentions = DateResolver.Find("\"We announce our separation today,\" she said in 2015.", Sunday21January2024, null);

        Assert.DoesNotContain(mentions, m => m.Text == "today");
        Assert.Contains(mentions, m => m.Value == "2015");
        Assert.Contains(DateResolver.Find("\"We announce our separation today,\" she said.", Sunday21January2024, null), m => m.Value == "2024-01-21");
    }

    [Fact]
    public void Find_AHolidayWeeksAway_IsTheComingOne_WhateverTheOtherVerbs()
    {
        var published = new DateTimeOffset(2019, 11, 19, 9, 0, 0, TimeSpan.Zero);

        var mention = Assert.Single(DateResolver.Find("Black Friday is approaching, but several items have dropped in price already.", published, null));

        Assert.Equal("2019-11-29", mention.Value);
    }

    [Fact]
    public void Find_AWeekdayNamingAThing_IsStillTheDay() =>
        Assert.Equal("2024-01-20", Assert.Single(DateResolver.Find("He said so in a Saturday night post on Twitter.", Sunday21January2024, null)).Value);

    [Fact]
    public void Find_AGoodFridayInLowerCase_IsThePlainFriday() =>
        Assert.Equal("2024-01-19", Assert.Single(DateResolver.Find("It was a good Friday for the harbour's traders.", Sunday21January2024, null)).Value);

    [Fact]
    public void Find_BlackFriday_IsNoPlainFriday()
    {
        var mention = Assert.Single(DateResolver.Find("Shoppers queued on Black Friday for televisions.", Sunday21January2024, null));

        Assert.Equal(("Black Friday", "2023-11-24"), (mention.Text, mention.Value));
    }

    [Fact]
    public void Find_TwoYearsJoinedByAnd_AreTwoYearsNotASpan() =>
        Assert.Equal(["1998", "2009"], DateResolver.Find("Rockets flew over Japan in 1998 and 2009.", Sunday21January2024, null).Select(m => m.Value));

    [Fact]
    public void Find_TwoDaysJoinedByAnd_AreTwoDaysNotASpan()
    {
        var found = DateResolver.Find("Attacks on Jan. 15 and Jan. 17 killed two people.", Sunday21January2024, null);
        Assert.Equal(["Jan. 15", "Jan. 17"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal(DateGranularity.Day, m.Granularity));
    }

    [Theory]
    [InlineData("Aftershocks of similar strength could occur over the next week.", "next week", "2024-01-22/2024-01-28")]
    [InlineData("Wheat futures have climbed 4% over the last month.", "last month", "2023-12-22/2024-01-21")]
    [InlineData("The river has risen in the past week.", "past week", "2024-01-14/2024-01-21")]
    [InlineData("The ministers met last week.", "last week", "2024-01-14/2024-01-20")]
    [InlineData("The visit is planned for next month.", "next month", "2024-02")]
    public void Find_APeriodAfterThe_IsTheDaysFromPublication(string text, string expression, string expected)
    {
        var found = Assert.Single(DateResolver.Find(text, Sunday21January2024, null));
        Assert.Equal(expression, found.Text);
        Assert.Equal(expected, found.Value);
    }

    [Theory]
    [InlineData(null, "2024-01-21/2024-01-27")]
    [InlineData("en-US", "2024-01-21/2024-01-27")]
    [InlineData("en-GB", "2024-01-22/2024-01-28")]
    [InlineData("de", "2024-01-22/2024-01-28")]
    [InlineData("xx-unknown", "2024-01-21/2024-01-27")]
    public void Find_ThisWeek_StartsOnTheDayTheOutletsWeekStarts(string? locale, string expected)
    {
        var wednesday = new DateTimeOffset(2024, 1, 24, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(expected, Assert.Single(DateResolver.Find("Ministers meet in Kyiv this week.", wednesday, locale)).Value);
    }

    [Theory]
    [InlineData(22, "Talks will be held this weekend.", "2024-01-27/2024-01-28")]
    [InlineData(26, "Crowds gathered this weekend.", "2024-01-20/2024-01-21")]
    [InlineData(27, "They met last weekend.", "2024-01-20/2024-01-21")]
    [InlineData(27, "They meet next weekend.", "2024-02-03/2024-02-04")]
    public void Find_Weekend_IsTheOneTheSentenceMeans(int day, string text, string expected) =>
        Assert.Equal(expected, Assert.Single(DateResolver.Find(text, new DateTimeOffset(2024, 1, day, 9, 0, 0, TimeSpan.Zero), null)).Value);

    [Theory]
    [InlineData("구조 작업은 3일간 이어졌다.")]
    [InlineData("会談は3日間続いた。")]
    [InlineData("수색은 5일 동안 계속됐다.")]
    public void Find_CjkDayCountsOfASpan_AreNoDates(string text)
    {
        Assert.DoesNotContain(DateResolver.Find(text, Sunday21January2024, null), m => m.Granularity == DateGranularity.Day);
    }

    [Theory]
    [InlineData("Nine out of 10 doctors agreed.")]
    [InlineData("He scored 2 set points and 3 mag wheels were sold.")]
    [InlineData("The 3 Mars rovers kept driving.")]
    public void Find_WordsThatAreAlsoForeignMonthAbbreviations_AreNoDates(string text)
    {
        Assert.DoesNotContain(DateResolver.Find(text, Sunday21January2024, null), m => m.Granularity == DateGranularity.Day);
    }

    [Theory]
    [InlineData("Minister Kang said at the National Assembly on the 11th that the inspection will be finished within two weeks.", "on the 11th", "2025-03-11", DateGranularity.Day)]
    [InlineData("The minister told reporters on Tuesday that the ferries will be inspected.", "on Tuesday", "2025-03-11", DateGranularity.Day)]
    [InlineData("He said on Monday the talks will resume.", "on Monday", "2025-03-10", DateGranularity.Day)]
    [InlineData("The talks will resume on the 20th, he said.", "on the 20th", "2025-03-20", DateGranularity.Day)]
    [InlineData("The inspection will be finished, the minister said on the 11th.", "on the 11th", "2025-03-11", DateGranularity.Day)]
    [InlineData("On Friday the ministers will meet again.", "Friday", "2025-03-14", DateGranularity.Day)]
    [InlineData("The union said the strike, which will continue, began on the 11th.", "on the 11th", "2025-03-11", DateGranularity.Day)]
    [InlineData("Two bodies were found on the evening of the 9th.", "of the 9th", "2025-03-09", DateGranularity.Day)]
    [InlineData("Smoke was seen at around 5:40 a.m. on Sunday.", "on Sunday", "2025-03-09", DateGranularity.Day)]
    [InlineData("\"I thought of the news of last month,\" said a passenger.", "last month", "2025-02", DateGranularity.Month)]
    [InlineData("The Hanbit Star, built in 2009, passed its inspection.", "in 2009", "2009", DateGranularity.Year)]
    [InlineData("The ship was launched on 3 June 2009.", "3 June 2009", "2009-06-03", DateGranularity.Day)]
    [InlineData("The inspection last November found a minor defect.", "last November", "2024-11", DateGranularity.Month)]
    [InlineData("The union said the stoppage would last 48 hours, from 2am on Thursday.", "on Thursday", "2025-03-13", DateGranularity.Day)]
    [InlineData("He said on Monday that he would resign.", "on Monday", "2025-03-10", DateGranularity.Day)]
    [InlineData("Freight services will be hit from Wednesday evening.", "Wednesday", "2025-03-12", DateGranularity.Day)]
    [InlineData("The vote is scheduled for the 28th.", "for the 28th", "2025-03-28", DateGranularity.Day)]
    [InlineData("On the 1st, the law took effect.", "On the 1st", "2025-03-01", DateGranularity.Day)]
    [InlineData("The festival runs from the 20th to the 24th.", "from the 20th to the 24th", "2025-03-20/2025-03-24", DateGranularity.Range)]
    [InlineData("The festival ran from the 20th to the 24th.", "from the 20th to the 24th", "2025-02-20/2025-02-24", DateGranularity.Range)]
    [InlineData("North Korea notified the return on the 17th through the Red Cross channel.", "on the 17th", "2025-02-17", DateGranularity.Day)]
    [InlineData("The deal was reached on 10.03.2025.", "10.03.2025", "2025-03-10", DateGranularity.Day)]
    [InlineData("The deal was reached on 2025.03.10.", "2025.03.10", "2025-03-10", DateGranularity.Day)]
    [InlineData("The strike began a fortnight ago.", "a fortnight ago", "2025-02-23/2025-03-01", DateGranularity.Week)]
    [InlineData("The results for the fourth quarter of 2024 were weak.", "the fourth quarter of 2024", "2024-10-01/2024-12-31", DateGranularity.Range)]
    [InlineData("Sales rose in Q3 2024.", "Q3 2024", "2024-07-01/2024-09-30", DateGranularity.Range)]
    [InlineData("Profit fell in the fourth quarter.", "the fourth quarter", "2024-10-01/2024-12-31", DateGranularity.Range)]
    [InlineData("Growth will slow in the third quarter.", "the third quarter", "2025-07-01/2025-09-30", DateGranularity.Range)]
    [InlineData("The crisis began in the summer of 2022.", "in the summer of 2022", "2022-06-01/2022-08-31", DateGranularity.Range)]
    [InlineData("Heating bills soared in the winter of 2022-23.", "in the winter of 2022-23", "2022-12-01/2023-02-28", DateGranularity.Range)]
    [InlineData("He left last fall.", "last fall", "2024-09-01/2024-11-30", DateGranularity.Range)]
    [InlineData("The tour starts this summer.", "this summer", "2025-06-01/2025-08-31", DateGranularity.Range)]
    [InlineData("It snowed heavily this winter.", "this winter", "2024-12-01/2025-02-28", DateGranularity.Range)]
    [InlineData("The plant opens next spring.", "next spring", "2026-03-01/2026-05-31", DateGranularity.Range)]
    [InlineData("It rained in the summer.", "in the summer", "2024-06-01/2024-08-31", DateGranularity.Range)]
    [InlineData("Tenders were announced and dredging can start in the autumn.", "in the autumn", "2025-09-01/2025-11-30", DateGranularity.Range)]
    [InlineData("The vote is in the first week of April.", "the first week of April", "2025-04-01/2025-04-07", DateGranularity.Range)]
    [InlineData("In 2019, the company grew.", "In 2019", "2019", DateGranularity.Year)]
    [InlineData("The deal was reached on 10-03-2025 in Oslo, after talks began on 28-02-2025.", "10-03-2025", "2025-03-10", DateGranularity.Day)]
    [InlineData("The deal was reached on 2025/03/10.", "2025/03/10", "2025-03-10", DateGranularity.Day)]
    [InlineData("Updated 2025-03-10T08:00:00Z.", "2025-03-10", "2025-03-10", DateGranularity.Day)]
    [InlineData("A deal is expected by the end of the month.", "end of the month", "2025-03", DateGranularity.Month)]
    [InlineData("A deal is expected by the end of 2025.", "end of 2025", "2025", DateGranularity.Year)]
    [InlineData("Troops will leave by the end of September.", "end of September", "2025-09", DateGranularity.Month)]
    [InlineData("He left at the beginning of December.", "beginning of December", "2024-12", DateGranularity.Month)]
    [InlineData("The agency warned of extreme rain until the start of April.", "start of April", "2025-04", DateGranularity.Month)]
    [InlineData("The ban was extended until May.", "until May", "2025-05", DateGranularity.Month)]
    [InlineData("He stayed until January.", "until January", "2025-01", DateGranularity.Month)]
    [InlineData("Since March, prices rose.", "Since March", "2025-03", DateGranularity.Month)]
    [InlineData("The boosters flew in May and July of 2016.", "in May", "2016-05", DateGranularity.Month)]
    [InlineData("Prices rose in November and December 2023.", "in November", "2023-11", DateGranularity.Month)]
    [InlineData("Rain fell between March and May 2019.", "between March", "2019-03", DateGranularity.Month)]
    [InlineData("Exports fell from December to February 2024.", "from December", "2023-12", DateGranularity.Month)]
    [InlineData("Exports fell from December to February of 2024.", "February of 2024", "2024-02", DateGranularity.Month)]
    [InlineData("He came on Friday 17 January.", "Friday 17 January", "2025-01-17", DateGranularity.Day)]
    [InlineData("He served from 2001 to 2009.", "from 2001 to 2009", "2001-01-01/2009-12-31", DateGranularity.Range)]
    [InlineData("He served 2001-2009 as mayor.", "2001-2009", "2001-01-01/2009-12-31", DateGranularity.Range)]
    [InlineData("Talks broke down in the last week of February.", "the last week of February", "2025-02-22/2025-02-28", DateGranularity.Range)]
    public void Find_ResolvesAgainstWednesday12March2025(string text, string expression, string expected, DateGranularity granularity)
    {
        var published = new DateTimeOffset(2025, 3, 12, 10, 0, 0, TimeSpan.FromHours(9));
        var mention = Assert.Single(DateResolver.Find(text, published, null), m => m.Text == expression);
        Assert.Equal(expected, mention.Value);
        Assert.Equal(granularity, mention.Granularity);
    }

    [Fact]
    public void Find_WeekdayRestatedInGmt_IsNotADate()
    {
        var published = new DateTimeOffset(2025, 3, 9, 10, 0, 0, TimeSpan.FromHours(9));
        var found = DateResolver.Find("Smoke was seen at around 5:40 a.m. (2040 GMT Saturday), the coast guard said.", published, null);
        Assert.DoesNotContain(found, m => m.Text.Contains("Saturday", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("It is the first time in twenty-four years.", "twenty-four years", "P24Y")]
    [InlineData("It is the first time in 24 years.", "24 years", "P24Y")]
    [InlineData("He returned two days after the meeting.", "two days after", "P2D")]
    [InlineData("She stayed for three days.", "three days", "P3D")]
    public void Find_ReadsDurationsAsPeriods(string text, string expression, string period)
    {
        var mention = Assert.Single(DateResolver.Find(text, Sunday21January2024, null), m => m.Text == expression);
        Assert.Equal(DateGranularity.Duration, mention.Granularity);
        Assert.Equal(period, mention.Value);
        Assert.Null(mention.From);
    }

    [Fact]
    public void Find_NumericDateWithoutEvidence_StaysAmbiguous()
    {
        var mention = Assert.Single(DateResolver.Find("The vote was held on 3/4.", Sunday21January2024, null));
        Assert.Equal(DateGranularity.Ambiguous, mention.Granularity);
        Assert.Equal(2, mention.Readings.Count);
    }

    [Theory]
    [InlineData("en-US", "2023-03-04")]
    [InlineData("en-GB", "2023-04-03")]
    [InlineData("id", "2023-04-03")]
    public void Find_NumericDate_TakesOrderFromLocale(string locale, string expected)
    {
        var mention = Assert.Single(DateResolver.Find("The vote was held on 3/4.", Sunday21January2024, locale));
        Assert.Equal(expected, mention.Value);
    }

    [Fact]
    public void Find_NumericDate_TakesOrderFromOtherDatesInText()
    {
        var found = DateResolver.Find("Leaders met (13/9/2023). Talks resumed on 3/4.", Sunday21January2024, null);
        Assert.Equal(["2023-09-13", "2023-04-03"], found.Select(m => m.Value));
    }

    [Fact]
    public void Find_BareFractionIsNotADate()
    {
        Assert.Empty(DateResolver.Find("Turnout was 3/4 of voters.", Sunday21January2024, null));
    }

    [Fact]
    public void Find_WithoutPublicationDate_KeepsRelativeExpressionsUnresolved()
    {
        var found = DateResolver.Find("He spoke on Sunday about July 19, 2000.", null, null);
        Assert.Contains(found, m => m.Text == "on Sunday" && !m.IsResolved);
        Assert.Contains(found, m => m.Text == "July 19, 2000" && m.Value == "2000-07-19");
    }

    [Fact]
    public void Find_WithoutPublicationDate_AMonthSharingTheNextOnesYearIsResolved()
    {
        var found = DateResolver.Find("The boosters flew in May and July of 2016, then again from March.", null, null);
        Assert.Contains(found, m => m.Text == "in May" && m.Value == "2016-05");
        Assert.DoesNotContain(found, m => m.Text.Contains("March", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_ReturnsMentionsInTextOrderWithOffsets()
    {
        const string text = "Choe returned on the 17th. Putin spoke on Sunday.";
        var found = DateResolver.Find(text, Sunday21January2024, null);
        Assert.Equal(["on the 17th", "on Sunday"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(1, found[1].Sentence.Index);
    }
}
