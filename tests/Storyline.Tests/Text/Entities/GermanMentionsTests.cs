using Storyline.Text.Entities;
using Storyline.Text.Sentences;

namespace Storyline.Tests.Text.Entities;

public class GermanMentionsTests
{
    private static List<Mention> Find(string text) =>
        MentionFinder.FindInArticle(SentenceSplitter.Split(text), "de").SelectMany(m => m).ToList();

    private static string Show(Mention m) => $"{m.Text}|{m.Type}";

    [Theory]
    [InlineData("Verkehrsminister Heinrich Albers kündigte am Dienstag ein Gesetz an.", "Heinrich Albers")]
    [InlineData("„Wir lassen uns nicht erpressen“, sagte Konzernchef Markus Feldmann am Mittwoch.", "Markus Feldmann")]
    [InlineData("Außenministerin Anna Krüger reist nächste Woche nach China.", "Anna Krüger")]
    [InlineData("SPD-Chef Lars Klingbeil verteidigte den Kurs der Regierung.", "Lars Klingbeil")]
    [InlineData("Kommissionspräsidentin Ursula von der Leyen will das Paket im Juni vorlegen.", "Ursula von der Leyen")]
    [InlineData("Herr Meier wollte sich dazu nicht äußern.", "Meier")]
    [InlineData("Im Finale besiegte er den Spanier Carlos Alcaraz.", "Carlos Alcaraz")]
    [InlineData("Personalvorständin Sabine Ritter nannte den Aufruf unverhältnismäßig.", "Sabine Ritter")]
    public void Find_AnOfficeBeforeAName_MakesItAPerson(string text, string person)
    {
        Assert.Contains($"{person}|Person", Find(text).Select(Show));
    }

    [Theory]
    [InlineData("Der Vorsitzende der Partei, Stefan Brückner, wies die Vorwürfe zurück.", "Stefan Brückner")]
    [InlineData("Der Bürgermeister von Dresden, Thomas Keller, sprach von einem schwarzen Tag.", "Thomas Keller")]
    [InlineData("Der 58 Jahre alte Kapitän, Park Jun-ho, wurde befragt.", "Park Jun-ho")]
    [InlineData("Der frühere Präsident Brasiliens, Luiz Inácio Lula da Silva, gewann die Wahl.", "Luiz Inácio Lula da Silva")]
    public void Find_ANameSetOffByCommasAfterTheOffice_IsThePerson(string text, string person)
    {
        var found = Find(text).Select(Show).ToList();

        Assert.Contains($"{person}|Person", found);
        Assert.DoesNotContain(found, f => f.StartsWith("Der", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NamesJoinedByAnd_AreOfOneKind()
    {
        var found = Find("Die Agrarminister beider Länder, Oleksandr Hryzenko und Mihai Dragomir, unterzeichneten in Kiew.").Select(Show).ToList();

        Assert.Contains("Oleksandr Hryzenko|Person", found);
        Assert.Contains("Mihai Dragomir|Person", found);
    }

    [Fact]
    public void Find_AFamilyNameAlone_IsThePersonTheArticleNamedInFull()
    {
        var found = Find("Wirtschaftsminister Karl Lenz stellte den Haushalt vor. Lenz nannte ihn solide. Lenz' Kritiker widersprachen.");

        Assert.Equal(["Karl Lenz", "Lenz", "Lenz"], found.Where(m => m.Type == EntityType.Person).Select(m => m.Text));
        Assert.True(found[1].Initial);
    }

    [Theory]
    [InlineData("Nach Angaben der Deutschen Bahn fielen viele Züge aus.", "Deutsche Bahn|Organization")]
    [InlineData("Ein Sprecher des Auswärtigen Amts sagte, man prüfe die Berichte.", "Auswärtige Amt|Organization")]
    [InlineData("Mehr als 300 Menschen mussten ihre Häuser verlassen, teilte das Rote Kreuz mit.", "Rote Kreuz|Organization")]
    [InlineData("Die Europäische Zentralbank hält den Leitzins stabil.", "Europäische Zentralbank|Organization")]
    [InlineData("Das Unternehmen Siemens Energy meldete einen Rekordauftrag.", "Siemens Energy|Organization")]
    [InlineData("Die Reederei Nordsee Linien entschuldigte sich bei den Passagieren.", "Nordsee Linien|Organization")]
    [InlineData("Wie die Zeitung Le Monde berichtet, will die Regierung sparen.", "Le Monde|Organization")]
    [InlineData("Bei der Wahl holte die CDU die meisten Stimmen.", "CDU|Organization")]
    [InlineData("Auf der Insel Sylt wurde ein Wal angespült.", "Sylt|Place")]
    public void Find_BodiesAndPlaces_FromTheirCues(string text, string expected)
    {
        Assert.Contains(expected, Find(text).Select(Show));
    }

    [Theory]
    [InlineData("Am Montag trafen sich Vertreter der Vereinten Nationen in Genf.", "Vereinte Nationen", "United Nations")]
    [InlineData("Russlands Präsident Wladimir Putin hat den Angriff gebilligt.", "Russlands", "Russia")]
    [InlineData("Im Regionalverkehr in Nordrhein-Westfalen fuhr jeder dritte Zug.", "Nordrhein-Westfalen", "North Rhine-Westphalia")]
    [InlineData("Für Reisende in Bayern bleibt die Lage angespannt.", "Bayern", "Bavaria")]
    [InlineData("Die Nachrichtenagentur dpa meldete am Abend weitere Festnahmen.", "dpa", "Deutsche Presse-Agentur")]
    [InlineData("Das berichtete der Evangelische Pressedienst (epd) am Montag.", "epd", "Evangelischer Pressedienst")]
    [InlineData("Der Präsident empfing den Gast im Weißen Haus.", "Weiße Haus", "White House")]
    [InlineData("Die Lage im Nahen Osten bleibt angespannt.", "Nahe Osten", "Middle East")]
    [InlineData("Schiffe im Schwarzen Meer wurden kontrolliert.", "Schwarze Meer", "Black Sea")]
    [InlineData("Ein Schwarzes Meer gibt es nur einmal.", "Schwarzes Meer", "Black Sea")]
    [InlineData("Im Roten Meer wurden Frachter angegriffen.", "Rote Meer", "Red Sea")]
    [InlineData("Die Lage am Persischen Golf ist unklar.", "Persische Golf", "Persian Gulf")]
    public void Find_KnownNames_InTheirGermanForms(string text, string name, string known)
    {
        Assert.Contains(Find(text), m => m.Text == name && m.Known == known);
    }

    [Theory]
    [InlineData("Nach Angaben der Polizei fielen am Donnerstag rund 20 Prozent der Fernzüge aus.")]
    [InlineData("Für Pendlerinnen und Pendler war der Donnerstag erneut ein Geduldsspiel.")]
    [InlineData("Ein Sprecher der Stadt sagte, die Brücke bleibe bis Ende Mai gesperrt.")]
    [InlineData("Eine Gewerkschaftssprecherin sagte am Donnerstag, man werde informieren.")]
    [InlineData("Die Minister der Länder konnten sich nicht einigen.")]
    [InlineData("Die Feuerwehr war mit 80 Einsatzkräften vor Ort, Verletzte gab es keine.")]
    [InlineData("Laut Umweltbundesamt war der Sommer der heißeste seit Beginn der Messungen.")]
    public void Find_CapitalisedNouns_AreNotNames(string text)
    {
        Assert.Empty(Find(text));
    }

    [Theory]
    [InlineData("fr", "Le chef du Kremlin a répondu. Selon le ministère, Volodymyr Zelensky est arrivé à Kharkiv. Dans la nuit, des drones ont frappé Odessa.")]
    [InlineData("es", "El presidente Volodymyr Zelensky llegó a Járkov. Según el ministerio, los drones atacaron Odesa. Durante la noche, la ONU pidió calma.")]
    public void FindInArticle_WordsOpeningFrenchOrSpanishSentences_AreNoNames(string language, string text)
    {
        var names = MentionFinder.FindInArticle(SentenceSplitter.Split(text), language).SelectMany(m => m).Select(m => m.Text).ToList();

        Assert.Contains("Volodymyr Zelensky", names);
        Assert.Contains("Odessa", names.Select(n => n == "Odesa" ? "Odessa" : n));
        Assert.DoesNotContain(names, n => n is "Le" or "Selon" or "Dans" or "El" or "Según" or "Durante");
    }

    [Fact]
    public void FindInArticle_OtherLanguages_AreReadAsEnglish()
    {
        var sentences = SentenceSplitter.Split("Foreign Minister Choe Son-hui arrived in Moscow on Sunday.");

        Assert.Equal(sentences.Select(MentionFinder.FindIn).SelectMany(m => m).Select(Show), MentionFinder.FindInArticle(sentences, "en").SelectMany(m => m).Select(Show));
        Assert.True(MentionFinder.Reads("de-DE"));
        Assert.False(MentionFinder.Reads("es"));
    }
}
