namespace Storyline.Text.Entities;

/// <summary>
/// Spellings of one name that no letter rule of <see cref="NameKey"/> derives, and the looser rules of Korean
/// romanisation.
/// </summary>
/// <remarks>
/// Korean family names are romanised by convention rather than by sound: 이 is "Lee" in the South, "Ri" in the North
/// and "Yi" or "Rhee" elsewhere; 노 is "Roh" or "No". Ukrainian given names are Russian ones spelled from
/// Ukrainian ("Volodymyr" is "Vladimir", "Oleh" is "Oleg"), with letters that differ in ways a rule would also
/// find in names that are not variants (h and g), and German and French write them their own way ("Michail",
/// "Sergueï"). English given names have short forms that no letter rule finds either ("Joe" for "Joseph", "Bill"
/// for "William"). All three are short tables of public conventions.
/// <para>
/// The two Korean systems in the press (McCune–Reischauer and Revised Romanization) also differ in voicing:
/// "Chung" and "Jung", "Pak" and "Bak", "Taegu" and "Daegu". Those folds would join "Todd" and "Dodd", so they apply
/// only to names that look Korean (<see cref="LooksKorean"/>).
/// </para>
/// </remarks>
internal static class NameVariants
{
    // One group of equivalent spellings per line.
    private const string Groups = """
        lee yi rhee ri rhie
        roh no noh
        lim im rim
        ahn an
        heo hur huh
        oh o
        seo suh
        jeon chun jun chon
        volodymyr vladimir
        oleksandr olexandr aleksandr alexander
        oleksiy oleksii olexiy alexei aleksei alexey aleksey alexej oleksij
        mykola mikola nikolai nikolay nikolaj
        mykhailo mykhaylo mikhail michail mychajlo
        andriy andrii andrei andrey andrej andrij
        serhiy serhii sergei sergey sergej serguei serhij
        yuriy yurii yuri yury juri jurij iouri
        dmytro dmitry dmitri
        petro pyotr petr
        pavlo pavel
        vasyl vasily vasili wassili wassilij
        hryhoriy hryhorii grigory grigori
        oleh oleg
        ihor igor
        yevhen yevgeny yevgeni evgeny jewgeni jewgenij evgueni
        hennadiy gennady gennadi
        olena yelena elena jelena
        halyna galina
        kateryna yekaterina ekaterina jekaterina
        tetiana tetyana tatiana tatyana tatjana
        iryna irina
        kyrylo kirill
        maksym maxim maksim
        bohdan bogdan
        heorhiy heorhii georgy georgiy
        denys denis
        yuliia yuliya yulia julija
        viacheslav vyacheslav wjatscheslaw viatcheslav
        arseniy arsenii arseny
        joseph joe
        william bill billy
        robert bob bobby
        michael mike
        james jim jimmy
        thomas tom tommy
        richard dick rick
        daniel dan danny
        david dave
        steven stephen steve
        christopher chris
        anthony tony
        edward ed eddie
        nicholas nick
        patrick pat
        matthew matt
        benjamin ben
        samuel sam
        andrew andy
        joshua josh
        jonathan jon
        timothy tim
        kenneth ken
        gregory greg
        elizabeth liz beth
        katherine catherine kathy kate
        jennifer jenny
        susan sue
        margaret maggie peggy
        """;

    private static readonly Dictionary<string, int> GroupOf = Build();

    /// <summary>True when both words are spellings in one group of the table.</summary>
    public static bool SameGroup(string plainA, string plainB) =>
        GroupOf.TryGetValue(plainA, out var a) && GroupOf.TryGetValue(plainB, out var b) && a == b;

    /// <summary>True when a word is one of the Korean family names of the table.</summary>
    public static bool IsKoreanFamilyName(string plain) => GroupOf.TryGetValue(plain, out var group) && group < KoreanGroups;

    /// <summary>
    /// True for a name that looks Korean: written family name first with syllables for given names
    /// ("Chung Eui-yong", "Pak Kun Hye"), or with a Korean family name of the table ("Syngman Rhee").
    /// </summary>
    public static bool LooksKorean(IReadOnlyList<string> words) =>
        AliasMatcher.FamilyNameFirst(words) || words.Any(w => IsKoreanFamilyName(NameKey.Plain(w)));

    /// <summary>
    /// The word with the spelling differences of the two Korean romanisations folded away: voiced and unvoiced
    /// openings ("Chung", "Jung"; "Pak", "Bak"; "Taegu", "Daegu"), "shi" for "si" ("Shin", "Sin") and a closing "h"
    /// after a vowel ("Koh", "Ko").
    /// </summary>
    public static string KoreanFold(string word)
    {
        var s = NameKey.Plain(word);
        if (s.StartsWith("ch", StringComparison.Ordinal))
        {
            s = "j" + s[2..];
        }
        else if (s.Length > 1 && s[0] is 't' or 'p')
        {
            s = (s[0] == 't' ? "d" : "b") + s[1..];
        }
        s = s.Replace("shi", "si", StringComparison.Ordinal);
        if (s.Length > 2 && s[^1] == 'h' && s[^2] is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            s = s[..^1];
        }
        return s;
    }

    // The Korean family names are the first lines of the table.
    private const int KoreanGroups = 8;

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = Groups.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var spelling in lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.Add(spelling, i);
            }
        }
        return map;
    }
}
