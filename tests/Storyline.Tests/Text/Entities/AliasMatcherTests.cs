using Storyline.Text.Entities;

namespace Storyline.Tests.Text.Entities;

public class AliasMatcherTests
{
    [Theory]
    [InlineData("Choi Sun-hee", "Choe Son-hui")]
    [InlineData("Choe Son-hui", "Choe Son Hui")]
    [InlineData("Choi Sun-hee", "Choe Sonhui")]
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    [InlineData("Kim Jong Un", "Kim Jong-Un")]
    [InlineData("Zelensky", "Zelenskyy")]
    [InlineData("Zelenskyy", "Zelenskiy")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Gaddafi", "Qaddafi")]
    [InlineData("Muammar Gaddafi", "Moammar Qaddafi")]
    [InlineData("Muammar al-Gaddafi", "Muammar Kadhafi")]
    [InlineData("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("Mohammed bin Salman", "Muhammad bin Salman")]
    [InlineData("Choe", "Choe Son-hui")]
    [InlineData("Mr. Putin", "Vladimir Putin")]
    [InlineData("President Putin", "Vladimir Putin")]
    [InlineData("KCNA", "Korean Central News Agency")]
    [InlineData("KCNA", "North Korea Central News Agency")]
    [InlineData("Korean Central News Agency", "North Korea Central News Agency")]
    [InlineData("DPRK", "North Korea")]
    [InlineData("Democratic People's Republic of Korea", "North Korea")]
    [InlineData("North Korean", "DPRK")]
    [InlineData("Russian Federation", "Russia")]
    [InlineData("US", "United States of America")]
    [InlineData("U.S.", "USA")]
    [InlineData("American", "United States")]
    [InlineData("UN", "United Nations")]
    [InlineData("NATO", "North Atlantic Treaty Organization")]
    [InlineData("WHO", "World Health Organization")]
    [InlineData("IAEA", "International Atomic Energy Agency")]
    [InlineData("OPEC", "Organization of the Petroleum Exporting Countries")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("George W Bush", "George Bush")]
    [InlineData("Park Jun-ho", "Park Junho")]
    [InlineData("Park Jun-ho", "Pak Jun Ho")]
    [InlineData("Mr. Park", "Park Jun-ho")]
    [InlineData("Park", "Pak Jun Ho")]
    [InlineData("Kang Min-seo", "Kang Minseo")]
    [InlineData("Kang Min Seo", "Kang Min-seo")]
    [InlineData("Minister Kang", "Kang Min-seo")]
    [InlineData("Choi Young-soo", "Choe Yong Su")]
    [InlineData("Oleksandr Hrytsenko", "Olexandr Hrytsenko")]
    [InlineData("Rahmat Hidayat", "Rachmat Hidajat")]
    [InlineData("Jürgen Kowalski", "Juergen Kowalski")]
    [InlineData("Korea Coast Guard", "KCG")]
    [InlineData("National Anti-Corruption Bureau of Ukraine", "NABU")]
    [InlineData("Oman Water Security Authority", "OWSA")]
    [InlineData("Ministry of Unification", "Unification Ministry")]
    [InlineData("Ministry of Oceans and Fisheries", "Oceans and Fisheries Ministry")]
    [InlineData("Kevin Oh", "Oh")]
    [InlineData("Oleksandr Hrytsenko", "Aleksandr Gritsenko")]
    public void Matches_VariantsOfOneEntity_Match(string a, string b)
    {
        Assert.True(AliasMatcher.Matches(a, b), $"{a} ~ {b}");
        Assert.True(AliasMatcher.Matches(b, a), $"{b} ~ {a}");
    }

    [Theory]
    [InlineData("Kim Jong Un", "Kim Jong Il")]
    [InlineData("Kim Jong Un", "Kim Yo Jong")]
    [InlineData("Joe Biden", "Hunter Biden")]
    [InlineData("Maria Sanchez", "Mario Sanchez")]
    [InlineData("George Bush", "Jeb Bush")]
    [InlineData("North Korea", "South Korea")]
    [InlineData("DPRK", "ROK")]
    [InlineData("Russia", "Belarus")]
    [InlineData("Austria", "Australia")]
    [InlineData("Russian Foreign Ministry", "Ukrainian Foreign Ministry")]
    [InlineData("KCNA", "Korean Broadcasting System")]
    [InlineData("Vladimir Putin", "Vladimir Zelensky")]
    [InlineData("Sergey Lavrov", "Sergey Shoigu")]
    [InlineData("Choe Son-hui", "Choe Ryong-hae")]
    [InlineData("Moscow", "Russia")]
    [InlineData("Iran", "Iraq")]
    [InlineData("Ho", "Park Jun-ho")]
    [InlineData("Ho", "Pak Jun Ho")]
    [InlineData("Jun", "Park Jun-ho")]
    [InlineData("Seo", "Kang Min-seo")]
    [InlineData("Un", "Kim Jong Un")]
    [InlineData("Hanbit Star", "Hanbit Dawn")]
    [InlineData("Seoul", "APW")]
    [InlineData("Park Jun-ho", "Park Min-seo")]
    [InlineData("Ministry of Unification", "Ministry of Defense")]
    public void Matches_DifferentEntities_DoNotMatch(string a, string b)
    {
        Assert.False(AliasMatcher.Matches(a, b), $"{a} !~ {b}");
        Assert.False(AliasMatcher.Matches(b, a), $"{b} !~ {a}");
    }

    [Theory]
    [InlineData("Choi", "Choe")]
    [InlineData("Sun", "Son")]
    [InlineData("hee", "hui")]
    [InlineData("Zelensky", "Zelenskiy")]
    public void SameWord_RomanisationVariants_Match(string a, string b) => Assert.True(NameKey.SameWord(a, b));

    [Theory]
    [InlineData("Un", "Il")]
    [InlineData("Joe", "Hunter")]
    [InlineData("Jong", "Yo")]
    public void SameWord_DifferentWords_DoNotMatch(string a, string b) => Assert.False(NameKey.SameWord(a, b));
}
