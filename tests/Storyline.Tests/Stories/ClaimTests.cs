using Storyline.Stories;
using Storyline.Text.Dates;
using static Storyline.Tests.Stories.StoryFixtures;

namespace Storyline.Tests.Stories;

public class ClaimTests
{
    [Theory]
    [InlineData("2000-07-19", "2000-07-19", "2000-07-01", "2000-07-31", true)]
    [InlineData("2024-01-15", "2024-01-17", "2024-01-16", "2024-01-16", true)]
    [InlineData("2024-01-15", "2024-01-17", "2024-01-16", "2024-01-18", false)]
    [InlineData("2024-01-15", "2024-01-15", "2024-01-16", "2024-01-16", false)]
    [InlineData("2000-01-01", "2000-12-31", "2000-07-19", "2000-07-19", true)]
    public void DateSpan_AgreesWhenOneContainsTheOther(string f1, string t1, string f2, string t2, bool agree)
    {
        var a = new DateSpan(DateOnly.Parse(f1), DateOnly.Parse(t1), DateGranularity.Range);
        var b = new DateSpan(DateOnly.Parse(f2), DateOnly.Parse(t2), DateGranularity.Range);
        Assert.Equal(agree, a.AgreesWith(b));
        Assert.Equal(agree, b.AgreesWith(a));
    }

    [Theory]
    [InlineData(3, null, 3, null, true)]
    [InlineData(3, null, 5, null, false)]
    [InlineData(3, "at least", 5, null, true)]
    [InlineData(5, "at least", 3, null, false)]
    [InlineData(20, "more than", 20, null, false)]
    [InlineData(100, "about", 105, null, true)]
    [InlineData(14000, "about", 12400, null, false)]
    [InlineData(14000, "about", 13800, null, true)]
    [InlineData(12, "about", 13, null, true)]
    [InlineData(80, "nearly", 78, null, true)]
    [InlineData(80, "nearly", 84, null, false)]
    public void CountValue_AgreesWhenTheRangesOverlap(long n1, string? q1, long n2, string? q2, bool agree)
    {
        var (a, b) = (CountValue.Of(n1, q1), CountValue.Of(n2, q2));
        Assert.Equal(agree, a.AgreesWith(b));
        Assert.Equal(agree, b.AgreesWith(a));
    }

    // An English report of the count a test in another language states, so that the count is a claim of two sources.
    private static string EnglishReportOf(string about) => about switch
    {
        "people killed" => "Five people were killed in the fire, officials said.",
        "people injured" => "The coast guard said 41 people were injured.",
        "passengers killed" => "Officials said 12 passengers were killed.",
        _ => "Officials said 12,400 residents were evacuated from their homes.",
    };

    // The one value of the claim the article gives.
    private static string ValueCitedBy(Claim claim, string article) =>
        Assert.Single(claim.Values, v => v.Citations.Any(c => c.Article == article)).Value;

    private static StoryArticle German(string id, string title, string text) =>
        Member(id, title, text) with { Article = Member(id, title, text).Article with { Language = "de" } };

    [Theory]
    [InlineData("The plane crashed into a wooded hillside, killing two crew members and 10 U.S. citizens, including a family of five.", "12")]
    [InlineData("The plane crashed on Sunday, killing three pilots, two flight attendants and seven passengers.", "12")]
    [InlineData("The plane crashed on Sunday, killing at least three pilots and nine passengers.", "at least 12")]
    [InlineData("Two crew members and 10 tourists were killed when the plane crashed on Sunday.", "12")]
    [InlineData("Two people were killed and 10 injured when the plane crashed on Sunday.", "2")]
    [InlineData("The plane crashed on Sunday, killing two people and injuring 10 others.", "2")]
    [InlineData("The plane crashed on Sunday, killing two people and 10 others were injured.", "2")]
    [InlineData("Seventeen of the boat's 31 people died in the accident on Sunday.", "17")]
    [InlineData("Three of the 40 people were killed when the plane crashed into the sea.", "3")]
    [InlineData("Three of the 12 people killed were children, officials said.", "12")]
    [InlineData("The suit names three of the 12 people who died in the crash on Sunday.", "12")]
    public void Synthesize_GroupsListedOrParted_CountTheirSumOrThePart(string sentence, string value)
    {
        var view = Synthesize(Member("a", "Plane crash", "Officials said 12 people were killed in the crash."), Member("b", "Crash", sentence));

        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal(value, ValueCitedBy(claim, "b"));
    }

    [Theory]
    [InlineData("The storm has left four people dead or missing, police said.")]
    [InlineData("Another six people were wounded in a second blast, he said.")]
    [InlineData("A further 20 people were injured as the crowd fled, officials said.")]
    [InlineData("The blast killed or injured 30 people at the market.")]
    [InlineData("The hospital was told to anticipate 100 injured, an official said.")]
    public void Synthesize_CountOfTwoOutcomesOrAddedToAnother_IsNoToll(string sentence)
    {
        var view = Synthesize(
            Member("a", "Storm", "Officials said 2 people were killed and 3 people were injured in the storm."),
            Member("b", "Storm report", sentence));

        AssertNoClaimCites(view, "b");
    }

    [Fact]
    public void Synthesize_CountWithoutItsGroup_EndsNoList()
    {
        // "one pilot, and 10 wounded": the pilot is one of the dead, not of a list of the wounded.
        var view = Synthesize(
            Member("a", "Plane crash", "Officials said 10 people were injured in the crash."),
            Member("b", "Crash", "At least 2 people were killed, including one pilot, and 10 wounded when the plane crashed."));

        Assert.Equal("10", ValueCitedBy(Assert.Single(view.Claims, c => c.About == "people injured"), "b"));
    }

    [Theory]
    [InlineData("Beim Brand einer Fähre sind am Sonntag mindestens drei Menschen ums Leben gekommen.", "people killed", "at least 3")]
    [InlineData("Mehr als 40 Menschen wurden nach Angaben der Küstenwache verletzt.", "people injured", "more than 40")]
    [InlineData("Die Behörden sprachen am Abend von fünf Toten.", "people killed", "5")]
    [InlineData("Bei dem Unglück starben zwölf Passagiere.", "passengers killed", "12")]
    [InlineData("Nach Angaben der Behörden wurden rund 12.400 Einwohner evakuiert.", "residents evacuated", "about 12,400")]
    public void Synthesize_GermanReport_StatesCountsAsEnglishOnesDo(string german, string about, string value)
    {
        var view = Synthesize(Member("en", "Disaster", EnglishReportOf(about)), German("de", "Unglück", german));

        var claim = Assert.Single(view.Claims, c => c.About == about);
        Assert.Equal(value, ValueCitedBy(claim, "de"));
    }

    [Theory]
    [InlineData("Die Minister unterzeichneten eine Vereinbarung über einen gemeinsamen Fonds in Höhe von 1,2 Milliarden Euro.", "€1.2 billion")]
    [InlineData("Das Konsortium erhielt einen Auftrag über rund 1,7 Milliarden Euro für die Anlage.", "about €1.7 billion")]
    [InlineData("Der 1,2 Milliarden Euro schwere Fonds soll neue Liegeplätze bezahlen.", "€1.2 billion")]
    [InlineData("Vereinbart wurde ein Fonds von 1,3 Mrd. Euro für neue Liegeplätze.", "€1.3 billion")]
    public void Synthesize_GermanReport_StatesWhatADealIsWorth(string german, string value)
    {
        var view = Synthesize(
            Member("en", "Fund agreed", "The ministers agreed a joint fund of €1.5 billion on Wednesday, officials said."),
            German("de", "Fonds vereinbart", german));

        var claim = Assert.Single(view.Claims, c => c.About.StartsWith("value of the", StringComparison.Ordinal));
        Assert.Equal(value, ValueCitedBy(claim, "de"));
    }

    [Theory]
    [InlineData("Die Gewerkschaft hatte einen Ausstand von 48 Stunden angekündigt.", "48 hours")]
    [InlineData("Der Streik soll nach Angaben der Gewerkschaft 72 Stunden dauern.", "72 hours")]
    [InlineData("Die Lokführer beginnen am Mittwoch einen 48-stündigen Streik.", "48 hours")]
    [InlineData("Die Lokführer beginnen am Mittwoch einen 48-stündigen bundesweiten Streik.", "48 hours")]
    [InlineData("Die Gewerkschaft ruft zu einem 72-Stunden-Streik auf.", "72 hours")]
    [InlineData("Nach dem zweitägigen Warnstreik rollen die Züge wieder.", "2 days")]
    public void Synthesize_GermanReport_StatesTheLengthOfAStrike(string german, string value)
    {
        var view = Synthesize(
            Member("en", "Rail strike", "The union said the strike would last 48 hours, from 2am on Wednesday."),
            German("de", "Bahnstreik", german));

        var claim = Assert.Single(view.Claims, c => c.About == "length of the strike");
        Assert.Equal(value, ValueCitedBy(claim, "de"));
    }

    [Theory]
    [InlineData("BPG-Chef Jürgen Kowalski hatte am Mittwoch jedoch von 72 Stunden gesprochen.")]
    [InlineData("In den vergangenen 48 Stunden fielen Tausende Züge aus.")]
    [InlineData("Der Streik begann vor drei Tagen.")]
    public void Synthesize_GermanLengthOfNoNamedEvent_StatesNoLength(string german)
    {
        var view = Synthesize(
            Member("en", "Rail strike", "The union said the strike would last 48 hours, from 2am on Wednesday."),
            German("de", "Bahnstreik", german));

        AssertNoClaimCites(view, "de");
    }

    [Theory]
    [InlineData("Zwei Menschen wurden schwer verletzt.")]
    [InlineData("An Bord waren 212 Passagiere und 27 Besatzungsmitglieder.")]
    [InlineData("Das Schiff wurde 2009 gebaut, zwei der Toten wurden im Gang gefunden.")]
    public void Synthesize_GermanSentenceWithoutACountOfTheOutcome_StatesNoCount(string german)
    {
        var view = Synthesize(Member("en", "Disaster", "The coast guard said 41 people were injured and 5 people were killed."), German("de", "Unglück", german));

        AssertNoClaimCites(view, "de");
    }

    private static StoryArticle InLanguage(string language, string id, string title, string text) =>
        Member(id, title, text) with { Article = Member(id, title, text).Article with { Language = language } };

    [Theory]
    [InlineData("fr", "Au moins trois personnes ont été tuées dans l'incendie du ferry, selon les garde-côtes.", "people killed", "at least 3")]
    [InlineData("fr", "Plus de 40 personnes ont été blessées, a indiqué la préfecture.", "people injured", "more than 40")]
    [InlineData("fr", "Le bilan provisoire fait état de cinq morts et de nombreux dégâts.", "people killed", "5")]
    [InlineData("fr", "Environ 12 400 habitants ont dû être évacués de leurs maisons.", "residents evacuated", "about 12,400")]
    [InlineData("es", "Al menos tres personas murieron en el incendio del ferri, según la guardia costera.", "people killed", "at least 3")]
    [InlineData("es", "Más de 40 personas resultaron heridas, informaron las autoridades.", "people injured", "more than 40")]
    [InlineData("es", "El incendio dejó cinco muertos en la isla.", "people killed", "5")]
    [InlineData("es", "En el naufragio murieron doce pasajeros.", "passengers killed", "12")]
    [InlineData("es", "Unos 12.400 vecinos fueron evacuados de sus casas.", "residents evacuated", "about 12,400")]
    [InlineData("it", "Almeno tre persone sono morte nell'incendio del traghetto.", "people killed", "at least 3")]
    [InlineData("it", "Più di 40 persone sono rimaste ferite, secondo la prefettura.", "people injured", "more than 40")]
    [InlineData("it", "Dodici passeggeri sono morti nel naufragio.", "passengers killed", "12")]
    [InlineData("pt", "Pelo menos três pessoas morreram no incêndio do ferry.", "people killed", "at least 3")]
    [InlineData("pt", "O incêndio deixou cinco mortos na ilha.", "people killed", "5")]
    [InlineData("pt", "Cerca de 12.400 moradores foram evacuados.", "residents evacuated", "about 12,400")]
    public void Synthesize_RomanceReport_StatesCountsAsEnglishOnesDo(string language, string text, string about, string value)
    {
        var view = Synthesize(Member("en", "Disaster", EnglishReportOf(about)), InLanguage(language, "other", "Catastrophe", text));

        var claim = Assert.Single(view.Claims, c => c.About == about);
        Assert.Equal(value, ValueCitedBy(claim, "other"));
    }

    // Published on Sunday 21 January 2024: the Wednesday before is 17 January, the Thursday 18 January.
    [Theory]
    [InlineData("de", "Das Abkommen der Ukraine und Rumäniens wurde am Mittwoch in Kiew unterzeichnet.", "2024-01-17", "agree")]
    [InlineData("de", "Die Ukraine und Rumänien haben das Abkommen am Donnerstag in Kiew unterzeichnet.", "2024-01-18", "conflict")]
    [InlineData("fr", "L'Ukraine et la Roumanie ont signé l'accord mercredi à Kiev.", "2024-01-17", "agree")]
    [InlineData("es", "Ucrania y Rumanía firmaron el acuerdo el jueves en Kiev.", "2024-01-18", "conflict")]
    [InlineData("it", "L'accordo tra Ucraina e Romania è stato firmato il 17 gennaio a Kiev.", "2024-01-17", "agree")]
    [InlineData("pt", "O acordo entre a Ucrânia e a Roménia foi assinado em 18 de janeiro em Kiev.", "2024-01-18", "conflict")]
    public void Synthesize_ForeignReport_DatesTheEventAsEnglishOnesDo(string language, string text, string value, string status)
    {
        var view = Synthesize(
            Member("en", "Deal signed", "Ukraine and Romania signed the agreement in Kyiv on Wednesday."),
            InLanguage(language, "other", "Abkommen", text));

        var claim = Assert.Single(view.Claims, c => c.About.StartsWith("date of", StringComparison.Ordinal));
        Assert.Equal(status, claim.Status);
        Assert.Equal(value, ValueCitedBy(claim, "other"));
    }

    [Theory]
    [InlineData("de", "Die Gespräche in Kiew dauerten vom 16. bis 18. Januar.", "2024-01-16/2024-01-18")]
    [InlineData("it", "I colloqui a Kiev si sono svolti dal 16 al 18 gennaio.", "2024-01-16/2024-01-18")]
    [InlineData("pt", "As conversações em Kiev decorreram de 16 a 18 de janeiro.", "2024-01-16/2024-01-18")]
    public void Synthesize_ForeignSpanOfDays_DatesTheTalksAsEnglishOnesDo(string language, string text, string value)
    {
        var view = Synthesize(
            Member("en", "Talks end", "Ukraine and Romania held talks in Kyiv from 17 to 19 January."),
            InLanguage(language, "other", "Gespräche", text));

        var claim = Assert.Single(view.Claims, c => c.About == "dates of the talks");
        Assert.Equal(value, ValueCitedBy(claim, "other"));
    }

    [Theory]
    [InlineData("fr", "Le cessez-le-feu est entré en vigueur jeudi à Gaza.")]
    [InlineData("es", "El alto el fuego entró en vigor el jueves en Gaza.")]
    [InlineData("it", "Il cessate il fuoco è entrato in vigore giovedì a Gaza.")]
    public void Synthesize_ForeignNameOfSeveralWords_DatesTheEvent(string language, string text)
    {
        var view = Synthesize(Member("en", "Truce", "The ceasefire took effect in Gaza on Thursday."), InLanguage(language, "other", "Trêve", text));

        var claim = Assert.Single(view.Claims, c => c.About.StartsWith("date of ceasefire", StringComparison.Ordinal));
        Assert.Equal("agree", claim.Status);
        Assert.Contains(claim.Values.Single().Citations, c => c.Article == "other");
    }

    [Theory]
    [InlineData("de", "Ministerin Weber sagte am Mittwoch in Kiew, die Verhandlungen würden fortgesetzt.")]
    [InlineData("fr", "Le ministre a déclaré mercredi à Kiev que les négociations se poursuivraient.")]
    [InlineData("es", "El ministro dijo el miércoles en Kiev que las negociaciones continuarán.")]
    [InlineData("de", "Seit Mittwoch streiken die Lokführer in Berlin.")]
    [InlineData("fr", "Depuis mercredi, les cheminots de Lyon sont en grève.")]
    [InlineData("es", "Desde el miércoles, los estibadores de Valencia están en huelga.")]
    public void Synthesize_ForeignDateOfAStatementOrAPeriod_DatesNoEvent(string language, string text)
    {
        var view = Synthesize(InLanguage(language, "a", "Bericht", text), InLanguage(language, "b", "Bericht", text));

        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Les ministres ont signé un accord sur un fonds commun de 1,2 milliard d'euros.", "€1.2 billion")]
    [InlineData("fr", "Le consortium a remporté un contrat d'un montant de 1,7 milliard d'euros.", "€1.7 billion")]
    [InlineData("es", "Los ministros firmaron un acuerdo para crear un fondo de 1.200 millones de euros.", "€1.2 billion")]
    [InlineData("es", "La empresa firmó el contrato, un proyecto valorado en unos 1.700 millones de euros.", "about €1.7 billion")]
    [InlineData("es", "El Gobierno aprobó un fondo de 1,3 mil millones de euros.", "€1.3 billion")]
    [InlineData("it", "I ministri hanno istituito un fondo comune di 1,2 miliardi di euro.", "€1.2 billion")]
    [InlineData("pt", "Os ministros criaram um fundo de 1,2 mil milhões de euros.", "€1.2 billion")]
    [InlineData("pt", "O governo aprovou um fundo de 1,2 bilhão de euros.", "€1.2 billion")]
    public void Synthesize_RomanceReport_StatesWhatADealIsWorth(string language, string text, string value)
    {
        var view = Synthesize(
            Member("en", "Fund agreed", "The ministers agreed a joint fund of €1.5 billion on Wednesday, officials said."),
            InLanguage(language, "other", "Fonds", text));

        var claim = Assert.Single(view.Claims, c => c.About.StartsWith("value of the", StringComparison.Ordinal));
        Assert.Equal(value, ValueCitedBy(claim, "other"));
    }

    [Theory]
    [InlineData("fr", "Les syndicats appellent à une grève de 72 heures à partir de mercredi.", "72 hours")]
    [InlineData("fr", "La grève devrait durer trois jours, selon le syndicat.", "3 days")]
    [InlineData("es", "Los sindicatos convocaron una huelga de 72 horas.", "72 hours")]
    [InlineData("es", "La huelga durará tres días, según los sindicatos.", "3 days")]
    [InlineData("it", "I sindacati hanno proclamato uno sciopero di 72 ore.", "72 hours")]
    [InlineData("pt", "A greve vai durar três dias.", "3 days")]
    public void Synthesize_RomanceReport_StatesTheLengthOfAStrike(string language, string text, string value)
    {
        var view = Synthesize(
            Member("en", "Rail strike", "The union said the strike would last 48 hours, from 2am on Wednesday."),
            InLanguage(language, "other", "Grève", text));

        var claim = Assert.Single(view.Claims, c => c.About == "length of the strike");
        Assert.Equal(value, ValueCitedBy(claim, "other"));
    }

    [Theory]
    [InlineData("fr", "Pendant 48 heures, les trains ne circuleront pas.")]
    [InlineData("fr", "Durant trois jours, la ville a été paralysée.")]
    [InlineData("es", "Durante 48 horas no circularán trenes.")]
    [InlineData("es", "El fuego de tres días arrasó la sierra.")]
    [InlineData("it", "Durante 48 ore i treni non circoleranno.")]
    [InlineData("pt", "Durante três dias, a cidade ficou paralisada.")]
    public void Synthesize_RomanceLengthOfNoNamedEvent_StatesNoLength(string language, string text)
    {
        var view = Synthesize(
            Member("en", "Rail strike", "The union said the strike would last 48 hours, from 2am on Wednesday."),
            InLanguage(language, "other", "Grève", text));

        AssertNoClaimCites(view, "other");
    }

    [Theory]
    [InlineData("fr", "Deux personnes ont été grièvement blessées.")]
    [InlineData("fr", "Le navire transportait 212 passagers et 27 membres d'équipage.")]
    [InlineData("es", "Dos personas resultaron heridas de gravedad.")]
    [InlineData("es", "El hospital atendió a 12 heridos graves.")]
    [InlineData("es", "A bordo viajaban 212 pasajeros.")]
    [InlineData("it", "Due persone sono rimaste gravemente ferite.")]
    [InlineData("pt", "Duas pessoas ficaram gravemente feridas.")]
    public void Synthesize_RomanceSentenceWithoutACountOfTheOutcome_StatesNoCount(string language, string text)
    {
        var view = Synthesize(Member("en", "Disaster", "The coast guard said 41 people were injured and 5 people were killed."), InLanguage(language, "other", "Catastrophe", text));

        AssertNoClaimCites(view, "other");
    }

    [Fact]
    public void Synthesize_UndatedReportOfADatedStory_ItsCountOfAnEarlierMonthIsAnEarlierEvent()
    {
        var undated = Member("c", "Harbour blast", "Officials said 12 people were killed in the blast at the harbour. "
            + "The port has been under guard since a state of emergency begun in November, after gunmen struck the old town, killing 30 people.");

        var view = Synthesize(
            Member("a", "Blast hits harbour", "At least 12 people were killed when a bomb exploded at the harbour on Saturday, police said."),
            Member("b", "Harbour bombing", "Twelve people were killed in the explosion at the harbour, and dozens were hurt."),
            undated with { Article = undated.Article with { Published = null } });

        // Written when the others were (January 2024), the report's "November" is November 2023: its 30 dead are another
        // event's, as they would be in a dated report.
        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.DoesNotContain(claim.Values, v => v.Value == "30");
    }

    [Fact]
    public void Synthesize_DifferentDeathTolls_Conflict()
    {
        var view = Synthesize(
            Member("a", "Blast hits market", "At least three people were killed when a bomb exploded in a market in the city on Saturday, police said."),
            Member("b", "Market bombing", "Officials said 5 people were killed in the explosion at the busy market, and dozens were hurt."));
        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal("agree", claim.Status);

        view = Synthesize(
            Member("a", "Blast hits market", "Three people were killed when a bomb exploded in a market in the city on Saturday, police said."),
            Member("b", "Market bombing", "Officials said 5 people were killed in the explosion at the busy market, and dozens were hurt."));
        claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal("conflict", claim.Status);
        Assert.Equal(["3", "5"], claim.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        Assert.All(claim.Values, v => Assert.Single(v.Citations));
    }

    [Fact]
    public void Synthesize_NoOneHurt_IsNoCountOfOne()
    {
        var view = Synthesize(
            Member("a", "Fireworks barge burns", "Two people were injured when a barge carrying fireworks caught fire off the beach, police said."),
            Member("b", "Beach fire", "The council said in a statement that no one was injured when the barge caught fire off the beach."));

        Assert.DoesNotContain(view.Claims, c => c.About == "people injured" && c.Values.Any(v => v.Value == "1"));
    }

    [Fact]
    public void Synthesize_CountOfAnEarlierEvent_IsNoFigureOfThisOne()
    {
        var view = Synthesize(
            Member("a", "Truck attack", "The truck drove into the crowd on the promenade, injuring 202 people, officials said on Friday."),
            Member("b", "Attacks with vehicles", "On Dec. 21, 2014, a man drove his car into pedestrians in another city, injuring 11 people over half an hour. "
                + "Officials have not yet said how many were hurt on the promenade on Thursday night."));

        Assert.DoesNotContain(view.Claims, c => c.About == "people injured" && c.Values.Any(v => v.Value == "11"));
    }

    [Fact]
    public void Synthesize_LaterReportLookingBackAtTheStorysOwnEvent_StillStatesItsCount()
    {
        var view = Synthesize(
            Member("a", "Ferry fire", "Three people were killed when a fire broke out on the ferry's vehicle deck, the coast guard said.",
                published: new DateTimeOffset(2025, 3, 9, 8, 0, 0, TimeSpan.Zero)),
            Member("b", "Second ferry drifts", "The captain was booked for negligence in March after the fire, which left three people dead.",
                published: new DateTimeOffset(2025, 4, 14, 8, 0, 0, TimeSpan.Zero)));

        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal(2, claim.Values.Sum(v => v.Citations.Count));
    }

    private static StoryArticle Toll(string id, string text, string published) =>
        Member(id, $"Market blast report {id}", text, published: DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Synthesize_TollRisingAsReportsCameIn_IsAnUpdateInTheOrderReported()
    {
        var view = Synthesize(
            Toll("late", "Officials said 5 people were killed in the explosion at the busy market, and dozens were hurt.", "2024-03-02T20:10:00+01:00"),
            Toll("early", "Three people were killed when a bomb exploded in a market in the city on Saturday, police said.", "2024-03-02T08:00:00Z"));

        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal("updated", claim.Status);
        Assert.Equal(["3", "5"], claim.Values.Select(v => v.Value));
        Assert.Equal("5", claim.Latest);
        Assert.Equal(DateTimeOffset.Parse("2024-03-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture), claim.Values[0].FirstReported);
    }

    [Fact]
    public void Synthesize_UpdatedToll_StandsAtItsSharpestLatestFigure()
    {
        // "at least 5" then 7 agree: the toll rose from 3 and stands at 7.
        var view = Synthesize(
            Toll("a", "Three people were killed when a bomb exploded in a market in the city on Saturday, police said.", "2024-03-02T08:00:00Z"),
            Toll("b", "At least five people were killed in the explosion at the busy market, officials said.", "2024-03-02T12:00:00Z"),
            Toll("c", "Seven people were killed in the blast at the market, the health ministry said on Saturday evening.", "2024-03-02T18:00:00Z"));

        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal("updated", claim.Status);
        Assert.Equal("7", claim.Latest);
    }

    [Theory]
    [InlineData("2024-03-03T10:00:00Z", "updated")]   // the old figure repeated the morning after the rise: an outlet lagging
    [InlineData("2024-03-05T10:00:00Z", "conflict")]  // three days on, it is a source that says otherwise
    public void Synthesize_EarlierTollRepeatedAfterTheRise_IsALagOnlyForADay(string repeated, string status)
    {
        var view = Synthesize(
            Toll("a", "Three people were killed when a bomb exploded in a market in the city on Saturday, police said.", "2024-03-02T08:00:00Z"),
            Toll("b", "Officials said 5 people were killed in the explosion at the busy market, and dozens were hurt.", "2024-03-02T19:00:00Z"),
            Toll("c", "The blast, in which three people were killed, shut the market for the weekend.", repeated));

        var claim = Assert.Single(view.Claims, c => c.About == "people killed");
        Assert.Equal(status, claim.Status);
        Assert.Equal(status == "updated" ? "5" : null, claim.Latest);
    }

    [Theory]
    [InlineData(5, "2024-03-02T08:00:00Z", 3, "2024-03-02T19:00:00Z", "killed")]  // the toll went down
    [InlineData(3, "2024-03-02T08:00:00Z", 5, "2024-03-02T08:00:00Z", "killed")]  // two figures at the same time
    [InlineData(3, "2024-03-02T00:00:00Z", 5, "2024-03-02T19:00:00Z", "killed")]  // a day given without a time, and a report that day
    [InlineData(4, "2024-03-02T08:00:00Z", 7, "2024-03-02T19:00:00Z", "missing")] // the missing are found: no toll that only grows
    public void Synthesize_TollsThatCannotBeReadAsARise_StillConflict(int first, string firstPublished, int second, string secondPublished, string outcome)
    {
        var view = Synthesize(
            Toll("a", $"Officials said {first} people were {outcome} after the explosion at the busy market, and dozens were hurt.", firstPublished),
            Toll("b", $"Police said {second} people were {outcome} when a bomb exploded in a market in the city on Saturday.", secondPublished));

        Assert.Equal("conflict", Assert.Single(view.Claims, c => c.About == $"people {outcome}").Status);
    }

    [Fact]
    public void Synthesize_OverlappingButDifferentVisitDates_Conflict()
    {
        var view = Synthesize(
            Member("a", "Minister ends Moscow trip", "Foreign Minister Choe Son-hui visited Russia from 15 to 17 January and held talks with Sergey Lavrov."),
            Member("b", "Minister back from Moscow", "Foreign Minister Choe Son-hui visited Russia from 16 to 18 January, the state news agency said in a report."));
        var claim = Assert.Single(view.Claims);
        Assert.Equal("conflict", claim.Status);
        Assert.Contains("visit", claim.About, StringComparison.Ordinal);
        Assert.Contains("Choe Son-hui", claim.About, StringComparison.Ordinal);
        Assert.Equal(["2024-01-15/2024-01-17", "2024-01-16/2024-01-18"], claim.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synthesize_SpansOfOneEventLedByDifferentActors_StillConflict()
    {
        var view = Synthesize(
            Member("a", "Grain talks set", "Ukraine and Romania will hold three days of talks in Kyiv from 17 to 19 February on the river corridor, the ministry said."),
            Member("b", "Grain talks open", "The negotiations, which run from 18 to 20 February, bring together minister Mihai Dragomir and port officials from both sides."));
        var claim = Assert.Single(view.Claims);
        Assert.Equal("conflict", claim.Status);
        Assert.Equal(["2024-02-17/2024-02-19", "2024-02-18/2024-02-20"], claim.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Synthesize_CoarserDateContainingTheFinerOne_Agrees()
    {
        var view = Synthesize(
            Member("a", "Putin may visit Pyongyang", "It would be the first time since President Vladimir Putin's visit to Pyongyang on July 19, 2000, officials noted."),
            Member("b", "Kremlin weighs trip", "Vladimir Putin last visited North Korea in July 2000, when he met the late leader of the country."));
        var claim = Assert.Single(view.Claims);
        Assert.Equal("agree", claim.Status);
        Assert.Equal(2, claim.Values.Count);
    }

    [Fact]
    public void Synthesize_ClaimStatedByOneArticleOnly_IsNotAClaim()
    {
        var view = Synthesize(
            Member("a", "Blast hits market", "Three people were killed when a bomb exploded in a market in the city on Saturday, police said. Later officials said 5 people were killed."),
            Member("b", "Market bombing", "The explosion at the busy market shook nearby buildings, witnesses told reporters at the scene."));
        Assert.Empty(view.Claims);
    }

    [Fact]
    public void Synthesize_SameKindOfEventYearsApart_IsNotAConflict()
    {
        var view = Synthesize(
            Member("a", "Putin to visit", "Vladimir Putin visited Pyongyang on July 19, 2000, and he visited Moscow's new port on January 16, 2024, officials said."),
            Member("b", "Putin trip", "Vladimir Putin visited Pyongyang in July 2000, according to the archive of the state news agency."));
        Assert.DoesNotContain(view.Claims, c => c.Status == "conflict");
    }

    private static readonly DateTimeOffset March2025 = new(2025, 3, 12, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("The Hanbit Star was launched on 3 June 2009 at a shipyard in Mokpo and has been operating on the Jeju route since 2016.",
        "The Hanbit Star, built in June 2009, was refitted to carry more vehicles.", "date of launch (Hanbit Star)", "agree", "2009-06|2009-06-03")]
    [InlineData("The ferry Hanbit Star was built in 2009, the operator said in a statement.",
        "The Hanbit Star was launched on 3 June 2009 at a shipyard in Mokpo.", "date of launch (Hanbit Star)", "agree", "2009|2009-06-03")]
    // The event's doer as the sentence names it, not the first name in it.
    [InlineData("Japanese officials confirmed another missile test by North Korea on 10 March 2025, the ministry said.",
        "North Korea launched a missile on 10 March 2025, state media said.", "date of launch (North Korea)", "agree", "2025-03-10")]
    [InlineData("Seoul condemned North Korea's missile launch on 10 March 2025 in a statement.",
        "North Korea launched a missile on 10 March 2025, state media said.", "date of launch (North Korea)", "agree", "2025-03-10")]
    public void Synthesize_DateClaims_LineUpWhatTheSentencesState(string first, string second, string about, string status, string values)
    {
        var view = Synthesize(Member("a", "Ferry fire", first, published: March2025), Member("b", "Ferry fire probe", second, published: March2025));
        AssertLinedUp(view, about, status, values);
    }

    [Fact]
    public void Synthesize_LaunchWhoseSentenceNamesNoDoer_IsTheOneTheReportsNameAsDoingIt()
    {
        var view = Synthesize(
            Member("a", "Missile test", "North Korea launched a missile on 10 March 2025, state media said.", published: March2025),
            Member("b", "Missile over Japan", "Seoul condemned North Korea's missile launch on 10 March 2025.", published: March2025),
            Member("c", "Tokyo reacts", "Japan's defence minister spoke of the 10 March 2025 launch over Hokkaido.", published: March2025));

        AssertLinedUp(view, "date of launch (North Korea)", "agree", "2025-03-10");
        Assert.Contains(view.Claims.Single(c => c.About == "date of launch (North Korea)").Values.SelectMany(v => v.Citations), c => c.Article == "c");
        Assert.DoesNotContain(view.Claims, c => c.About.Contains("(Japan)", StringComparison.Ordinal));
    }

    [Fact]
    public void Synthesize_DateBeforeASaying_DatesTheSayingNotWhatWasSaid()
    {
        var view = Synthesize(
            Member("a", "Missile test", "North Korea launched a missile on 10 March 2025, state media said.", published: March2025),
            Member("b", "Missile over Japan", "On 11 March 2025, the South Korean president warned that North Korea's missile launch was a provocation.", published: March2025));

        Assert.DoesNotContain(view.Claims, c => c.Status == "conflict");
    }

    [Fact]
    public void Synthesize_KidnappingDatedBesideALaterRelease_DatesTheKidnapping()
    {
        var view = Synthesize(
            Member("a", "Hostages freed", "The Ansar Front has freed 12 of the aid workers kidnapped in April 2023, officials said.", published: March2025),
            Member("b", "Aid workers released", "The aid workers, abducted by the Ansar Front in April 2023 near the border, have been released.", published: March2025));

        AssertLinedUp(view, "date of kidnapping (Ansar Front)", "agree", "2023-04");
        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("date of release", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("before the end of the year")]
    [InlineData("by the end of the month")]
    [InlineData("after the start of the year")]
    public void Synthesize_LimitOfAPeriod_DatesNoEvent(string limit)
    {
        var view = Synthesize(
            Member("a", "Launch plans", $"The first test launch of the SpaceX rocket is possible {limit}, the company said.", published: March2025),
            Member("b", "Rocket plans", $"A test launch of the new SpaceX rocket could come {limit}, according to the company.", published: March2025));

        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("date of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Hanbit Star was launched on 3 June 2009 and has been operating on the Jeju route since 2016.",
        "The Hanbit Star has been operating on the Jeju route since 2016, after it was launched in Japan.")]
    [InlineData("The captain and two officers of the Hanbit Star were booked for negligence in March after the fire.",
        "The Hanbit Star was towed into Busan port on Sunday after the fire, and a march was held.")]
    [InlineData("Some local media said five died, but the Korea Coast Guard had not yet confirmed that number until Monday morning.",
        "Three people died in the fire on Sunday, the Korea Coast Guard said.")]
    [InlineData("The Hanbit Star, built in 2009, passed its most recent safety inspection in November.",
        "The Hanbit Star passed an inspection in November, a year after the refit that was built in 2023.")]
    [InlineData("The ferry lost power after leaving the harbour and the captain's family, who live in Busan, said on Monday that he was safe.",
        "The Hanbit Dawn lost power off Geoje, and its operator's chief executive, who was in Seoul at the time, apologised on Monday.")]
    public void Synthesize_SentenceThatDoesNotDateTheEvent_MakesNoDateClaim(string first, string second)
    {
        var view = Synthesize(Member("a", "Ferry fire", first, published: March2025), Member("b", "Ferry fire probe", second, published: March2025));
        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("date of", StringComparison.Ordinal) && c.Values.Any(v => v.Value is "2016" or "2024-11" or "2025-03" or "2025-03-10"));
        Assert.DoesNotContain(view.Claims, c => c.About.Contains("protest", StringComparison.Ordinal) || c.About.Contains("death (Korea", StringComparison.Ordinal));
    }

    private static readonly DateTimeOffset March18 = new(2025, 3, 18, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("The crab boat lost contact on the 2nd after reporting an engine problem off the east coast.",
        "The men had been held in the North since their boat lost power in the East Sea on March 3.", "dates of the loss of contact", "conflict", "2025-03-02|2025-03-03")]
    [InlineData("The crab boat lost contact on the 2nd after reporting an engine problem off the east coast.",
        "The crew have been in the North since their trawler lost power far out in the Yellow Sea, which Koreans call the West Sea, on March 3.",
        "dates of the loss of contact", "conflict", "2025-03-02|2025-03-03")]
    [InlineData("Their vessel reported an engine failure on 2 March and drifted north.",
        "The boat lost the contact on Sunday (2/3) after reporting the engine problem.", "dates of the failure", "agree", "2025-03-02")]
    public void Synthesize_LostContactAndEngineFailure_DateTheBreakdown(string first, string second, string about, string status, string values)
    {
        var view = Synthesize(Member("a", "Fishermen returned", first, published: March18), Member("b", "Fishermen home", second, published: March18));
        Assert.Single(view.Claims, c => c.About.StartsWith("date", StringComparison.Ordinal));
        AssertLinedUp(view, about, status, values);
    }

    [Theory]
    [InlineData("fire", "A fire broke out on the ferry on Sunday.", "disaster")]
    [InlineData("fire", "The truck caught fire on the vehicle deck.", "disaster")]
    [InlineData("fire", "The warehouse fire spread overnight.", "disaster")]
    [InlineData("blaze", "The blaze was put out on Monday.", "disaster")]
    [InlineData("killing", "A truck ploughed into the crowd on Thursday, killing 84 people.", "death")]
    [InlineData("fire", "Soldiers opened fire on the crowd on Sunday.", null)]
    [InlineData("fire", "The minister came under fire on Monday.", null)]
    [InlineData("fires", "North Korea fires a missile over Japan.", null)]
    [InlineData("fire", "The fire-damaged ship is towed into port.", null)]
    [InlineData("fire", "The fire brigade said on Sunday that the road was closed.", null)]
    public void EventWords_FireIsADisasterOnlyWhereItNamesABlaze(string word, string sentence, string? family)
    {
        var at = sentence.IndexOf(word, StringComparison.Ordinal);
        Assert.Equal(family, EventWords.Of(sentence, at, at + word.Length)?.Family);
    }

    [Theory]
    [InlineData("lost", "The team lost the final on Sunday.")]
    [InlineData("failure", "The failure of the talks on Monday surprised nobody.")]
    [InlineData("lost", "Shares lost 5% on Tuesday.")]
    public void EventWords_LostOrFailureWithoutMachinery_NameNoEvent(string word, string sentence)
    {
        var at = sentence.IndexOf(word, StringComparison.Ordinal);
        Assert.Null(EventWords.Of(sentence, at, at + word.Length));
    }

    [Fact]
    public void Synthesize_SpanClaim_IsNamedByTheWordTheSourcesUse()
    {
        var view = Synthesize(
            Member("a", "Grain talks set", "Ukraine and Romania will hold three days of talks in Kyiv from 17 to 19 February on the river corridor, the ministry said."),
            Member("b", "Grain talks open", "The talks, which run from 18 to 20 February, bring together minister Mihai Dragomir and port officials from both sides."));
        var claim = Assert.Single(view.Claims, c => c.About.StartsWith("dates", StringComparison.Ordinal));
        Assert.Equal("dates of the talks", claim.About);
    }

    [Theory]
    [InlineData(48, "hour", null, 2, "day", null, true)]
    [InlineData(48, "hour", "about", 2, "day", null, true)]
    [InlineData(48, "hour", null, 72, "hour", null, false)]
    [InlineData(3, "day", null, 2, "day", null, false)]
    [InlineData(5, "year", null, 6, "year", null, false)]
    [InlineData(1, "month", null, 30, "day", null, true)]
    [InlineData(2, "week", null, 14, "day", null, true)]
    [InlineData(5, "year", "at least", 6, "year", null, true)]
    [InlineData(60, "minute", null, 3, "hour", "about", false)]
    public void DurationValue_AgreesWhenTheSpansOverlap(long n1, string u1, string? q1, long n2, string u2, string? q2, bool agree)
    {
        var (a, b) = (DurationValue.Of(n1, u1, q1), DurationValue.Of(n2, u2, q2));
        Assert.Equal(agree, a.AgreesWith(b));
        Assert.Equal(agree, b.AgreesWith(a));
    }

    [Theory]
    [InlineData("Rail workers began a 48-hour strike on Wednesday, the union said.", "The walkout would run for 72 hours, the union leader told a rally.", "length of the strike", "conflict", "48 hours|72 hours")]
    [InlineData("The stoppage on passenger services would last 48 hours, the union said.", "Drivers began a two-day strike across the country on Wednesday.", "length of the strike", "agree", "2 days|48 hours")]
    [InlineData("The ministers met for three-day talks in the capital on the corridor.", "The deal came after two days of talks between the ministers in the capital.", "length of the talks", "conflict", "2 days|3 days")]
    [InlineData("The court handed the former mayor a five-year sentence for taking bribes.", "The former mayor will spend six years in prison for taking bribes, the court ruled.", "length of the sentence", "conflict", "5 years|6 years")]
    [InlineData("Prosecutors sought 12 years, but the court sentenced the former mayor to five years in prison.", "The former mayor will spend five years in prison for taking bribes, the court ruled.", "length of the sentence", "agree", "5 years")]
    [InlineData("The mayor declared a 14-day emergency and opened dozens of shelters.", "The mayor set emergency response status for 14 days after the flood.", "length of the emergency", "agree", "14 days")]
    [InlineData("Services were suspended for about two hours for safety checks, the operator said.", "Trains were suspended for 2 hours while the tracks were checked.", "length of the suspension", "agree", "2 hours|about 2 hours")]
    public void Synthesize_DurationClaims_LineUpWhatTheSentencesState(string first, string second, string about, string status, string values)
    {
        var view = Synthesize(Member("a", "Report", first, published: March2025), Member("b", "Other report", second, published: March2025));
        var claim = AssertLinedUp(view, about, status, values);
        Assert.All(claim.Values, v => Assert.NotEmpty(v.Citations));
    }

    [Theory]
    [InlineData("Earlier, the former mayor was handed a 20-year sentence for taking bribes.", "3 years")]
    [InlineData("His deputy, who is serving five years in prison for fraud, did not attend.", "3 years")]
    [InlineData("The former mayor had already been sentenced to a total of 45 years in prison in two other trials.", "3 years")]
    [InlineData("The former mayor has been sentenced to three years in prison, his lawyer said.", "3 years")]
    public void Synthesize_EarlierTermBesideTheOneHandedDown_IsLeftOut(string earlier, string values)
    {
        var view = Synthesize(
            Member("a", "Report", "The court sentenced the former mayor to three years in prison on Monday.", published: March2025),
            Member("b", "Other report", "The former mayor was sentenced to three years in prison for insulting the judges.", published: March2025),
            Member("c", "Third report", earlier, published: March2025));
        AssertLinedUp(view, "length of the sentence", "agree", values);
    }

    [Fact]
    public void Synthesize_EarlierTermTheReportsAgreeOn_IsStillAClaim()
    {
        // No report tells of a new term: the one being served is what the story says.
        var view = Synthesize(
            Member("a", "Report", "The killer, who is serving 16 years in jail for the murder, spoke from prison.", published: March2025),
            Member("b", "Other report", "The man, who is serving a 16-year sentence for the murder, gave his first interview.", published: March2025));
        AssertLinedUp(view, "length of the sentence", "agree", "16 years");
    }

    [Theory]
    [InlineData("It last called a strike in early February, when it halted traffic for 24 hours.", "The walkout would run for 72 hours, the union leader told a rally.")]
    [InlineData("The inspection of 31 car ferries will be finished within two weeks, the minister said.", "The ferry inspections, the ministry said, would take three weeks to finish.")]
    [InlineData("The tariff protection would be reviewed every six months, the ministry said.", "Officials said the protection for farmers would last a year at most.")]
    [InlineData("The talks began three days after the deadly strike on the port, officials said.", "The talks opened two days after the strike on the port, officials said.")]
    [InlineData("The court sentenced the former mayor to three years in prison.", "The council that ruled the city for 17 months was dissolved after the former mayor's trial.")]
    [InlineData("The court sentenced the former mayor to three years in prison.", "Prosecutors had asked that the former mayor get 12 years in prison for taking bribes.")]
    [InlineData("The court sentenced the former mayor to three years in prison.", "The former mayor, who has spent 17 months in jail awaiting trial, was sentenced on Monday.")]
    [InlineData("The court sentenced the former mayor to three years in prison.", "The former mayor has been jailed for 18 months for contempt of court.")]
    [InlineData("The court sentenced the former mayor to three years in prison.", "The former mayor, convicted of taking bribes, faced a maximum of 14 years in prison.")]
    public void Synthesize_LengthNotTiedToOneEvent_MakesNoDurationConflict(string first, string second)
    {
        var view = Synthesize(Member("a", "Report", first, published: March2025), Member("b", "Other report", second, published: March2025));
        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("length", StringComparison.Ordinal) && c.Status == "conflict");
    }

    [Theory]
    [InlineData("From five victims which died, three people died because of electric shock.", "The official data still show five people died in the floods.", "agree", "5")]
    [InlineData("The agency noted the final number of victims died are seven people, officials said.", "The national agency said five people had died in the floods.", "conflict", "5|7")]
    [InlineData("The city's disaster agency put the toll at seven on Saturday evening.", "Seven people have died in the floods, local officials said on Saturday.", "agree", "7")]
    public void Synthesize_DeathTolls_TakeEachArticlesWholeToll(string first, string second, string status, string values)
    {
        var view = Synthesize(Member("a", "Floods", first, published: March2025), Member("b", "Floods recede", second, published: March2025));
        AssertLinedUp(view, "people killed", status, values);
    }

    [Theory]
    [InlineData("Five people are reported died and 12,400 residents must evacuate, the agency said.", "About 14,000 residents have been evacuated to schools and mosques, the city said.", "residents evacuated", "conflict", "12,400|about 14,000")]
    [InlineData("Record rainfall pushes the river over its banks, forcing 14,000 people from their homes.", "About 14,000 people have been evacuated to schools and mosques, the city said.", "people evacuated", "agree", "14,000|about 14,000")]
    public void Synthesize_EvacuationCounts_LineUpWhatTheSentencesState(string first, string second, string about, string status, string values)
    {
        var view = Synthesize(Member("a", "Floods", first, published: March2025), Member("b", "Floods recede", second, published: March2025));
        AssertLinedUp(view, about, status, values);
    }

    [Theory]
    [InlineData("Oman on Tuesday awarded a $1.8 billion contract to build a desalination plant at Sohar.", "Oman is spending about $2.1 billion on a desalination plant powered largely by the sun.", "value of the contract", "conflict", "$1.8 billion|about $2.1 billion")]
    [InlineData("Ukraine and Romania agreed to set up a joint fund of €1.2 billion to expand river ports.", "The two governments said a jointly managed fund of 1.5 billion euros, about $1.6 billion, would pay for berths.", "value of the fund", "conflict", "€1.2 billion|€1.5 billion")]
    [InlineData("The two countries signed a €1.2bn fund deal in Kyiv on Wednesday.", "Ukraine and Romania signed an agreement to create a joint fund worth €1.2 billion.", "value of the fund", "agree", "€1.2 billion")]
    [InlineData("A magnitude 6.1 earthquake occurred off Kushiro on the afternoon of the 11th.", "The U.S. Geological Survey put the magnitude at 5.9, shallower than the agency said.", "magnitude", "conflict", "5.9|6.1")]
    [InlineData("An earthquake measuring 6.1 struck off Hokkaido on Tuesday.", "The magnitude 6.1 quake hit at 4:17 p.m. local time, the agency said.", "magnitude", "agree", "6.1")]
    public void Synthesize_AmountClaims_LineUpWhatTheSentencesState(string first, string second, string about, string status, string values)
    {
        var view = Synthesize(Member("a", "Report", first, published: March2025), Member("b", "Other report", second, published: March2025));
        AssertLinedUp(view, about, status, values);
    }

    [Theory]
    [InlineData("The strongest aftershock, of magnitude 4.8, struck shortly after 2 a.m.", "A magnitude 6.1 earthquake occurred off Kushiro on the 11th.")]
    [InlineData("There were some 100 after-shocks overnight, the strongest measuring 4.5, officials said.", "A magnitude 6.1 earthquake occurred off Kushiro on the 11th.")]
    [InlineData("Seismologists said quakes of 6.0 magnitude happen on average every 15 years in the region.", "A magnitude 6.1 earthquake occurred off Kushiro on the 11th.")]
    [InlineData("A magnitude 8 quake off Tokachi in 2003 injured hundreds of people.", "A magnitude 6.1 earthquake occurred off Kushiro on the 11th.")]
    [InlineData("The quake was weaker than last month's magnitude 6.1 tremor off Hokkaido, officials said.", "A magnitude 5.8 earthquake struck off Miyagi on Saturday morning.")]
    [InlineData("Shares rose 6% after the company won a $300 million order, traders said.", "The company said it had paid $45 million in fines over the last decade.")]
    [InlineData("Shares rose 6% after the company won a $300 million order, traders said.", "Regulators imposed a $310 million fine on the company last year.")]
    [InlineData("Oman awarded a $1.8 billion contract to build the plant at Sohar.", "The builder took out a $50 million loan to cover its share of the project.")]
    [InlineData("Nordale made its $38 billion bid for Vesta in October 2023.", "Nordale said on Monday its bid for Vesta was worth $47 billion.")]
    [InlineData("Nordale lifted its offer on Monday from $70 to $82 a share.", "Nordale's new offer of $82 a share is its last, the company said.")]
    [InlineData("Nordale raised its offer for Vesta to $82 a share on Monday.", "Investors say Vesta's $110-a-share offer for Brenn must be improved.")]
    public void Synthesize_AmountsOfDifferentThings_DoNotConflict(string first, string second)
    {
        var view = Synthesize(Member("a", "Report", first, published: March2025), Member("b", "Other report", second, published: March2025));
        Assert.DoesNotContain(view.Claims, c => c.Status == "conflict");
    }

    [Theory]
    [InlineData("Nordale on Monday raised its offer to $82 a share, up from its initial offer of $70 a share.")]
    [InlineData("Nordale on Monday raised its offer to $82 a share; its original $70 offer was rejected.")]
    [InlineData("The new offer of $82 a share replaces a previous offer of $70, Nordale said on Monday.")]
    public void Synthesize_AnAmountAnOfferReplaced_IsNoValueOfTheOffer(string first)
    {
        var view = Synthesize(Member("a", "Report", first, published: March2025), Member("b", "Other report", "Nordale's new offer of $82 a share is its last, the company said.", published: March2025));
        AssertLinedUp(view, "value of the offer", "agree", "$82");
    }

    [Fact]
    public void Synthesize_AmountItsOwnerNames_IsLinedUpWithThatOwnersAmounts()
    {
        var view = Synthesize(
            Member("a", "Report", "Vesta's $110-a-share offer for Brenn was rejected on Monday.", published: March2025),
            Member("b", "Other report", "Brenn turned down Vesta's sweetened $110 offer, the company said.", published: March2025));
        AssertLinedUp(view, "value of the offer (Vesta)", "agree", "$110");
    }

    [Theory]
    [InlineData("en", "The state lender approved a 2.4 billion yuan loan for the shipyard.", "2.4 billion yuan")]
    [InlineData("en", "The group won a CHF 1.2bn contract to build the tunnel.", "1.2 billion Swiss francs")]
    [InlineData("en", "Haedong agreed a ₩450 billion deal with the Romanian yard.", "₩450 billion")]
    [InlineData("en", "Canberra signed an A$3.5 billion contract for the frigates.", "A$3.5 billion")]
    [InlineData("en", "The cabinet approved a Rs 1,500 crore package for flood relief.", "₹15 billion")]
    [InlineData("en", "Warsaw set up a flood fund of 500m zlotys for the region.", "500 million zlotys")]
    [InlineData("en", "The regulator imposed a fine of $1,250,000 on the operator.", "$1.25 million")]
    [InlineData("en", "The council settled the claim with a settlement of $45,000, its lawyers said.", "$45,000")]
    [InlineData("de", "Die Regierung beschloss einen Fonds in Höhe von 2 Milliarden Franken.", "2 billion Swiss francs")]
    [InlineData("fr", "Les ministres ont signé un contrat de 300 millions de francs suisses.", "300 million Swiss francs")]
    [InlineData("pt", "A empresa fechou um contrato de 300 milhões de reais com o governo.", "R$300 million")]
    [InlineData("es", "El Gobierno aprobó un fondo de 800 millones de yuanes para el puerto.", "800 million yuan")]
    public void Synthesize_AmountInAnyKnownCurrency_IsShownInIt(string language, string text, string value)
    {
        var view = Synthesize(InLanguage(language, "a", "Deal", text), InLanguage(language, "b", "Deal", text));

        var claim = Assert.Single(view.Claims, c => c.About.StartsWith("value of the", StringComparison.Ordinal));
        Assert.Equal(value, ValueCitedBy(claim, "a"));
    }

    [Theory]
    [InlineData("Canberra signed an A$3.5 billion contract for the frigates.", "The navy signed a $3.5 billion contract for the frigates.")]
    [InlineData("The fund of 2 billion yuan will pay for the port.", "The fund of ¥2 billion will pay for the port.")]
    public void Synthesize_AmountsInTwoCurrencies_AreNotCompared(string first, string second)
    {
        var view = Synthesize(Member("a", "Deal", first, published: March2025), Member("b", "Deal", second, published: March2025));

        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("value of the", StringComparison.Ordinal) && c.Values.Count > 1);
    }

    [Theory]
    [InlineData("The developer sold a 3 million real estate deal to the council.")]
    [InlineData("Shares in the airline rose after it won a 300 million order, traders said.")]
    public void Synthesize_FigureWithoutACurrency_StatesNoValue(string text)
    {
        var view = Synthesize(Member("a", "Deal", text, published: March2025), Member("b", "Deal", text, published: March2025));

        Assert.DoesNotContain(view.Claims, c => c.About.StartsWith("value of the", StringComparison.Ordinal));
    }

    /// <summary>The one claim about <paramref name="about"/>, with its status and its values ('|'-separated, in ordinal order).</summary>
    // No claim of the story cites the article: what it says states nothing the claims line up.
    private static void AssertNoClaimCites(StoryView view, string article) =>
        Assert.DoesNotContain(view.Claims, c => c.Values.Any(v => v.Citations.Any(x => x.Article == article)));

    private static Claim AssertLinedUp(StoryView view, string about, string status, string values)
    {
        var claim = Assert.Single(view.Claims, c => c.About == about);
        Assert.Equal(status, claim.Status);
        Assert.Equal(values.Split('|'), claim.Values.Select(v => v.Value).Order(StringComparer.Ordinal));
        return claim;
    }
}
