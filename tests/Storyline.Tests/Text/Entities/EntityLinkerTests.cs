using Storyline.Text.Entities;
using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Entities;

public class EntityLinkerTests
{
    private static IReadOnlyList<LinkedEntity> Link(params string[] texts) =>
        EntityLinker.Link(texts.SelectMany((t, i) => MentionFinder.Find(t).Select(m => new ArticleMention($"a{i}", m))));

    [Fact]
    public void Link_ANameSpelledTheGermanWay_IsTheOneEntityOfTheEnglishSpelling()
    {
        var english = MentionFinder.Find("Ukrainian President Volodymyr Zelensky met advisers on Monday. Zelensky said the talks had failed.");
        var german = GermanMentions.Find(SentenceSplitter.Split("Der ukrainische Präsident Wolodymyr Selenskyj traf am Montag Berater. Selenskyj sagte, die Gespräche seien gescheitert."))
            .SelectMany(m => m);

        var entities = EntityLinker.Link(english.Select(m => new ArticleMention("en", m)).Concat(german.Select(m => new ArticleMention("de", m))));

        var zelensky = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Volodymyr Zelensky", zelensky.Name);
        Assert.Equal(4, zelensky.Mentions.Count);
        Assert.Contains("Wolodymyr Selenskyj", zelensky.Aliases);
    }

    [Fact]
    public void Link_ASurnameOnlyTheGivenNameShowsToBeGerman_IsTheOneEntityOfTheEnglishSpelling()
    {
        var english = MentionFinder.Find("Defence Minister Sergei Shoigu visited the front on Monday. Shoigu said the troops had advanced.");
        var german = GermanMentions.Find(SentenceSplitter.Split("Verteidigungsminister Sergej Schoigu besuchte am Montag die Front. Schoigu sagte, die Truppen seien vorgerückt."))
            .SelectMany(m => m);

        var entities = EntityLinker.Link(english.Select(m => new ArticleMention("en", m)).Concat(german.Select(m => new ArticleMention("de", m))));

        var shoigu = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal(4, shoigu.Mentions.Count);
        Assert.Contains("Sergej Schoigu", shoigu.Aliases);
    }

    [Fact]
    public void Link_ANameSpelledOneWayByMoreReports_NamesTheEntity()
    {
        var entities = Link(
            "Minister Aleksandr Gritsenko spoke on Monday. Gritsenko said the audit was his idea, and Gritsenko denied wrongdoing. Aleksandr Gritsenko left.",
            "Minister Oleksandr Hrytsenko was questioned on Monday. Hrytsenko said he had asked for the audit.",
            "Lawmakers questioned Oleksandr Hrytsenko for three hours.");

        var minister = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Oleksandr Hrytsenko", minister.Name);
        Assert.Contains("Aleksandr Gritsenko", minister.Aliases);
    }

    [Fact]
    public void Link_CuesThatTie_ArePartedByAllTheTypedMentions()
    {
        // "Adam Schiff, who ..." says person, "back from Schiff" says place; the name's shape says person twice more.
        var entities = Link(
            "Adam Schiff, who chairs the committee, spoke on Monday. Adam Schiff said the inquiry would go on.",
            "The candidates want attention back from Schiff. Adam Schiff did not reply.");

        var schiff = Assert.Single(entities, e => e.Name == "Adam Schiff");
        Assert.Equal(EntityType.Person, schiff.Type);
    }

    [Fact]
    public void Link_ASurnameAloneAfterAPlaceCue_IsStillThePersonsName()
    {
        // "from Hawke" alone says place, and is the only cue; the full name has only its shape. A place is seldom called by
        // the last word of a name of two words, a person is.
        var entities = Link("Her two older children with Ethan Hawke were there. She spoke about her breakup from Hawke.");

        var hawke = Assert.Single(entities, e => e.Name == "Ethan Hawke");
        Assert.Equal(EntityType.Person, hawke.Type);
    }

    [Fact]
    public void Link_SurnameJoinsTheOnlyPersonItCanName()
    {
        var entities = Link("Foreign Minister Choe Son-hui arrived on Monday.", "Choe met the minister and Choe left on Friday.");
        var choe = Assert.Single(entities, e => e.Name == "Choe Son-hui");
        Assert.Equal(3, choe.Mentions.Count);
        Assert.Equal(["Choe"], choe.Aliases);
    }

    [Fact]
    public void Link_ACompanyWithItsLegalForm_IsTheCompany_NamedWithoutIt()
    {
        var entities = Link(
            "Broadcom Ltd raised its offer for Qualcomm Inc on Monday, and Qualcomm said it would study it.",
            "The board of Harbour Freight Holdings Inc. met on Monday. Harbour Freight said its shares rose 4 percent.",
            "Harbour Freight will report its results in March.");

        Assert.Contains("Qualcomm Inc", Assert.Single(entities, e => e.Name == "Qualcomm").Aliases);
        Assert.Single(entities, e => e.Name == "Broadcom");
        var freight = Assert.Single(entities, e => e.Name == "Harbour Freight");
        Assert.Equal(3, freight.Mentions.Count);
        Assert.Contains("Harbour Freight Holdings Inc", freight.Aliases);
    }

    [Fact]
    public void Link_AResortAndItsCasino_AreOnePlace_ButAHotelIsNoPerson()
    {
        var entities = Link(
            "The gunman fired from the 32nd floor of the Mandalay Bay Resort and Casino on Sunday night.",
            "Police entered the room at Mandalay Bay an hour later, the sheriff said.",
            "Guests were evacuated from the Mandalay Bay Hotel, the sheriff said.",
            "Donald Trump spoke on Monday. Guests of the Trump Hotel were not affected, Trump said.");

        var resort = Assert.Single(entities, e => e.Name.StartsWith("Mandalay Bay", StringComparison.Ordinal));
        Assert.Equal(3, resort.Mentions.Count);
        Assert.DoesNotContain("Trump Hotel", Assert.Single(entities, e => e.Name == "Donald Trump").Aliases);
    }

    [Fact]
    public void Link_ABodysOneWordName_IsOneEntityHoweverEachMentionWasTyped()
    {
        var entities = Link(
            "The chipmaker Qualcomm said on Monday it would reject the offer.",
            "Shareholders in Qualcomm will vote in March, and analysts expect Qualcomm to hold out.",
            "APPLE shares fell after the report about Apple suppliers.",
            "Apple said the new phone would ship in May.");

        var qualcomm = Assert.Single(entities, e => e.Name == "Qualcomm");
        Assert.Equal(EntityType.Organization, qualcomm.Type);
        Assert.Equal(3, qualcomm.Mentions.Count);
        Assert.Single(entities, e => e.Name.Equals("Apple", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Link_ABodyPeopleWorkAt_IsNoPlace()
    {
        var entities = Link(
            "Some Microsoft employees received the email on Monday.",
            "He was a director at Microsoft for ten years.",
            "The messages were sent from Microsoft accounts, police said.");

        Assert.Equal(EntityType.Organization, Assert.Single(entities, e => e.Name == "Microsoft").Type);
    }

    [Theory]
    [InlineData("Fans of the Chicago Cubs celebrated and the Chicago Cubs paraded on Friday.", "Jubilant Chicago Cubs fans filled the streets.", "Chicago Cubs")]
    // After a verb in -ing, a name of one word the story writes alone.
    [InlineData("Zoo officials said Harambe was dragging the boy. Tranquilizing Harambe would not have knocked him out at once.", "The zoo said Harambe was 17 years old.", "Harambe")]
    public void Link_AWordOpeningTheSentence_IsTakenOffTheNameTheStoryGivesWithoutIt(string first, string second, string name)
    {
        var entities = Link(first, second, "Mike Pence spoke on Monday, and Pence said little.");

        var named = Assert.Single(entities, e => e.Name == name);
        Assert.Empty(named.Aliases);
        Assert.Equal(3, named.Mentions.Count);
        Assert.Contains(entities, e => e.Name == "Mike Pence");
    }

    [Fact]
    public void Link_AKnownNameAWordOpeningTheSentenceIsTakenOff_StaysKnown()
    {
        var entities = Link("Right-wing Israelis, meanwhile, debated the verdict.", "Israel held her for weeks, and many Israelis backed the army.");

        var israel = Assert.Single(entities, e => e.Name == "Israel");
        Assert.Equal(3, israel.Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Name == "Israelis");
    }

    [Fact]
    public void Link_APeopleInThePlural_IsTheTeamTheStoryNamesByIt()
    {
        var entities = Link("The Cleveland Indians lost the final game at home.", "The Indians had not won since 1948, and Indians fans left early.");

        Assert.DoesNotContain(entities, e => e.Name == "India");
        Assert.Contains(entities, e => e.Name == "Cleveland Indians");
    }

    [Fact]
    public void Link_ATeamsPluralAlone_IsTheTeamNamedByItsPlace()
    {
        var entities = Link("The Harbourton Gulls beat the Rovers in Harbourton on Sunday.", "The Gulls scored twice in the second half, and the Gulls' fans stayed late.");

        Assert.Contains("Gulls", Assert.Single(entities, e => e.Name == "Harbourton Gulls").Aliases);
        Assert.DoesNotContain(entities, e => e.Name == "Gulls");
    }

    [Fact]
    public void Link_APlanetAfterAHyphen_IsNoTeam()
    {
        var entities = Link("The capsule stayed in Earth orbit for a week before the Earth-Mars transfer.", "Mars will be closest to Earth in the spring.");

        Assert.DoesNotContain(entities, e => e.Aliases.Contains("Mars"));
    }

    [Fact]
    public void Link_AGivenNameAlone_JoinsOnlyAsWritten_AFamilyNameWrittenFirstAlsoRespelled()
    {
        var western = Link("Transport commissioner Mike Brown visited the site on Monday.", "Make no mistake, Brown told reporters, and Mike thanked the crews.");
        var brown = Assert.Single(western, e => e.Name == "Mike Brown");
        Assert.DoesNotContain("Make", brown.Aliases);
        Assert.Contains("Mike", brown.Aliases);

        var korean = Link("Foreign Minister Choe Son-hui arrived on Monday.", "Choi met the minister in Moscow.");
        Assert.Contains("Choi", Assert.Single(korean, e => e.Name == "Choe Son-hui").Aliases);
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

    [Theory]
    [InlineData("Commission President Ursula von der Leyen arrived in Kyiv.", "President von der Leyen said the aid would follow.", "Ursula von der Leyen", "von der Leyen")]
    [InlineData("Prime Minister Shinzo Abe spoke to reporters.", "Prime Minister Abe Shinzo met the envoy, and Abe left.", "Shinzo Abe", "Abe Shinzo")]
    [InlineData("President Bashar al-Assad met the envoy.", "Assad said the talks had failed.", "Bashar al-Assad", "Assad")]
    [InlineData("President Luiz Inácio Lula da Silva opened the summit.", "President Lula da Silva said the deal was close.", "Luiz Inácio Lula da Silva", "Lula da Silva")]
    public void Link_NameWithOrWithoutParticlesAndGivenNames_IsOnePerson(string first, string second, string full, string other) =>
        AssertOneEntity(Link(first, second), EntityType.Person, full, other);

    [Fact]
    public void Link_WordInFrontOfAFullName_NamesNobodyAlone()
    {
        var entities = Link("Billionaire Elon Musk said the rocket was ready.", "Elon Musk spoke on Monday, and Musk smiled.", "Billionaire investors were not convinced.");
        var musk = Assert.Single(entities, e => e.Name == "Elon Musk");
        Assert.Contains("Musk", musk.Aliases);
        Assert.DoesNotContain("Billionaire", musk.Aliases);
    }

    [Theory]
    [InlineData("James Van Der Beek left the show on Monday.", "Van Der Beek thanked the fans, and Van Der Beek hugged his partner.", "James Van Der Beek", "Van Der Beek")]
    [InlineData("Marine Le Pen spoke in Lyon.", "Le Pen lost the vote. Le Pen will run again.", "Marine Le Pen", "Le Pen")]
    public void Link_AFamilyNameThatOpensWithAParticle_IsNotTheFullName(string first, string second, string full, string surname)
    {
        var person = Assert.Single(Link(first, second), e => e.Aliases.Contains(surname) || e.Name == surname);

        Assert.Equal(full, person.Name);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void Link_CountryFormsBecomeOnePlace()
    {
        var entities = Link("The DPRK rejected the demand.", "North Korea said the Democratic People's Republic of Korea would respond and North Korean troops moved.");
        var korea = Assert.Single(entities, e => e.Name == "North Korea");
        Assert.Equal(EntityType.Place, korea.Type);
        Assert.Equal(4, korea.Mentions.Count);
    }

    [Theory]
    [InlineData("Barges queue on the Vistula for days, traders said.", "Officials want to dredge the Vistula River near the port.", "Vistula River", "Vistula")]
    [InlineData("Ships wait for days in the Marmara Sea before they dock.", "Traffic on the Marmara was halted by a storm.", "Marmara Sea", "Marmara")]
    [InlineData("Rescuers reached the town of Kalmar on Sunday.", "Floods cut roads in Kalmar City on Saturday.", "Kalmar City", "Kalmar")]
    [InlineData("The missile flew over Cape Erimo on Tuesday.", "It fell into the sea east of Erimo, officials said.", "Cape Erimo", "Erimo")]
    public void Link_PlaceWithAndWithoutItsGeographicHead_IsOnePlace(string first, string second, string full, string bare) =>
        AssertOneEntity(Link(first, second), EntityType.Place, full, bare);

    // Exactly one entity goes by the full form, it is of the given type, and the other form is among its names.
    private static void AssertOneEntity(IReadOnlyList<LinkedEntity> entities, EntityType type, string full, string other)
    {
        var entity = Assert.Single(entities, e => e.Name == full || e.Aliases.Contains(full));
        Assert.Equal(type, entity.Type);
        Assert.Contains(other, entity.Aliases.Append(entity.Name));
    }

    [Fact]
    public void Link_BareNameBesideAPortOfThatCity_StaysWithTheCity()
    {
        var entities = Link("Cranes were damaged at Kushiro Port, officials said.", "The quake struck off the city of Kushiro on Tuesday and Kushiro shook.");
        Assert.Single(entities, e => e.Name == "Kushiro Port");
        Assert.Single(entities, e => e.Name == "Kushiro" && e.Type == EntityType.Place);
    }

    [Fact]
    public void Link_BodyNamedWithAndWithoutItsCountry_IsOneBody()
    {
        var entities = Link("Detectives of the National Anti-Corruption Bureau of Ukraine searched the ministry.", "The National Anti-Corruption Bureau said the case concerned subsidies.");
        var bureau = Assert.Single(entities, e => e.Name.StartsWith("National Anti-Corruption Bureau", StringComparison.Ordinal));
        Assert.Equal(2, bureau.Mentions.Count);
    }

    [Fact]
    public void Link_PluralAbbreviation_IsNoEntity()
    {
        var entities = Link("MPs questioned the minister for three hours on Wednesday.", "Opposition MPs called on Prime Minister Denys Shmyhal to dismiss him.");
        Assert.DoesNotContain(entities, e => e.Name == "MPs");
    }

    [Fact]
    public void Link_MinistryWithItsPortfolioCutShort_IsOneMinistry()
    {
        var entities = Link("The Ministry of Agrarian Policy and Food said on Friday that talks would begin.", "A spokesman for the Ministry of Agrarian Policy said the deal was ready.");
        var ministry = Assert.Single(entities, e => e.Name.StartsWith("Ministry of Agrarian Policy", StringComparison.Ordinal));
        Assert.Equal(2, ministry.Mentions.Count);
    }

    [Fact]
    public void Link_AcronymOfTwoDifferentBodies_JoinsNeither()
    {
        var entities = Link(
            "The rocket lifted off from the Naro Space Center on the south coast on Wednesday.",
            "The National Security Council met in Seoul after the launch. The NSC called it a provocation.");

        Assert.DoesNotContain(entities, e => e.Name == "Naro Space Center" && e.Aliases.Contains("National Security Council"));
        Assert.DoesNotContain(entities, e => e.Name == "National Security Council" && e.Aliases.Contains("Naro Space Center"));
    }

    [Fact]
    public void Link_AcronymOfTwoSpellingsOfOneBody_JoinsBoth()
    {
        var entities = Link(
            "The World Wildlife Fund said the gorilla was critically endangered.",
            "A spokesman for the World Wildlife Federation said numbers were falling. The WWF has tracked them for decades.");

        var fund = Assert.Single(entities, e => e.Name.StartsWith("World Wildlife", StringComparison.Ordinal));
        Assert.Contains("WWF", fund.Aliases);
        Assert.Equal(3, fund.Mentions.Count);
    }

    [Fact]
    public void Link_AnEventsFirstWordAlone_IsTheEvent_UnlessItIsAPlace()
    {
        var entities = Link(
            "Thousands of fans attended the Harvest Festival on the Strip. Harvest organisers said the show would go on.",
            "The Harvest Festival was in its third day. Tickets for Harvest had sold out.",
            "She sang at the Hollywood Bowl last year. She lives in Hollywood with her family, and in Hollywood she is a star.");

        var festival = Assert.Single(entities, e => e.Name == "Harvest Festival");
        Assert.Equal(4, festival.Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Name == "Hollywood Bowl" && e.Aliases.Contains("Hollywood"));
    }

    [Fact]
    public void Link_AVerbOpeningASentence_IsNoRespellingOfAName_ASurnameStillIs()
    {
        var entities = Link(
            "\"I don't think our city should have gorillas,\" Manvinder Singh posted on the Facebook page.",
            "She said she was sad to hear the SeaWorld news. Seeing the Shamu show has always been one of her favorite things.");

        Assert.DoesNotContain("Seeing", Assert.Single(entities, e => e.Name == "Manvinder Singh").Aliases);

        entities = Link("President Volodymyr Zelensky met the envoys in Kyiv.", "Zelenskiy said the talks had been useful.");
        Assert.Contains("Zelenskiy", Assert.Single(entities, e => e.Name == "Volodymyr Zelensky").Aliases);
    }

    [Fact]
    public void Link_APaperWithAHyphenatedName_IsOneBodyHoweverItIsWritten()
    {
        var entities = Link(
            "The Erie Times-News reported that the snow had closed schools.",
            "According to the Erie Times News, the city had never seen so much snow.");

        var paper = Assert.Single(entities, e => e.Name.StartsWith("Erie Times", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organization, paper.Type);
        Assert.Equal(2, paper.Mentions.Count);
    }

    [Fact]
    public void Link_ANameWithAndWithoutItsMiddleInitial_IsOnePerson()
    {
        var entities = Link("Their son Zachary J. Steinberg, 19, was on the plane.", "Zachary Steinberg had just finished his first year at college.");

        var son = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal(2, son.Mentions.Count);

        // A middle initial is not the given name of another: the son is not his father.
        entities = Link("Bruce M. Steinberg and his son Matthew B. Steinberg were on the plane.", "Bruce Steinberg was a doctor in Scarsdale.");
        Assert.DoesNotContain("Matthew B. Steinberg", Assert.Single(entities, e => e.Name.StartsWith("Bruce", StringComparison.Ordinal)).Aliases);
        Assert.Contains(entities, e => e.Name == "Matthew B. Steinberg");
    }
}
