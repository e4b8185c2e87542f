using Storyline.Stories;
using static Storyline.Tests.Stories.StoryFixtures;

namespace Storyline.Tests.Stories;

public class ChromeTests
{
    [Theory]
    [InlineData("We have sent you a verification email.", true)]
    [InlineData("For a better experience, we recommend that you enable JavaScript.", true)]
    [InlineData("Please share my name and email address with the organisers.", true)]
    [InlineData("This article is over 3 months old.", true)]
    [InlineData("The story was updated to correct the spelling of a name.", true)]
    [InlineData("Sign up to our newsletter for the day's top stories.", true)]
    [InlineData("The judge forwarded at least eight emails to an employee of the attorney general's office.", false)]
    [InlineData("The article was published in a medical journal on Tuesday.", false)]
    [InlineData("Ferry crews voted to accept the company's offer on Sunday.", false)]
    public void AddressesReader_IsASitesWordToItsReader(string sentence, bool addresses)
    {
        Assert.Equal(addresses, Chrome.AddressesReader(sentence));
    }

    [Theory]
    [InlineData("The coast guard said the fire broke out on the vehicle deck shortly before dawn.")]
    [InlineData("그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다.")]
    [InlineData("海警部门表示，火灾发生在凌晨时分的车辆甲板上，三名乘客不幸遇难。")]
    [InlineData("海上保安庁によると、火災は未明に車両甲板で発生し、乗客三人が死亡した。")]
    [InlineData("وقال خفر السواحل إن الحريق اندلع على سطح السيارات قبل الفجر بقليل.")]
    [InlineData("NASA, the FAA and the US Air Force said the launch would go ahead on Tuesday.")]
    [InlineData("APPLE HAS REVEALED that it removed the messaging app from its store last week.")]
    public void IsChrome_ProseInAnyScript_IsNot(string sentence)
    {
        Assert.False(Chrome.IsChrome(sentence));
    }

    [Theory]
    [InlineData("Home News Sport Business Culture")]
    [InlineData("홈 뉴스 연예 스포츠")]
    [InlineData("首页 新闻 体育")]
    [InlineData("Subscribe to our newsletter for the latest stories.")]
    [InlineData("뉴스레터 구독하기 https://news.example.kr")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("CLOSE John Mahoney, who played the father on the sitcom, dies at 77.")]
    [InlineData("Time 36 of 41 Skip CLOSE WHAT YOU NEED TO KNOW ABOUT THE LAUNCH Here is how the rocket flies.")]
    [InlineData("Getty - Contributor The couple announced the birth on Instagram.")]
    [InlineData("Add Weather as an interest to stay up to date on the latest Weather news, video, and analysis.")]
    [InlineData("Related stories 'I feel really enthused' Everton announce their new manager on an 18-month deal")]
    [InlineData("We are telling a story of the city each day this year. Click to read today's story.")]
    [InlineData("Update, March 12: this post has been updated to reflect the coast guard's new count of the dead.")]
    [InlineData("This article has been revised to correct the name of the ferry's operator.")]
    [InlineData("Image caption the ferry's owner at the pier in Geoje the coast guard said the engine had failed twice")]
    [InlineData("Media caption Footage shows the ferry drifting off the coast the operator said all 187 were safe")]
    [InlineData("Related: second ferry of the same operator loses power at sea")]
    [InlineData("[ related: how ferries are inspected in South Korea ] the operator said the engine was new")]
    [InlineData("See also: the ten worst ferry disasters of the decade the coast guard said the crew had acted quickly")]
    [InlineData("( more: ferry passengers describe the night at sea the operator said the engine was new")]
    [InlineData("Facebook Twitter Pinterest Divers reach the hull of the ferry off Geoje on Monday.")]
    [InlineData("The ferry at the pier this morning A post shared by Harbour Watch (@harbour.watch) on Mar 9, 2025 at 6:02am PDT")]
    [InlineData("A post shared by Mina (ferry fan) Park (@mina_park_) on Mar 9, 2025 at 10:56pm PDT")]
    [InlineData("Three dead as fire engulfs ferry near Geoje Updated: 2025-03-09 13:14 By Agencies (Harbour Daily)")]
    [InlineData("Scroll down for video of the ferry as it burned off the coast")]
    [InlineData("Look back at the history of the harbour ferry each day in 2024.")]
    [InlineData("Take a trip down memory lane and see what the harbour looked like in 1995.")]
    [InlineData("Watch the documentary on the ferry disaster at 10 p.m. on Harbour TV.")]
    [InlineData("See more of Harbour Ferry Fans on Facebook")]
    [InlineData("A version of this article appears in print on , on Page A 14 of the New York edition with the headline: Ferry Operator Raided.")]
    public void IsChrome_MenusLinksAndNotices_Are(string sentence)
    {
        Assert.True(Chrome.IsChrome(sentence));
    }

    // A site's notices use words that a story also uses in its prose; these are the site's.
    [Theory]
    [InlineData("Join the conversation and share your comments with the ferry desk on Facebook.")]
    [InlineData("There are 14 comments on this story so far, most of them from readers.")]
    [InlineData("Comments are closed for this article after seven days.")]
    [InlineData("This website uses cookies, and you can change your cookie settings at any time.")]
    [InlineData("Copyright 2025 The Harbour Courier, republished with permission.")]
    [InlineData("Image copyright Harbour Pics Image caption Divers reached the hull at noon")]
    [InlineData("You must log in to continue reading about the ferry fire.")]
    [InlineData("Sign in with your account to read the full report on the fire.")]
    [InlineData("Listen to this story as read aloud by one of our presenters.")]
    [InlineData("The full interview is available to subscribers only from tomorrow morning.")]
    [InlineData("Sign up for breaking news emails and read our privacy policy for details.")]
    [InlineData("If the launch slips again, you can sign up for the Courier's space calendar to get a reminder.")]
    [InlineData("Digital access for the most complete local coverage of the harbour, subscribe today.")]
    [InlineData("Could not subscribe, try again later Invalid Email The ferry sank on Tuesday.")]
    [InlineData("Get harbour and shipping news in your inbox every weekday morning.")]
    [InlineData("Have breaking news about the ferry sent straight to your inbox.")]
    [InlineData("Morning Briefing: what you need to know to start your day, delivered to your inbox Monday through Friday.")]
    [InlineData("The news and stories that matter from the harbour, delivered weekday mornings.")]
    [InlineData("Whenever our ferry reporter posts new content, you'll get an email delivered to your inbox with a link.")]
    public void IsChrome_NoticesInTheWordsOfProse_Are(string sentence)
    {
        Assert.True(Chrome.IsChrome(sentence));
    }

    // The same words in a story's own sentences.
    [Theory]
    [InlineData("The minister's comments on the ferry operator surprised the families of the passengers.")]
    [InlineData("In comments to reporters on Monday, the captain said the engine had failed twice.")]
    [InlineData("The bakery sold a chocolate chip cookie to every passenger who reached the harbour.")]
    [InlineData("A warning sign in the picture tells swimmers to keep away from the wreck.")]
    [InlineData("The author filed a copyright lawsuit against the studio in federal court.")]
    [InlineData("Owners can log into their account from a phone to check the settings.")]
    [InlineData("The mayor promised to listen to their concerns about the harbour before the vote.")]
    [InlineData("If you only want the sports channel, you can sign up for a free seven-day trial.")]
    [InlineData("The streaming service added 40,000 subscribers in the quarter, the company said.")]
    [InlineData("Apple launched its own gaming subscription service in September of that year.")]
    [InlineData("The app was removed after it violated its terms of service, the store said.")]
    [InlineData("Regulators said the company had broken Facebook's privacy policy twice this year.")]
    [InlineData("Police warned that a fake invoice from the ferry operator may land in your inbox this week.")]
    [InlineData("The news of the sinking was delivered every hour by the harbour master to waiting families.")]
    [InlineData("Police said the two fires on the ferry were not related: one began in the engine room.")]
    [InlineData("Related charges against the ferry's owner were filed in Geoje on Monday, prosecutors said.")]
    [InlineData("The schedule was updated on 2025-03-09 after the fire, the operator said.")]
    [InlineData("Investigators will watch the video from the deck cameras to find where the fire began, police said.")]
    [InlineData("Take the ferry from Geoje and you will see more of the coast than from the bridge, the guide said.")]
    public void IsChrome_ProseThatSharesWordsWithNotices_IsNot(string sentence)
    {
        Assert.False(Chrome.IsChrome(sentence));
    }

    [Theory]
    [InlineData("The ferry sails again on Tuesday — Harbour Watch (@harbourwatch) March 9, 2025", "March 9, 2025")]
    [InlineData("Divers reached the hull — the ferry's third accident — on March 9, 2025.", null)]
    [InlineData("The coast guard (@kcg) said the fire was out on March 9, 2025.", null)]
    public void PostDayAt_TheDayUnderAnEmbeddedPostsSignature(string sentence, string? day)
    {
        var at = Chrome.PostDayAt(sentence);

        Assert.Equal(day, at < 0 ? null : sentence[at..]);
    }

    [Theory]
    [InlineData("Mina Sorensen is a maritime writer and columnist based in Busan.", true)]
    [InlineData("Lee Jin-man is an Associated Press correspondent covering the Korean shipping industry.", true)]
    [InlineData("Park Junho is an experienced captain who has sailed the route for years.", false)]
    [InlineData("Captain Park is a writer too, and Park said so on Monday.", false)]
    public void IsAuthorNote_AWritersNoteNamingNoOneElseInTheStory(string sentence, bool note)
    {
        var text = "The ferry sank off Geoje on Sunday after its engine failed, the coast guard said. Captain Park Junho said the crew had acted quickly. " + sentence;

        Assert.Equal(note, Chrome.IsAuthorNote(sentence, text));
    }

    [Fact]
    public void IsAuthorNote_AWriterTheStoryIsAbout_IsProse()
    {
        const string Text = "Kang Mi-ra is an outspoken blogger and an icon of the harbour protests. Kang was sentenced to two years on Monday.";

        Assert.False(Chrome.IsAuthorNote("Kang Mi-ra is an outspoken blogger and an icon of the harbour protests.", Text));
    }

    [Fact]
    public void WithoutLineCredits_DropsAPhotoCreditThatOpensSeveralCaptions()
    {
        const string Text = "The truck drove into the crowd.\nHarbour Pics Police closed the promenade at midnight\n"
            + "Harbour Pics Scores of people were hurt in the crush\nHarbour Pics Forensics teams worked through the night\nThe mayor spoke at dawn.";

        var cleaned = Chrome.WithoutLineCredits(Text);

        Assert.Equal("The truck drove into the crowd.\nPolice closed the promenade at midnight\nScores of people were hurt in the crush\n"
            + "Forensics teams worked through the night\nThe mayor spoke at dawn.", cleaned);
    }

    [Theory]
    [InlineData("North Korea fired a missile.\nNorth Korea said it was a test.\nNorth Korea Foreign Ministry spoke.\nNorth Korea will go on.")]
    [InlineData("Harbour Pics Police closed the road\nHarbour Pics Scores of people were hurt\nThe mayor spoke.")]
    [InlineData("One line with no breaks at all, Harbour Pics Police.")]
    [InlineData("Prime Minister Theresa May spoke first.\nPrime Minister Boris Johnson spoke next.\nPrime Minister Justin Trudeau spoke last.")]
    public void WithoutLineCredits_LeavesNamesThatOpenSentencesAndRareOpenersAlone(string text)
    {
        Assert.Equal(text, Chrome.WithoutLineCredits(text));
    }

    [Theory]
    [InlineData("Why did the ferry sink? Advertisement The coast guard said the engine failed.", "Why did the ferry sink? \n The coast guard said the engine failed.")]
    [InlineData("Families waited at the pier. advertisement", "Families waited at the pier. \n")]
    [InlineData("Advertisement Continue reading the main story the coast guard said on Monday.", "\n the coast guard said on Monday.")]
    [InlineData("The captain was booked. Continue reading the main story Officials raided the office.", "The captain was booked. \n Officials raided the office.")]
    [InlineData("Advertisement\nThe coast guard said the engine failed.", "\n\nThe coast guard said the engine failed.")]
    [InlineData("The ferry burned for hours. (AP Photo/Lee Jin-man, File) (Associated Press) Divers reach the hull.", "The ferry burned for hours. \n \n Divers reach the hull.")]
    [InlineData("Smoke rises from the ferry (REUTERS/Kim Hong-ji) off Geoje.", "Smoke rises from the ferry \n off Geoje.")]
    [InlineData("Divers reach the hull. (Korea Coast Guard via AP) The ferry sank.", "Divers reach the hull. \n The ferry sank.")]
    [InlineData("Divers reach the hull (Photo: Lee Jin-man) at dawn.", "Divers reach the hull \n at dawn.")]
    [InlineData("Play Facebook Twitter Embed Coast guard: ferry lost power twice 1:01 The ferry sank on Sunday.", "\n The ferry sank on Sunday.")]
    [InlineData("facebook twitter google plus embed 0: 48 the ferry sank on sunday.", "\n the ferry sank on sunday.")]
    [InlineData("Skip ad x embed x share Divers describe the hull. The ferry sank.", "\n Divers describe the hull. The ferry sank.")]
    [InlineData("Get alerts. The news and stories that matter, delivered weekday mornings. / The ferry sank.", "Get alerts. \n / The ferry sank.")]
    [InlineData("Story highlights The ferry lost power twice\nThe ferry sank.", "\n The ferry lost power twice\nThe ferry sank.")]
    [InlineData("It sank. story highlights divers reached it", "It sank. \n divers reached it")]
    [InlineData("( photo: lee jin-man, ap ) story highlights divers reached it", "\n \n divers reached it")]
    [InlineData("Divers at the pier. Lee Jin-man/AP Buy Photo The ferry sank.", "Divers at the pier. Lee Jin-man/AP \n The ferry sank.")]
    [InlineData("( photo: harbour courier ) buy photo the ferry sank.", "\n \n the ferry sank.")]
    public void WithoutInsertedMarkers_BreaksTheLineWhereAPageMarkerStood(string text, string expected)
    {
        Assert.Equal(expected, Chrome.WithoutInsertedMarkers(text));
    }

    [Fact]
    public void Prose_DecodesCharacterReferencesAPlainTextLeftAndDropsMarkers()
    {
        var article = Member("a", "Store closes", "Barnes &amp; Noble shut its store in Busan. (AP Photo/Lee Jin-man) &#124; The ferry sank.").Article;
        Assert.Equal("Barnes & Noble shut its store in Busan. \n | The ferry sank.", ReadArticle.Prose(article));
    }

    [Theory]
    [InlineData("Advertisement revenue at the ferry operator fell by a fifth last year.")]
    [InlineData("The operator ran an advertisement. The coast guard said nothing.")]
    [InlineData("The operator said: \"Advertisement is how we reach new passengers.\"")]
    [InlineData("The word \"advertisement\" appeared on every ticket.")]
    [InlineData("The captain told The Associated Press (AP) that the engine had failed.")]
    [InlineData("Reuters photographers (and AP staff) reached the pier at noon.")]
    [InlineData("SEOUL (Reuters) - The ferry sank (photographs show its hull) off Geoje.")]
    [InlineData("The story highlights how little the operator spent on its engines.")]
    [InlineData("The news of the sinking was delivered every hour by the harbour master.")]
    [InlineData("Users can embed the coast guard's video on Facebook, Twitter and their own pages.")]
    [InlineData("Families could buy photo albums of the ferry at the pier.")]
    [InlineData("Officials at the pier said the stories were delivered every day.")]
    public void WithoutInsertedMarkers_LeavesTheWordInProseAlone(string text)
    {
        Assert.Equal(text, Chrome.WithoutInsertedMarkers(text));
    }

    [Fact]
    public void Synthesize_LeadAfterAPageMarker_IsReadAsProse()
    {
        // A flattened copy keeps the page's marker inside the line, and the lead after it was dropped with the marker.
        var view = Synthesize(
            Member("a", "Ferry sinks off Geoje", "Advertisement Continue reading the main story GEOJE — A passenger ferry sank off the island of Geoje on Sunday after its engine failed, the coast guard said. Fishing boats from the island's two harbours reached the ferry within an hour and took everyone off."));

        Assert.True(view.Summary.Contains("A passenger ferry sank off the island of Geoje on Sunday after its engine failed", StringComparison.Ordinal), view.Summary);
        Assert.DoesNotContain("Advertisement", view.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Three dead, 41 injured in ferry fire off Geoje on Sunday", 11)]
    [InlineData("海警部门表示，火灾发生在凌晨时分的车辆甲板上。", 11)]
    [InlineData("그래서 처음 이러한 사진 공개에 대한 대중들의 반응은", 12)]
    public void WordCount_CountsAsAnEnglishReaderWould(string text, int words)
    {
        Assert.Equal(words, Chrome.WordCount(text));
    }

    [Fact]
    public void Synthesize_KoreanStory_HasASummaryAndATimeline()
    {
        // Caseless scripts used to fail every capital-letter rule, so a Korean story came out with no prose at all.
        var view = Synthesize(
            Member("a", "제주 여객선 화재", "해양경찰청은 21일 새벽 제주에서 부산으로 가던 여객선 차량 갑판에서 불이 나 승객 세 명이 숨졌다고 밝혔다. 구조대는 승객 백여 명을 인근 섬으로 옮겼다."),
            Member("b", "여객선 화재로 세 명 사망", "21일 새벽 거제도 앞바다를 지나던 여객선에서 화재가 발생해 세 명이 숨지고 마흔 명이 다쳤다고 해경이 발표했다."));

        Assert.Contains("해양경찰청", view.Summary, StringComparison.Ordinal);
        Assert.Contains(view.Timeline, e => e.Date == "2024-01-21");
    }

    [Fact]
    public void Synthesize_KoreanStory_NamesItsCountriesAndCities()
    {
        var view = Synthesize(
            Member("a", "북한, 어민 6명 송환", "북한은 18일 판문점을 통해 어민 6명을 한국으로 돌려보냈다고 통일부가 밝혔다. 돌아온 어민들은 건강 검진을 받기 위해 서울의 병원으로 옮겨졌다."),
            Member("b", "North Korea returns fishermen", "North Korea returned six South Korean fishermen through Panmunjom on Tuesday, Seoul's unification ministry said."));

        Assert.Contains(view.Entities, e => e.Name == "North Korea" && e.Aliases.Contains("북한"));
        Assert.Contains(view.Entities, e => e.Name == "Seoul" && e.Aliases.Contains("서울"));
    }

    [Theory]
    [InlineData("SEOUL (Reuters) - Fire swept through the ferry.", "Fire swept through the ferry.")]
    [InlineData("JAKARTA - The embassy said all four were safe.", "The embassy said all four were safe.")]
    [InlineData("SAN JOSE, Dec 31 (Reuters) - A plane crash in Costa Rica killed 12.", "A plane crash in Costa Rica killed 12.")]
    [InlineData("SAN JOSE, Costa Rica — Costa Rican investigators said winds were to blame.", "Costa Rican investigators said winds were to blame.")]
    [InlineData("OFER PRISON, West Bank, Jan 1 (Reuters) - Israel indicted a girl on Monday.", "Israel indicted a girl on Monday.")]
    [InlineData("Indianapolis – Several thousand teachers surrounded the Statehouse on Tuesday.", "Several thousand teachers surrounded the Statehouse on Tuesday.")]
    [InlineData("Seoul, South Korea — A North Korean soldier walked across the border.", "A North Korean soldier walked across the border.")]
    [InlineData("Pittsburgh (AP) – Fans lined the streets for the parade.", "Fans lined the streets for the parade.")]
    [InlineData("Mr Kim – Who had been warned – stayed at home.", "Mr Kim – Who had been warned – stayed at home.")]
    [InlineData("Daehan Coastal Lines – The operator of the ferry – said it would help.", "Daehan Coastal Lines – The operator of the ferry – said it would help.")]
    [InlineData("The fire, officials said - in a statement - killed three.", "The fire, officials said - in a statement - killed three.")]
    [InlineData("NATO, the alliance said - was ready to help.", "NATO, the alliance said - was ready to help.")]
    [InlineData("West Palm Beach, Florida (CNN) President Donald Trump said Thursday he was disappointed.", "President Donald Trump said Thursday he was disappointed.")]
    [InlineData("Gaithersburg, md. ( ap ) — a small jet crashed into a house on monday.", "a small jet crashed into a house on monday.")]
    [InlineData("( cnn ) the suspect is believed to have acted alone, police said.", "the suspect is believed to have acted alone, police said.")]
    [InlineData("Officials told the AP (AP) nothing.", "Officials told the AP (AP) nothing.")]
    [InlineData("Plainfield ( wthr ) - a deadly bite may be to blame.", "a deadly bite may be to blame.")]
    [InlineData("Minneapolis (WCCO) — A man was rescued from the river.", "A man was rescued from the river.")]
    [InlineData("( cbs4 ) a fire broke out overnight.", "a fire broke out overnight.")]
    [InlineData("Boston ( wbz/cnn ) a teacher was honoured.", "a teacher was honoured.")]
    [InlineData("Smith (week 3) led the league in passing.", "Smith (week 3) led the league in passing.")]
    // A text kept in lower case but for its sentences' openings, and what a page's player or byline box leaves before it.
    [InlineData("Los angeles — the city council voted on tuesday.", "the city council voted on tuesday.")]
    [InlineData("Washington — rep. Joe kennedy accused the president.", "rep. Joe kennedy accused the president.")]
    [InlineData("Syria — a country at war for years — held a vote.", "Syria — a country at war for years — held a vote.")]
    [InlineData("- a 16-year-old girl has been gored by a bison.", "a 16-year-old girl has been gored by a bison.")]
    [InlineData("Close the parents of a boy were arrested monday.", "the parents of a boy were arrested monday.")]
    [InlineData("Close friends of the boy said he was shy.", "Close friends of the boy said he was shy.")]
    [InlineData("Close to 200 people were evacuated.", "Close to 200 people were evacuated.")]
    [InlineData("Published on jun 6, 2018 multiple police officers were placed on leave.", "multiple police officers were placed on leave.")]
    [InlineData("/ updated by cassandra vinograd the city has banned the swimsuits.", "the city has banned the swimsuits.")]
    [InlineData("/ updated by jonathan allen, pete williams and julia ainsley the deputy will meet the president.", "the deputy will meet the president.")]
    [InlineData("/ updated / source: nbc news by jennifer chowdhury on monday, the state sentenced her.", "on monday, the state sentenced her.")]
    [InlineData("Article excerpt europeans traded blame monday over the outbreak.", "europeans traded blame monday over the outbreak.")]
    [InlineData("Article excerpt washington — house lawmakers defeated the bill.", "house lawmakers defeated the bill.")]
    [InlineData("( brynn anderson/ap ) roy moore's campaign was jolted on thursday.", "roy moore's campaign was jolted on thursday.")]
    [InlineData("( washington post illustration; istock ) researchers have known this for decades.", "researchers have known this for decades.")]
    [InlineData("( adds details, quotes ) by rajendra jadhav mumbai, sept 27 ( reuters ) - a block collapsed.", "by rajendra jadhav mumbai, sept 27 ( reuters ) - a block collapsed.")]
    [InlineData("Getty obama makes a joke at the turkey pardon.", "obama makes a joke at the turkey pardon.")]
    [InlineData("Jan. 1, 2015, 11: 43 pm gmt / updated jan. 2, 2015, 4: 40 pm gmt two men were arrested.", "two men were arrested.")]
    [InlineData("Oct. 14, 2017, 2: 56 pm gmt / updated oct. 14, 2017, 6: 07 pm gmt by reuters, yelena dzhanova and jay varela a decades-old inquiry was closed.", "a decades-old inquiry was closed.")]
    [InlineData("March 21, 2018, 2: 34 pm gmt / updated march 21, 2018, 2: 34 pm gmt / source: associated press hbo host john oliver has trolled his way to the top.", "hbo host john oliver has trolled his way to the top.")]
    [InlineData("Dmitry savin/getty they don't snore, but might creak.", "they don't snore, but might creak.")]
    [InlineData("File photo the ashes of cremated catholics cannot be kept at home.", "the ashes of cremated catholics cannot be kept at home.")]
    [InlineData("Photo a couple of years ago, a retired landscaper saw an article.", "a couple of years ago, a retired landscaper saw an article.")]
    [InlineData("Photo enforcement cameras were installed on the bridge.", "Photo enforcement cameras were installed on the bridge.")]
    [InlineData("Getty Images said it had licensed the picture.", "Getty Images said it had licensed the picture.")]
    [InlineData("( cnn ) \"we do not need tears,\" the doctors wrote.", "\"we do not need tears,\" the doctors wrote.")]
    [InlineData("(Two of the victims were children.) Police said the driver fled.", "(Two of the victims were children.) Police said the driver fled.")]
    [InlineData("Embed more news videos a family says they were kicked off a plane.", "a family says they were kicked off a plane.")]
    public void WithoutDateline_TakesOffThePlaceAndAgencyALeadOpensWith(string sentence, string prose)
    {
        Assert.Equal(prose, Chrome.WithoutDateline(sentence));
    }
}
