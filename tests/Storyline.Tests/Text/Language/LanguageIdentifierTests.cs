using Storyline.Text.Language;

namespace Storyline.Tests.Text.Language;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The government said on Monday that it would spend more money on schools and hospitals, but the opposition called the plan a promise that had been made many times before.")]
    [InlineData("es", "El gobierno anunció el lunes que invertirá más dinero en escuelas y hospitales, pero la oposición dijo que se trata de una promesa que ya se ha hecho muchas veces antes.")]
    [InlineData("fr", "Le gouvernement a annoncé lundi qu'il allait dépenser plus d'argent pour les écoles et les hôpitaux, mais l'opposition a dit que c'est une promesse qui a déjà été faite plusieurs fois.")]
    [InlineData("de", "Die Regierung hat am Montag angekündigt, dass sie mehr Geld für Schulen und Krankenhäuser ausgeben wird, aber die Opposition sagte, dass dies ein Versprechen sei, das schon oft gegeben wurde.")]
    [InlineData("it", "Il governo ha annunciato lunedì che spenderà più soldi per le scuole e gli ospedali, ma l'opposizione ha detto che si tratta di una promessa che è già stata fatta molte volte.")]
    [InlineData("pt", "O governo anunciou na segunda-feira que vai gastar mais dinheiro com as escolas e os hospitais, mas a oposição disse que é uma promessa que já foi feita muitas vezes.")]
    [InlineData("nl", "De regering heeft maandag aangekondigd dat zij meer geld gaat uitgeven aan scholen en ziekenhuizen, maar de oppositie zei dat het een belofte is die al vaak is gedaan.")]
    [InlineData("sv", "Regeringen meddelade på måndagen att den kommer att satsa mer pengar på skolor och sjukhus, men oppositionen sa att det är ett löfte som har getts många gånger förut.")]
    [InlineData("pl", "Rząd ogłosił w poniedziałek, że wyda więcej pieniędzy na szkoły i szpitale, ale opozycja powiedziała, że to jest obietnica, która była już składana wiele razy.")]
    [InlineData("tr", "Hükümet pazartesi günü okullar ve hastaneler için daha fazla para harcayacağını açıkladı, ancak muhalefet bunun daha önce de birçok kez verilen bir söz olduğunu söyledi ve yeni bir şey olmadığını belirtti.")]
    [InlineData("id", "Pemerintah mengumumkan pada hari Senin bahwa mereka akan menghabiskan lebih banyak uang untuk sekolah dan rumah sakit, tetapi oposisi mengatakan bahwa itu adalah janji yang sudah sering dibuat oleh para pejabat.")]
    [InlineData("vi", "Chính phủ cho biết vào thứ Hai rằng họ sẽ chi nhiều tiền hơn cho các trường học và bệnh viện, nhưng phe đối lập nói rằng đây là một lời hứa đã được đưa ra nhiều lần.")]
    [InlineData("ru", "Правительство заявило в понедельник, что потратит больше денег на школы и больницы, но оппозиция сказала, что это обещание, которое уже давали много раз, и ничего не изменилось.")]
    [InlineData("uk", "Уряд заявив у понеділок, що витратить більше грошей на школи та лікарні, але опозиція сказала, що це обіцянка, яку вже давали багато разів, і нічого не змінилося.")]
    [InlineData("ar", "أعلنت الحكومة يوم الاثنين أنها ستنفق المزيد من المال على المدارس والمستشفيات، لكن المعارضة قالت إن هذا وعد تم تقديمه مرات عديدة من قبل ولم يتغير أي شيء في البلاد.")]
    [InlineData("fa", "دولت روز دوشنبه اعلام کرد که پول بیشتری برای مدرسه ها و بیمارستان ها خرج خواهد کرد، اما مخالفان گفتند که این یک وعده است که بارها پیش از این داده شده است.")]
    [InlineData("hi", "सरकार ने सोमवार को कहा कि वह स्कूलों और अस्पतालों पर अधिक पैसा खर्च करेगी, लेकिन विपक्ष ने कहा कि यह एक ऐसा वादा है जो पहले भी कई बार किया जा चुका है।")]
    [InlineData("zh", "政府星期一宣布将在学校和医院方面投入更多资金，但反对派表示，这是一个以前已经多次做出的承诺，实际上什么都没有改变。")]
    [InlineData("ja", "政府は月曜日、学校や病院により多くの資金を使うと発表したが、野党はこれまで何度も繰り返されてきた約束にすぎないと述べた。")]
    [InlineData("ko", "정부는 월요일 학교와 병원에 더 많은 돈을 쓰겠다고 발표했지만, 야당은 이것이 이미 여러 번 반복된 약속일 뿐이라고 말했다.")]
    [InlineData("el", "Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι θα δαπανήσει περισσότερα χρήματα για τα σχολεία και τα νοσοκομεία, αλλά η αντιπολίτευση είπε ότι πρόκειται για μια υπόσχεση που έχει δοθεί πολλές φορές.")]
    [InlineData("he", "הממשלה הודיעה ביום שני כי תוציא יותר כסף על בתי ספר ובתי חולים, אך האופוזיציה אמרה כי מדובר בהבטחה שכבר ניתנה פעמים רבות בעבר ושום דבר לא השתנה.")]
    public void Identify_NewsSentence_ReturnsItsLanguage(string code, string text)
    {
        var guess = LanguageIdentifier.Identify(text);
        Assert.Equal(code, guess.Code);
        Assert.InRange(guess.Confidence, 0.01, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Breaking news")]
    [InlineData("Putin to visit North Korea soon, Kremlin says")]
    [InlineData("12345 67890 !!! ???")]
    public void Identify_TooShortOrNoLetters_IsUnknown(string text)
    {
        Assert.Null(LanguageIdentifier.Identify(text).Code);
    }

    [Fact]
    public void Identify_EvenlyMixedScripts_IsUnknown()
    {
        const string mixed = "The minister said the plan would start in spring and cover every region of the country this year " +
            "Министр сказал что программа начнётся весной и охватит все регионы страны уже в этом году и в следующем тоже";
        Assert.Null(LanguageIdentifier.Identify(mixed).Code);
    }

    private const string French = "Le gouvernement a annoncé lundi qu'il allait dépenser plus d'argent pour les écoles et les hôpitaux, mais l'opposition a dit que c'est une promesse qui a déjà été faite plusieurs fois. ";
    private const string English = "The government said on Monday that it would spend more money on schools and hospitals, but the opposition called the plan a promise that had been made many times before. ";
    private const string German = "Die Regierung hat am Montag angekündigt, dass sie mehr Geld für Schulen und Krankenhäuser ausgeben wird, aber die Opposition sagte, dass dies ein Versprechen sei, das schon oft gegeben wurde. ";

    [Fact]
    public void Identify_LongText_IsJudgedFromItsOpeningSample()
    {
        var french = string.Concat(Enumerable.Repeat(French, LanguageIdentifier.SampleCharacters / French.Length + 1));
        var english = string.Concat(Enumerable.Repeat(English, 3 * LanguageIdentifier.SampleCharacters / English.Length));

        Assert.Equal("fr", LanguageIdentifier.Identify(french + english).Code);
    }

    [Fact]
    public void Identify_LongTextWithAThinOpening_ReadsFurther()
    {
        var table = string.Concat(Enumerable.Range(0, LanguageIdentifier.SampleCharacters / 6 + 1).Select(i => $"{i % 10_000,5} "));
        var german = string.Concat(Enumerable.Repeat(German, 10));

        Assert.Equal("de", LanguageIdentifier.Identify(table + german).Code);
    }

    [Theory]
    [InlineData("alpha beta gamma", 8, "alpha ")]
    [InlineData("alpha beta gamma", 6, "alpha ")]
    [InlineData("alpha beta gamma", 5, "alpha")]
    [InlineData("alphabetagamma", 5, "alpha")]
    [InlineData("alpha", 10, "alpha")]
    public void Sample_EndsBeforeAWordTheLimitWouldCut(string text, int limit, string expected)
    {
        Assert.Equal(expected, LanguageIdentifier.Sample(text, limit).ToString());
    }
}
