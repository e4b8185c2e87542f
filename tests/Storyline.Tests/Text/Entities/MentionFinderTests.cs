using Storyline.Text.Entities;
using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Entities;

public class MentionFinderTests
{
    private static Mention Single(string text, string name) =>
        Assert.Single(MentionFinder.Find(text), m => m.Text == name);

    [Fact]
    public void Find_AnAdverbCompoundOpeningASentence_IsNoGivenName()
    {
        var found = MentionFinder.Find("Day-by-day Schiff's hearings have drowned out the campaign.");

        Assert.Equal(["Schiff"], found.Select(m => m.Text));
    }

    [Fact]
    public void Find_APlaceJoinedByAPreposition_IsStillAName() =>
        Assert.Contains(MentionFinder.Find("Floods closed roads near Stoke-on-Trent on Monday."), m => m.Text == "Stoke-on-Trent");

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
    [InlineData("The case was described in the journal BMJ Case Reports last week.", "BMJ Case Reports", EntityType.Organization)]
    [InlineData("Both ministers discussed the Korean Peninsula at length.", "Korean Peninsula", EntityType.Place)]
    [InlineData("North Korea's assistant minister spoke to the press.", "North Korea", EntityType.Place)]
    [InlineData("He met Foreign Minister Sergey Lavrov in the afternoon.", "Sergey Lavrov", EntityType.Person)]
    [InlineData("The statement thanked Chairman Kim Jong Un for the invitation.", "Kim Jong Un", EntityType.Person)]
    [InlineData("Police said Boko Haram militants attacked the village.", "Boko Haram", EntityType.Organization)]
    [InlineData("The delegation later flew to Moscow for more talks.", "Moscow", EntityType.Place)]
    [InlineData("Officials at the Democratic People's Republic of Korea mission declined to comment.", "Democratic People's Republic of Korea", EntityType.Place)]
    [InlineData("The 15,000-tonne ferry was operated by Daehan Coastal Lines, the company said.", "Daehan Coastal Lines", EntityType.Organization)]
    [InlineData("The raid targeted the operator of the ferry Hanbit Star on Tuesday.", "Hanbit Star", EntityType.Other)]
    [InlineData("Trains on the Tohoku Shinkansen were halted for hours.", "Tohoku Shinkansen", EntityType.Other)]
    [InlineData("Park Junho, 58, who had commanded the ship, has not been detained.", "Park Junho", EntityType.Person)]
    [InlineData("Mr Park told investigators that he ordered the evacuation.", "Park", EntityType.Person)]
    [InlineData("Heavy rain caused floods in Bekasi City and East Jakarta on Friday.", "East Jakarta", EntityType.Place)]
    [InlineData("The plant will be built by Muscat-based Majan Utilities by 2028.", "Majan Utilities", EntityType.Organization)]
    [InlineData("He was questioned by the Specialized Anti-Corruption Prosecutor's Office (SAPO) on Monday.", "Specialized Anti-Corruption Prosecutor's Office", EntityType.Organization)]
    [InlineData("The quake was measured by the U.S. Geological Survey at 5.9.", "U.S. Geological Survey", EntityType.Organization)]
    [InlineData("Smoke was seen from the ship off Geoje early on Sunday.", "Geoje", EntityType.Place)]
    [InlineData("Barges can wait nine days to enter the Sulina channel at peak times.", "Sulina", EntityType.Place)]
    [InlineData("The tug towed the ship into Okpo harbour in the afternoon.", "Okpo", EntityType.Place)]
    [InlineData("Grain is tracked until it is loaded at the port of Constanta on the coast.", "Constanta", EntityType.Place)]
    [InlineData("Cargo is loaded onto ocean-going ships at Varna before it leaves.", "Varna", EntityType.Place)]
    [InlineData("Barges queue for days along the Vistula before they can unload.", "Vistula", EntityType.Place)]
    [InlineData("Deutsche Bahn's personnel director called the strike irresponsible.", "Deutsche Bahn", EntityType.Organization)]
    [InlineData("Nordic Ferries' chief executive called the strike irresponsible.", "Nordic Ferries", EntityType.Organization)]
    [InlineData("Aguas del Levante, based in Alicante, has built plants in Chile.", "Aguas del Levante", EntityType.Organization)]
    [InlineData("Shares of Nordic Ferries rose by a tenth on Tuesday.", "Nordic Ferries", EntityType.Organization)]
    [InlineData("Kowalski said he would not back down before the weekend.", "Kowalski", EntityType.Person)]
    [InlineData("The talks were chaired by Dragomir, who flew in from Bucharest.", "Dragomir", EntityType.Person)]
    [InlineData("\"We are ready,\" Choe Son-hui's office said on Monday.", "Choe Son-hui", EntityType.Person)]
    [InlineData("Kivu Mining said its mine would reopen on Monday.", "Kivu Mining", EntityType.Organization)]
    [InlineData("The patrol boat escorts the ferry Hanbit Dawn, which lost power on Monday.", "Hanbit Dawn", EntityType.Other)]
    [InlineData("Mary Horomanski from Erie, Pennsylvania, said the bill was a mistake.", "Pennsylvania", EntityType.Place)]
    [InlineData("Ohio cops say the boy was not hurt.", "Ohio", EntityType.Place)]
    [InlineData("Researchers at Ohio State University found the planets.", "Ohio State University", EntityType.Organization)]
    [InlineData("Floods closed roads across New South Wales on Monday.", "New South Wales", EntityType.Place)]
    // A last word no person's name ends with: an event, a law, a programme; more geographic heads, and "Mount".
    [InlineData("Fans packed bars to watch the Super Bowl on Sunday night.", "Super Bowl", EntityType.Other)]
    [InlineData("Cuts to Social Security were ruled out by the White House.", "Social Security", EntityType.Other)]
    [InlineData("Israel captured the area during the Six Day War in 1967.", "Six Day War", EntityType.Other)]
    [InlineData("Volunteers of the Mount Agamenticus Conservation Program counted the birds.", "Mount Agamenticus Conservation Program", EntityType.Other)]
    [InlineData("Officials from Major League Baseball met the team before the game.", "Major League Baseball", EntityType.Organization)]
    [InlineData("Major Tom Reed of the army spoke to the crowd.", "Tom Reed", EntityType.Person)]
    [InlineData("A bundle with a controller and Chromecast Ultra costs $129.", "Chromecast Ultra", EntityType.Other)]
    [InlineData("Buyers of Premiere Edition get three months of the service.", "Premiere Edition", EntityType.Other)]
    [InlineData("Four months of Amazon Music Unlimited cost a dollar.", "Amazon Music Unlimited", EntityType.Other)]
    [InlineData("Leaders of Conservative Jewish congregations signed the letter.", "Conservative Jewish", EntityType.Other)]
    [InlineData("The festival honours Native American artists from across the state.", "Native American", EntityType.Other)]
    [InlineData("Shops in Jewish neighbourhoods closed early on Friday.", "Jewish", EntityType.Other)]
    [InlineData("Police in Sioux Falls closed the road after the crash.", "Sioux Falls", EntityType.Place)]
    [InlineData("Hikers on Mount Agamenticus saw the fireball over the sea.", "Mount Agamenticus", EntityType.Place)]
    [InlineData("The anti-trafficking organization Demand Abolition told Newsweek it was shocked.", "Demand Abolition", EntityType.Organization)]
    [InlineData("The shipping regulator Safe Seas Bureau Norway opened an inquiry.", "Safe Seas Bureau Norway", EntityType.Organization)]
    // A title word that only qualifies an office stays in the title before one ("First Lady", "Supreme Court Justice").
    [InlineData("First Lady Melania Trump visited the school.", "Melania Trump", EntityType.Person)]
    [InlineData("Foreign Minister Wang Yi said the talks went well.", "Wang Yi", EntityType.Person)]
    [InlineData("Vice President Mike Pence spoke next.", "Mike Pence", EntityType.Person)]
    [InlineData("Clark County Sheriff Joe Lombardo said the gunman acted alone.", "Joe Lombardo", EntityType.Person)]
    [InlineData("Interim Chief Executive Paulino Barros apologised on Tuesday.", "Paulino Barros", EntityType.Person)]
    [InlineData("Interim Chief Executive Paulino do Rego Barros Jr. outlined the plan.", "Paulino do Rego Barros Jr", EntityType.Person)]
    [InlineData("The minister João dos Santos Lima met the press.", "João dos Santos Lima", EntityType.Person)]
    [InlineData("Supreme Court Justice Neil Gorsuch wrote the opinion.", "Neil Gorsuch", EntityType.Person)]
    // A street named by its number; firms named by partners joined with "&"; a plural possessive inside a body's name.
    [InlineData("Media outlets report that the trains collided in the 53rd Street tunnel.", "53rd Street", EntityType.Place)]
    [InlineData("Residents on East 24th Street dug out on Tuesday.", "East 24th Street", EntityType.Place)]
    [InlineData("Shares of Johnson & Johnson fell on Tuesday.", "Johnson & Johnson", EntityType.Organization)]
    [InlineData("He has managed FC Porto, Inter Milan and Chelsea.", "FC Porto", EntityType.Organization)]
    [InlineData("The striker joined RB Leipzig in the summer.", "RB Leipzig", EntityType.Organization)]
    [InlineData("The Prime Minister's Bureau rejected the claims.", "Prime Minister's Bureau", EntityType.Organization)]
    [InlineData("Images from the Solar Dynamics Observatory showed the flare.", "Solar Dynamics Observatory", EntityType.Organization)]
    [InlineData("The rocket lifted off from Cape Canaveral on Tuesday.", "Cape Canaveral", EntityType.Place)]
    [InlineData("Troops left Fort Hood for the border.", "Fort Hood", EntityType.Place)]
    [InlineData("A passenger on All Nippon Airways Flight 175 had boarded the wrong plane.", "All Nippon Airways", EntityType.Organization)]
    [InlineData("All Progressives Congress officials met in Abuja.", "All Progressives Congress", EntityType.Organization)]
    [InlineData("The show's producer defended the Recording Academy on Monday.", "Recording Academy", EntityType.Organization)]
    [InlineData("The launches will be timed by the Workers’ Party, the agency said.", "Workers’ Party", EntityType.Organization)]
    // Firms named by what they make or do; a place abbreviated as a saint's; a person whose title is abbreviated.
    [InlineData("The deal was denied by Dick Clark Productions on Monday.", "Dick Clark Productions", EntityType.Organization)]
    [InlineData("She left Big Machine Records last year.", "Big Machine Records", EntityType.Organization)]
    [InlineData("Games from Take-Two Interactive will launch on the service.", "Take-Two Interactive", EntityType.Organization)]
    [InlineData("The team flew to St. Louis on Monday.", "St. Louis", EntityType.Place)]
    [InlineData("The St. Louis Cardinals won again.", "St. Louis Cardinals", EntityType.Organization)]
    [InlineData("Climbers on Mt. Everest waited for the wind to drop.", "Mt. Everest", EntityType.Place)]
    // People work at a body; officials may be at an airport.
    [InlineData("Omar Lamrani, a senior military analyst at Stratfor, said the tests were routine.", "Stratfor", EntityType.Organization)]
    [InlineData("\"We will cut back,\" said Claure, who is also an executive at SoftBank.", "SoftBank", EntityType.Organization)]
    [InlineData("Chris Early, senior vp partnerships and revenue at Ubisoft, agreed.", "Ubisoft", EntityType.Organization)]
    [InlineData("Officials at Heathrow said flights would resume.", "Heathrow", EntityType.Place)]
    // What a name is, said right after it.
    [InlineData("He shone at Marenza, the team that gave him his first podium.", "Marenza", EntityType.Organization)]
    [InlineData("The ferries are run by Nordale, a company based in Bergen.", "Nordale", EntityType.Organization)]
    [InlineData("Ann Lee, the company's founder, said the ferries would run.", "Ann Lee", EntityType.Person)]
    [InlineData("Ann Lee, a team leader at the yard, said the ferries would run.", "Ann Lee", EntityType.Person)]
    [InlineData("Officials at Heathrow, the airport that handles most flights, said flights would resume.", "Heathrow", EntityType.Place)]
    [InlineData("Those playing on PS4 Pro get a steadier picture.", "PS4 Pro", EntityType.Other)]
    [InlineData("\"We go where players are,\" Strauss Zelnick, CEO of Take-Two, said.", "Take-Two", EntityType.Organization)]
    [InlineData("The case was brought by the U.S. Attorney's Office for the Western District of Washington.", "Office for the Western District of Washington", EntityType.Organization)]
    public void Find_TypesNamesFromCues(string text, string name, EntityType type)
    {
        Assert.Equal(type, Single(text, name).Type);
    }

    [Theory]
    [InlineData("Just go to Settings > Themes > Select Theme > Custom > Select Image.")]
    [InlineData("Home › World News › Asia Pacific")]
    [InlineData("Back to Main Menu » Photo Gallery")]
    public void Find_TheStepsOfAMenuPathAreNoNames(string text)
    {
        Assert.Empty(MentionFinder.Find(text));
    }

    [Theory]
    [InlineData("The ferry's engine logs were copied to a USB stick before the fire.")]
    [InlineData("The coroner ran a DNA test on the remains found in the hull.")]
    [InlineData("The operator said its AI system had flagged the engine fault.")]
    [InlineData("The CEO apologised to the families at the pier.")]
    [InlineData("Using USB sticks, the crew copied the engine logs before the fire.")]
    public void Find_AnAbbreviationOfACommonNounIsNoName(string text)
    {
        Assert.Empty(MentionFinder.Find(text));
    }

    [Fact]
    public void Find_AnAbbreviationOfACommonNounInsideABodysName_KeepsTheName() =>
        Assert.Contains(MentionFinder.Find("The remains were named by the DNA Doe Project in Texas."), m => m.Text == "DNA Doe Project");

    [Theory]
    [InlineData("Commission President Ursula von der Leyen arrived in Kyiv.", "Ursula von der Leyen")]
    [InlineData("President von der Leyen said the aid would follow.", "von der Leyen")]
    [InlineData("President Bashar al-Assad met the envoy.", "Bashar al-Assad")]
    [InlineData("Osama bin Laden was named in the report.", "Osama bin Laden")]
    [InlineData("The summit was opened by President Lula da Silva on Monday.", "Lula da Silva")]
    [InlineData("Actor Bill Murray was seen in the stands.", "Bill Murray")]
    [InlineData("Singer Rihanna paid tribute on Monday.", "Rihanna")]
    [InlineData("Cubs Manager Joe Maddon praised the team.", "Joe Maddon")]
    [InlineData("Frenchman Romain Grosjean crashed on the first lap.", "Romain Grosjean")]
    [InlineData("Five-year-old Zhao Sicong was pulled from the rubble.", "Zhao Sicong")]
    [InlineData("Facebook Twitter Pinterest Justin Timberlake performed at half-time.", "Justin Timberlake")]
    [InlineData("Splash News Michael Sheen arrived at the premiere.", "Michael Sheen")]
    [InlineData("CLOSE John Mahoney starred as the father on the show.", "John Mahoney")]
    [InlineData("Getty Images Justin Timberlake sang at half-time.", "Justin Timberlake")]
    [InlineData("Xi Jinping of China met the delegation.", "Xi Jinping")]
    [InlineData("Koichi Wakata of the Japan Aerospace Exploration Agency flew the arm.", "Koichi Wakata")]
    public void Find_NameAmongParticlesCuesAndPageFurniture_IsThePerson(string text, string name) =>
        Assert.Equal(EntityType.Person, Single(text, name).Type);

    [Theory]
    [InlineData("The Panama Papers leak named the prime minister.", "Panama Papers")]
    [InlineData("Ships queued at the Panama Canal on Tuesday.", "Panama Canal")]
    [InlineData("Chad Smith, the drummer, said he was fine.", "Chad Smith")]
    [InlineData("Fans of the Chicago Bears waited outside.", "Chicago Bears")]
    public void Find_PlaceAndOneUnknownWord_IsOneName(string text, string name) => Assert.Null(Single(text, name).Known);

    [Theory]
    [InlineData("Crowds gathered outside City Hall on Monday.", "City Hall")]
    [InlineData("Lawmakers on Capitol Hill reacted with anger.", "Capitol Hill")]
    [InlineData("Union Pacific hired 400 drivers.", "Union Pacific")]
    public void Find_NameOpenedByAWordNoOneIsNamed_IsNoPerson(string text, string name) =>
        Assert.NotEqual(EntityType.Person, Single(text, name).Type);

    [Theory]
    [InlineData("The Houston Astros won the title on Wednesday.", "Houston Astros")]
    [InlineData("Dallas Cowboys owner Jerry Jones spoke to reporters.", "Dallas Cowboys")]
    [InlineData("The Pittsburgh Steelers beat the Browns.", "Pittsburgh Steelers")]
    [InlineData("The Patriots' rivals, the New England Patriots, lost.", "New England Patriots")]
    [InlineData("The Chicago Cubs beat the Cleveland Indians in Game 7.", "Cleveland Indians")]
    [InlineData("Texas Instruments reported higher sales.", "Texas Instruments")]
    public void Find_KnownPlaceAndAPlural_IsATeamOrABody(string text, string name)
    {
        var team = Single(text, name);
        Assert.Equal(EntityType.Organization, team.Type);
        Assert.Null(team.Known);
    }

    [Theory]
    [InlineData("The Panama Papers leak named the prime minister.", "Panama Papers")]
    [InlineData("The Chibok Girls were freed on Thursday.", "Chibok Girls")]
    [InlineData("Turnout in the Iowa Caucuses was low.", "Iowa Caucuses")]
    public void Find_KnownPlaceAndAPluralOfWhatHappenedOrWhoLivesThere_IsNoTeam(string text, string name) =>
        Assert.NotEqual(EntityType.Organization, Single(text, name).Type);

    [Theory]
    [InlineData("The Falcon 9 rocket lifted off from Cape Canaveral.", "Falcon 9")]
    [InlineData("The rocket will use the Apollo 11 pad at the Cape.", "Apollo 11")]
    [InlineData("China launched a Long March 5 rocket from Wenchang.", "Long March 5")]
    [InlineData("The Long March 4C rocket carried three satellites.", "Long March 4C")]
    [InlineData("Pixel 2 users reported problems with the screen.", "Pixel 2")]
    public void Find_ANumberBetweenANameAndTheKindOfThingItNames_IsPartOfTheName(string text, string name) =>
        Assert.Equal(EntityType.Other, Single(text, name).Type);

    [Theory]
    [InlineData("The August 29 launch flew over Japan.", "Japan")]
    [InlineData("The Boeing 747 aircraft landed safely.", "Boeing")]
    public void Find_ADayOrAKnownNameBeforeANumber_KeepsItsOwnReading(string text, string only) =>
        Assert.Equal(only, Assert.Single(MentionFinder.Find(text)).Text);

    [Theory]
    [InlineData("The plane returned to Los Angeles International Airport on Tuesday.", "Los Angeles", "Los Angeles International Airport")]
    [InlineData("He flew into Denver International Airport.", "Denver", "Denver International Airport")]
    public void Find_PlaceNamedAfterAKnownPlace_IsNamedWholeAndNamesTheKnownPlace(string text, string known, string whole)
    {
        var found = MentionFinder.Find(text);
        Assert.Contains(found, m => m.Text == known && m.Known == known);
        Assert.Contains(found, m => m.Text == whole && m.Type == EntityType.Place);
    }

    [Theory]
    [InlineData("The president of Chad, Mahamat Deby, met officials in N'Djamena.", "Chad", "N'Djamena")]
    [InlineData("Rebels in Niger and Mali attacked a convoy near the border with Burkina Faso.", "Niger", "Burkina Faso")]
    [InlineData("Guinea-Bissau and Guinea held talks in Conakry.", "Guinea-Bissau", "Guinea")]
    [InlineData("Chad President Mahamat Deby spoke.", "Chad", "Chad")]
    [InlineData("A photo from Seoul Simon Taylor took shows the port.", "Seoul", "Seoul")]
    public void Find_EveryCountryIsAKnownPlace(string text, string first, string second)
    {
        var found = MentionFinder.Find(text);
        Assert.Equal(first, Assert.Single(found, m => m.Text == first).Known);
        Assert.Contains(found, m => m.Text == second && m.Known == second);
    }

    [Theory]
    [InlineData("Twitter CEO Jack Dorsey spoke on Monday.", "Twitter")]
    [InlineData("Reuters News Agency reported the fire.", "Reuters News Agency")]
    [InlineData("The Federal Republic of Germany signed the treaty.", "Federal Republic of Germany")]
    [InlineData("The Federal Bureau of Investigation opened a case.", "Federal Bureau of Investigation")]
    [InlineData("The Bank of America said profits rose.", "Bank of America")]
    [InlineData("An organizer of the Women's March was taken off the flight.", "Women's March")]
    [InlineData("The company said Procter & Gamble would buy the brand.", "Procter & Gamble")]
    public void Find_NamesThatLookLikeFurnitureOrAPersonOfAPlace_StayWhole(string text, string name) => Single(text, name);

    [Theory]
    [InlineData("She said the assaults happened on New Year’s Eve near the station.")]
    [InlineData("New Years Eve celebrations in the city were calm.")]
    [InlineData("He gave his New Year's address on television.")]
    [InlineData("The shops were busy before Christmas and closed on Christmas Day.")]
    [InlineData("They gathered for Thanksgiving while others marked Eid al-Fitr.")]
    public void Find_HolidaysAreNoNames(string text)
    {
        Assert.Empty(MentionFinder.Find(text));
    }

    [Theory]
    [InlineData("He flew in from New York on Monday.", "New York", "New York")]
    [InlineData("New Zealand's prime minister spoke first.", "New Zealand", "New Zealand")]
    [InlineData("The New York Times reported the deal.", "New York Times", null)]
    [InlineData("Traders on the New York Stock Exchange sold.", "New York Stock Exchange", null)]
    public void Find_NewOpensAName(string text, string name, string? known)
    {
        Assert.Equal(known, Single(text, name).Known);
        Assert.DoesNotContain(MentionFinder.Find(text), m => m.Text.StartsWith("York", StringComparison.Ordinal) || m.Text.StartsWith("Zealand", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NewBeforeAnUnknownName_IsAPlaceSureOnlyAfterIn()
    {
        Assert.Equal((EntityType.Place, true), (Single("Snow fell in New Hampshire overnight.", "New Hampshire").Type, Single("Snow fell in New Hampshire overnight.", "New Hampshire").Confident));
        Assert.False(Single("Engineers said New Horizons was healthy.", "New Horizons").Confident);
        Assert.Empty(MentionFinder.Find("New rules were announced on Monday."));
    }

    [Theory]
    [InlineData("South Korea seized a Hong Kong-flagged vessel on Friday.", "South Korea")]
    [InlineData("The Earth-orbiting satellite met the Tokyo-bound flight near Israeli-occupied land.", null)]
    [InlineData("The storm hit the Los Angeles-area freeways and the China-made parts.", null)]
    [InlineData("The set connects to a 4K TV over 5G networks.", null)]
    [InlineData("She said the Ministry would reply, as the Group did.", null)]
    [InlineData("He said Congress passed the bill.", "Congress")]
    [InlineData("Ten Americans were among the dead.", "Americans")]
    public void Find_ModifiersLettersAndKindsOfBodyAloneAreNoNames(string text, string? only)
    {
        Assert.Equal(only is null ? [] : [only], MentionFinder.Find(text).Select(m => m.Text));
    }

    [Theory]
    [InlineData("She said Theresa May would step down in May.", "Theresa May")]
    [InlineData("They met Brian May on May 5 in London.", "Brian May")]
    public void Find_AFamilyNameThatSpellsAMonth_StaysInTheName(string text, string name)
    {
        Assert.Equal(EntityType.Person, Single(text, name).Type);
    }

    [Theory]
    [InlineData("British Transport Police Constable Adrian Hanstock said officers were there.", "British Transport Police", "Adrian Hanstock")]
    [InlineData("Adrian Hanstock, Deputy Chief Constable of the British Transport Police, said.", "British Transport Police", "Adrian Hanstock")]
    [InlineData("Indiana State Teachers Association President Keith Gambill told the crowd.", "Indiana State Teachers Association", "Keith Gambill")]
    [InlineData("Flight engineer Rick Mastracchio of NASA joined the crew.", "NASA", "Rick Mastracchio")]
    [InlineData("She said Principal Investigator Sarah Wallace ran the test.", null, "Sarah Wallace")]
    public void Find_AnOfficeBetweenABodyAndAPerson_SplitsThemWhole(string text, string? body, string person)
    {
        var found = MentionFinder.Find(text);

        Assert.Equal(EntityType.Person, Single(text, person).Type);
        if (body is not null)
        {
            Assert.Equal(EntityType.Organization, Single(text, body).Type);
        }
        Assert.DoesNotContain(found, m => m.Text.Contains("Constable", StringComparison.Ordinal) || m.Text == "Transport Police");
    }

    [Fact]
    public void Find_TheUnitAnOfficeRuns_IsNoPersonHoldingIt()
    {
        var found = MentionFinder.Find("The deal pleases us, adds Olivier Bosc, General Manager of Life Care Solutions Europe at the company.");

        Assert.DoesNotContain(found, m => m.Type == EntityType.Person && m.Text.Contains("Europe", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_WhereAnOfficeIsHeld_AfterForThe_IsNoPersonHoldingIt()
    {
        const string text = "James Kennedy, the U.S. Attorney for the Western District of New York, said the case mattered.";

        Assert.Equal(EntityType.Place, Single(text, "Western District").Type);
    }

    [Theory]
    [InlineData("A statement from the Foreign Ministry said talks would go on.", "Foreign Ministry")]
    [InlineData("A spokesman for the Supreme Court declined to comment.", "Supreme Court")]
    [InlineData("The State Department said on Monday it had no comment.", "State Department")]
    [InlineData("The parent company First Energy said a decimal point had moved.", "First Energy")]
    [InlineData("She has banked at First National Bank in Erie since 1990.", "First National Bank")]
    [InlineData("Supreme Court Justice Neil Gorsuch wrote the opinion.", "Supreme Court")]
    public void Find_AWordThatIsATitleOnlyBeforeAnOffice_OpensTheBodyItNames(string text, string body)
    {
        Assert.Equal(EntityType.Organization, Single(text, body).Type);
        Assert.DoesNotContain(MentionFinder.Find(text), m => m.Type == EntityType.Person && body.EndsWith(m.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Republican Gov. Eric Holcomb met the teachers.", "Eric Holcomb")]
    [InlineData("The patient was treated by Dr. Anna Berg in Boston.", "Anna Berg")]
    [InlineData("Then Mr. Park left the room.", "Park")]
    [InlineData("The unit was led by Lt. Gen. Mark Hill until May.", "Mark Hill")]
    [InlineData("The bill was backed by Sen. Elizabeth Warren on Tuesday.", "Elizabeth Warren")]
    public void Find_ATitleAbbreviatedWithAFullStop_MakesThePersonSure(string text, string person)
    {
        var found = Single(text, person);

        Assert.Equal(EntityType.Person, found.Type);
        Assert.True(found.Confident);
    }

    [Theory]
    // "in Swift's case" says nothing about where Swift is; "in Antarctica's McMurdo Sound" is a place in a place.
    [InlineData("That is rare, and in Swift's case it is worse.", "Swift", false)]
    [InlineData("The money went toward Holcomb's campaign.", "Holcomb", false)]
    [InlineData("The dog alerted to the odour of drugs in Tays’ vehicle.", "Tays", false)]
    [InlineData("Officers searched a house in Reyes' street.", "Reyes", false)]
    [InlineData("The base lies in Antarctica's McMurdo Sound.", "Antarctica", true)]
    public void Find_APossessiveAfterAPlaceCue_IsAPlaceOnlyWhenItOwnsAName(string text, string name, bool place)
    {
        var found = Single(text, name);

        Assert.Equal(place, found.Type == EntityType.Place && found.Confident);
    }

    [Fact]
    public void Find_AnArtistsManagementMakesNoCompany()
    {
        // Firms have management, and so do singers.
        var found = Single("Any agreement must be made with Taylor Swift's management team.", "Taylor Swift");

        Assert.False(found.Type == EntityType.Organization && found.Confident);
    }

    [Fact]
    public void Find_FormerAloneIsNoOffice()
    {
        var found = MentionFinder.Find("Former Facebook and Google employees launched a campaign on Monday.");

        Assert.DoesNotContain(found, m => m.Type == EntityType.Person || m.Title is not null);
        Assert.Equal("President", Single("Former President Barack Obama spoke on Monday.", "Barack Obama").Title?.Split(' ')[^1]);
    }

    [Theory]
    [InlineData("The Food and Drug Administration (FDA) approved the drug on Friday.", "Food and Drug Administration")]
    [InlineData("The Securities and Exchange Commission opened an inquiry.", "Securities and Exchange Commission")]
    [InlineData("Japan's Fire and Disaster Management Agency said 12 people were hurt.", "Fire and Disaster Management Agency")]
    [InlineData("The satellite was built by China Aerospace Science and Technology Corporation.", "China Aerospace Science and Technology Corporation")]
    public void Find_ABodyWhoseNameJoinsTwoWordsWithAnd_IsOneName(string text, string name)
    {
        Assert.Equal(EntityType.Organization, Single(text, name).Type);
    }

    [Theory]
    [InlineData("The Ministry of Trade, Industry and Energy said exports rose.", "Ministry of Trade, Industry and Energy")]
    [InlineData("The Bureau of Alcohol, Tobacco, Firearms and Explosives is investigating.", "Bureau of Alcohol, Tobacco, Firearms and Explosives")]
    [InlineData("The Meteorology, Climatology and Geophysics Agency (BMKG) said the quake struck at sea.", "Meteorology, Climatology and Geophysics Agency")]
    public void Find_ABodyWhoseNameListsItsFieldsWithCommas_IsOneName(string text, string name)
    {
        Assert.Equal(EntityType.Organization, Single(text, name).Type);
    }

    [Theory]
    [InlineData("Big Machine, Braun and The Carlyle Group own the rights.", "Carlyle Group")]
    [InlineData("Officials from the Ministry of Defence, Home Office and Treasury met.", "Ministry of Defence")]
    [InlineData("Leaders from France, Germany and Italy met in Rome.", "Germany")]
    public void Find_AListOfNamesWithCommas_IsNotOneName(string text, string part)
    {
        Assert.Contains(MentionFinder.Find(text), m => m.Text == part);
    }

    [Theory]
    [InlineData("The BPBD Bekasi City noted the final number of victims.", "BPBD Bekasi City")]
    [InlineData("BPBD DKI Jakarta said 20 villages were flooded.", "BPBD DKI Jakarta")]
    [InlineData("KCNA Pyongyang said the test was a success.", "KCNA Pyongyang")]
    public void Find_AnAbbreviationBeforeAPlace_NamesABodysOffice(string text, string name)
    {
        Assert.Equal(EntityType.Organization, Single(text, name).Type);
    }

    [Fact]
    public void Find_NamesWithMiddleInitials_AreWhole()
    {
        var found = MentionFinder.Find("The dead were Bruce Steinberg, 50, and Irene G. Steinberg, 51; and their sons, Zachary J. Steinberg, 19; William A. Steinberg, 17.");
        Assert.Equal(["Bruce Steinberg", "Irene G. Steinberg", "Zachary J. Steinberg", "William A. Steinberg"], found.Select(m => m.Text));
        Assert.All(found, m => Assert.Equal(EntityType.Person, m.Type));

        Assert.Equal("James T. Kirk", Assert.Single(MentionFinder.Find("He played Captain James T. Kirk in the show.")).Text);
        Assert.DoesNotContain(MentionFinder.Find("The talks between N. Korea and S. Korean officials ended."), m => m.Text.StartsWith("S.", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_AHeadingInCapitals_NamesOnlyWhatTheGazetteerKnows()
    {
        var found = MentionFinder.Find("Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT ELON MUSK Elon Musk unveiled the car on Friday.");
        Assert.DoesNotContain(found, m => m.Text is "CLOSE" or "NEED" or "KNOW" or "WHAT YOU NEED");
        Assert.Contains(found, m => m.Text == "Elon Musk");

        var heading = MentionFinder.Find("Watch the report NORTH KOREA FIRES MISSILE OVER JAPAN as officials in Tokyo told residents to take cover.");
        Assert.Equal(["North Korea", "Japan", "Tokyo"], heading.Select(m => m.Known ?? m.Text));
    }

    [Fact]
    public void Find_AbbreviationsSideBySide_AreStillNames()
    {
        var found = MentionFinder.Find("Officials of the FBI and NATO met in Brussels, and the IAEA sent observers.");
        Assert.Equal(["FBI", "NATO", "Brussels", "IAEA"], found.Select(m => m.Text));
    }

    [Theory]
    [InlineData("NEW YORK City police said two men were arrested.", "NEW YORK City")]
    [InlineData("NEW DELHI police said the crowd had dispersed.", "NEW DELHI")]
    public void Find_APlaceOpeningWithNewInCapitals_IsThePlace(string text, string name)
    {
        Assert.Equal(EntityType.Place, Single(text, name).Type);
    }

    [Theory]
    [InlineData("The Bahnpersonal-Gewerkschaft, known by its initials BPG, called the strike.", "BPG", "Bahnpersonal-Gewerkschaft")]
    [InlineData("The Kenya Ports Authority, also known as KPA, halted loading on Monday.", "KPA", "Kenya Ports Authority")]
    [InlineData("Delegates of the Pan-African Parliament, or PAP, met in Midrand.", "PAP", "Pan-African Parliament")]
    public void Find_AnAbbreviationIntroducedInWords_ExpandsToTheNameBeforeIt(string text, string abbreviation, string expansion)
    {
        Assert.Equal(expansion, Single(text, abbreviation).Expansion);
    }

    [Theory]
    [InlineData("fr", "L'accord a été signé à Kiev.", "Kiev", "L'accord")]
    [InlineData("fr", "D'après Reuters, le président est arrivé.", "Reuters", "D'après Reuters")]
    [InlineData("fr", "L'Élysée a confirmé la visite.", "Élysée", "L'Élysée")]
    [InlineData("it", "Secondo l'Onu, la tregua regge.", "Onu", "l'Onu")]
    public void FindInArticle_AnElidedArticleIsNoPartOfAName(string language, string text, string name, string notName)
    {
        var found = MentionFinder.FindInArticle(SentenceSplitter.Split(text), language).SelectMany(m => m).ToList();

        Assert.Contains(found, m => m.Text == name);
        Assert.DoesNotContain(found, m => m.Text == notName);
    }

    [Theory]
    [InlineData("Talks between the US and Bank of England officials went on.", "Bank of England")]
    [InlineData("Shares of Apple and Google News fell.", "Google News")]
    [InlineData("The Senate and House Intelligence Committee met.", "House Intelligence Committee")]
    [InlineData("The consortium of Aguas del Levante and Majan Utilities won the bid.", "Majan Utilities")]
    [InlineData("She accused Big Machine and Dick Clark Productions of blocking the show.", "Dick Clark Productions")]
    [InlineData("Publishers such as Ubisoft and Take-Two Interactive signed up.", "Take-Two Interactive")]
    [InlineData("The rule was drafted by the Department of Homeland Security and Alex Azar last year.", "Alex Azar")]
    public void Find_TwoNamesJoinedByAnd_StayTwo(string text, string second)
    {
        Assert.Contains(MentionFinder.Find(text), m => m.Text == second);
    }

    [Theory]
    [InlineData("Executives from Microsoft met regulators in Brussels.", "Microsoft")]
    [InlineData("The deal would make Broadcom the third-largest chipmaker, behind Intel.", "Broadcom")]
    [InlineData("Workers at Samsung walked out on Tuesday.", "Samsung")]
    [InlineData("Twitter suspended the account on Friday.", "Twitter")]
    [InlineData("The pro-democracy newspaper Apple Daily closed in 2021.", "Apple Daily")]
    public void Find_CompaniesAreOrganisationsWhateverTheWordBefore(string text, string name)
    {
        Assert.Equal(EntityType.Organization, Single(text, name).Type);
        Assert.DoesNotContain(MentionFinder.Find(text), m => m.Text == "Apple");
    }

    [Theory]
    [InlineData("Trump said in a post on Twitter that the talks had failed.")]
    [InlineData("The minister posted a video on her Instagram account on Sunday.")]
    [InlineData("Coaches took to Facebook to voice their anger.")]
    public void Find_APlatformAStatementWasMadeOn_IsNoParty(string text) =>
        Assert.DoesNotContain(MentionFinder.Find(text), m => NameCues.Platforms.Contains(m.Text));

    [Theory]
    [InlineData("Google Glass never caught on with consumers.", "Google Glass", null)]
    [InlineData("The phone runs on a Qualcomm Snapdragon chip.", "Qualcomm Snapdragon", null)]
    [InlineData("Apple CEO Tim Cook met the president.", "Tim Cook", "Apple")]
    [InlineData("Microsoft President Brad Smith testified on Tuesday.", "Brad Smith", "Microsoft")]
    public void Find_AProductNamedAfterItsMakerIsOneName_AnOfficeAfterACompanySplitsIt(string text, string name, string? company)
    {
        Single(text, name);
        if (company is not null)
        {
            Assert.Equal(EntityType.Organization, Single(text, company).Type);
        }
    }

    [Fact]
    public void Find_ALetterAlone_IsNoName_ButInitialsBelongToTheNameAfterThem()
    {
        Assert.Equal(["J. K. Rowling"], MentionFinder.Find("He met J. K. Rowling on Monday.").Select(m => m.Text));
        Assert.Equal(["Rowling"], MentionFinder.Find("She wrote it on page J and signed it. Rowling was there.").Select(m => m.Text));
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
    public void Find_AWordAfterViaMayBeAPlace_ButNotSurely()
    {
        Assert.False(Single("The photos are sent via Bluetooth to the phone.", "Bluetooth").Confident);
        Assert.True(Single("The ferry sank in Geoje on Sunday.", "Geoje").Confident);
    }

    [Theory]
    [InlineData("NEW YORK — Authorities say two subway work trains collided.")]
    [InlineData("5.15 p.m: Authorities say the officer who was shot is in a stable condition.")]
    [InlineData("10:30 — Authorities closed the bridge.")]
    public void Find_TheWordAfterADatelineOrATimeStamp_OpensTheSentence(string text) =>
        Assert.True(Single(text, "Authorities").Initial);

    [Fact]
    public void Find_ReportsOffsetsIntoTheText()
    {
        const string text = "Talks ended. Choe's visit to Russia coincided with the drills.";
        Assert.All(MentionFinder.Find(text), m => Assert.Equal(m.Text, text.Substring(m.Start, m.Length)));
        Assert.Equal(["Choe", "Russia"], MentionFinder.Find(text).Select(m => m.Text));
    }

    [Theory]
    [InlineData("SEOUL (APW) — A fire tore through a ferry off Geoje early on Sunday.", "Seoul", EntityType.Place, "APW", EntityType.Organization)]
    [InlineData("GEOJE (Reuters) - A fire tore through a ferry early on Sunday.", "Geoje", EntityType.Place, "Reuters", EntityType.Organization)]
    public void Find_DatelineIsAPlaceAndTheCreditAnOrganisation(string text, string place, EntityType placeType, string credit, EntityType creditType)
    {
        var found = MentionFinder.Find(text);
        Assert.Equal(placeType, Single(text, place).Type);
        var agency = Single(text, credit);
        Assert.Equal(creditType, agency.Type);
        Assert.Null(agency.Expansion);
    }

    [Theory]
    [InlineData("Oceans and Fisheries Minister Kang Min-seo told the National Assembly on Tuesday that checks would end soon.", "Kang Min-seo", "Ministry of Oceans and Fisheries")]
    [InlineData("Minister of Oceans and Fisheries Kang Min-seo visited the port.", "Kang Min-seo", "Ministry of Oceans and Fisheries")]
    [InlineData("Agrarian Policy Minister Oleksandr Hrytsenko said the talks went well.", "Oleksandr Hrytsenko", "Ministry of Agrarian Policy")]
    public void Find_SplitsPortfolioFromMinister(string text, string person, string ministry)
    {
        var found = MentionFinder.Find(text);
        Assert.Equal(EntityType.Person, Assert.Single(found, m => m.Text == person).Type);
        Assert.Equal(EntityType.Organization, Assert.Single(found, m => m.Text == ministry).Type);
        Assert.DoesNotContain(found, m => m.Text is "Oceans" or "Fisheries" || m.Text.StartsWith("Fisheries ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A fire broke out on a ferry sailing from Busan for Jeju early on Sunday.", "Busan for Jeju")]
    [InlineData("Detectives of the National Anti-Corruption Bureau of Ukraine searched the ministry.", "Detectives of the National Anti-Corruption Bureau of Ukraine")]
    [InlineData("The captain of the ship, Pak Jun Ho, is being examined by the coast guard.", "Ho")]
    [InlineData("Sheikh Khalid bin Saeed Al Harthy, the Minister of Energy and Water Resources, will attend.", "Water Resources")]
    [InlineData("Officials at South Korea's Ministry of Unification said the men were healthy.", "South Korea's Ministry of Unification")]
    [InlineData("She wrote: Bet I'll be home late.", "Bet I'll")]
    public void Find_DoesNotMakeBogusSpans(string text, string bogus)
    {
        Assert.DoesNotContain(MentionFinder.Find(text), m => m.Text == bogus);
    }

    [Theory]
    [InlineData("The embassy said four Indonesian Citizens (WNI) working on the ferry were safe.", "WNI")]
    [InlineData("The embassy contacted the families of the four WNI on Monday.", "WNI")]
    public void Find_AbbreviationOfAKindOfPerson_IsNoOrganisation(string text, string name)
    {
        var mention = Single(text, name);
        Assert.NotEqual(EntityType.Organization, mention.Type);
        Assert.False(mention.Confident);
    }

    [Fact]
    public void Find_NameWithALowerCaseConnector_IsNoConfidentPerson()
    {
        var mention = Single("Oman awarded the contract to a consortium led by Spain's Aguas del Levante on Tuesday.", "Aguas del Levante");
        Assert.False(mention.Type == EntityType.Person && mention.Confident);
    }
}
