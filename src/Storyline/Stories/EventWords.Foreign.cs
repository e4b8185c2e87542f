using System.Text.RegularExpressions;
using Storyline.Text.Language;

namespace Storyline.Stories;

/// <summary>
/// The event words of German, French, Spanish, Italian and Portuguese reports, each filed under the English family and noun that the English
/// words of the same event use, so a date or a length read in one language lines up with the same event read in another.
/// </summary>
internal static partial class EventWords
{
    // German nouns by their last part: a compound is the event its last part names ("Warnstreik", "Bahnstreik",
    // "Seebeben"). The endings of GermanWholeNouns also close other words ("Reise" closes "Preise", "Start" closes
    // "Neustart") and count only as whole words; a few compounds are not the event their end names ("Auswahl").
    private static readonly Dictionary<string, (string Family, string Noun)> GermanNouns = Table(new Dictionary<string, string>
    {
        ["visit"] = "visit: besuch besuche besuchs staatsbesuch; trip: reise; summit: gipfel gipfeltreffen; talks: gespräche gesprächen; "
            + "negotiations: verhandlungen verhandlung; meeting: treffen zusammenkunft",
        ["attack"] = "attack: angriff angriffe angriffs anschlag anschläge anschlags attacke überfall; bombing: bombardierung; shelling: beschuss; "
            + "explosion: explosion explosionen; shooting: schießerei; invasion: invasion einmarsch",
        ["strike"] = "strike: streik streiks ausstand; stoppage: arbeitsniederlegung arbeitsniederlegungen",
        ["launch"] = "launch: start abschuss raketenstart; test: atomtest raketentest",
        ["election"] = "election: wahl wahlen; vote: abstimmung; referendum: referendum volksabstimmung",
        ["agreement"] = "agreement: abkommen vereinbarung einigung; signing: unterzeichnung; treaty: vertrag verträge; "
            + "ceasefire: waffenruhe feuerpause waffenstillstand",
        ["disaster"] = "earthquake: erdbeben beben; flood: hochwasser überschwemmung überschwemmungen flut; storm: sturm unwetter; hurricane: hurrikan; "
            + "typhoon: taifun; wildfire: waldbrand; fire: brand; crash: absturz unfall unglück; collapse: einsturz; eruption: vulkanausbruch; landslide: erdrutsch",
        ["protest"] = "protest: protest proteste protesten; rally: kundgebung kundgebungen; demonstration: demonstration demonstrationen demo; march: marsch",
        ["arrest"] = "arrest: festnahme festnahmen verhaftung; charge: anklage",
        ["trial"] = "trial: prozess gerichtsverfahren; hearing: anhörung; verdict: urteil; sentence: haftstrafe gefängnisstrafe; conviction: verurteilung; acquittal: freispruch",
        ["death"] = "death: tod todes; funeral: beerdigung trauerfeier beisetzung; assassination: ermordung attentat",
        ["resignation"] = "resignation: rücktritt; dismissal: absetzung",
        ["release"] = "release: freilassung; return: rückkehr",
        ["emergency"] = "emergency: notstand ausnahmezustand; curfew: ausgangssperre; lockdown: lockdown",
        ["suspension"] = "suspension: aussetzung; closure: sperrung schließung; outage: stromausfall blackout",
    });

    private static readonly HashSet<string> GermanWholeNouns = new(StringComparer.Ordinal)
    {
        "reise", "treffen", "protest", "start", "demo", "tod", "todes", "marsch", "sturm", "flut",
    };

    private static readonly string[] GermanNotEvents = ["auswahl", "vorurteil"];

    // German verbs and participles, whole words in lower case ("unterzeichnet", "festgenommen", "sagte"), and the nouns of
    // a statement, which no length is of.
    private static readonly Dictionary<string, (string Family, string Noun)> GermanVerbs = Table(new Dictionary<string, string>
    {
        ["visit"] = "visit: besuchte besuchten besucht; meeting: traf trafen; negotiations: verhandelten verhandelt",
        ["attack"] = "attack: angegriffen attackiert attackierten; bombing: bombardiert bombardierten; shelling: beschossen; explosion: explodierte",
        ["strike"] = "strike: streiken streikten streikt bestreikt bestreikten",
        ["launch"] = "launch: gestartet startete starteten abgefeuert feuerte feuerten; test: getestet testete",
        ["election"] = "election: gewählt wählten; vote: abgestimmt stimmten",
        ["agreement"] = "signing: unterzeichnet unterzeichnete unterzeichneten unterschrieben unterschrieb; agreement: vereinbart einigten geeinigt",
        ["disaster"] = "crash: abgestürzt; collapse: eingestürzt",
        ["protest"] = "protest: protestierten protestiert; demonstration: demonstrierten demonstriert",
        ["arrest"] = "arrest: festgenommen verhaftet; charge: angeklagt",
        ["trial"] = "sentence: verurteilt; acquittal: freigesprochen",
        ["death"] = "death: starb starben gestorben getötet; assassination: ermordet",
        ["resignation"] = "resignation: zurückgetreten; dismissal: abgesetzt",
        ["release"] = "release: freigelassen freigekommen",
        ["suspension"] = "suspension: ausgesetzt; closure: geschlossen gesperrt",
        [Statement] = "statement: sagte sagten sagt erklärte erklärten erklärt teilte teilten mitteilte mitgeteilt berichtete berichteten berichtet "
            + "meldete meldeten gemeldet kündigte kündigten angekündigt ankündigte bestätigte bestätigten bestätigt betonte hieß äußerte erklärung mitteilung",
    });

    // French, Spanish, Italian and Portuguese nouns, whole words in lower case, an elided article split off ("l'accord" is
    // "accord"). The last word of a longer name stands for it ("état d'urgence", "tremblement de terre"); the names whose
    // words mean other things alone ("cessez-le-feu", "couvre-feu", "alto el fuego", "toque de queda", "cessate il fuoco",
    // "cessar-fogo", "toque de recolher") are read in RomanceNounAt.
    private static readonly Dictionary<string, (string Family, string Noun)> RomanceNouns = Table(new Dictionary<string, string>
    {
        ["visit"] = "visit: visite visites visita visitas; trip: voyage déplacement viaje gira viaggio viagem; summit: sommet cumbre; "
            + "talks: pourparlers discussions entretiens conversaciones; negotiations: négociations négociation negociaciones negociación; "
            + "meeting: rencontre réunion reunión encuentro incontro riunione reunião encontro; talks: colloqui conversações; negotiations: negoziati trattative negociações; summit: vertice cúpula",
        ["attack"] = "attack: attaque attaques attentat attentats agression assaut ataque ataques atentado atentados agresión asalto attacco attacchi attentato; strike: frappe frappes; "
            + "bombing: bombardement bombardements bombardeo bombardeos bombardamento bombardeio; shelling: pilonnage; explosion: explosion explosión esplosione explosão; shooting: fusillade tiroteo sparatoria; "
            + "ambush: embuscade emboscada; invasion: invasion invasión",
        ["strike"] = "strike: grève grèves huelga huelgas sciopero scioperi greve greves; stoppage: débrayage paro paros",
        ["launch"] = "launch: lancement lanzamiento lancio lançamento tir; test: essai essais ensayo ensayos",
        ["election"] = "election: élection élections scrutin elección elecciones comicios elezioni elezione eleição eleições; vote: vote votación votazione votação; referendum: référendum referéndum",
        ["agreement"] = "agreement: accord accords acuerdo acuerdos accordo acordo; signing: signature; treaty: traité tratado trattato; truce: trêve tregua trégua",
        ["disaster"] = "earthquake: séisme tremblement terremoto sismo seísmo sisma; flood: inondation inondations crue crues inundación inundaciones riada alluvione inondazione inundação enchente; "
            + "storm: tempête tormenta tempesta tempestade; hurricane: ouragan huracán uragano furacão; typhoon: typhon tifón tifone tufão; cyclone: cyclone ciclón ciclone; fire: incendie incendies incendio incendios incendi incêndio incêndios; "
            + "crash: accident accidente acidente; collapse: effondrement derrumbe colapso crollo desabamento; eruption: éruption erupción eruzione erupção; landslide: glissement deslizamiento alud frana",
        ["protest"] = "protest: protestation protestations protesta protestas proteste protesto protestos; rally: rassemblement concentración; "
            + "demonstration: manifestation manifestations manifestación manifestaciones manifestazione manifestazioni manifestação manifestações; march: marcha corteo",
        ["arrest"] = "arrest: arrestation interpellation detención arresto detenção; detention: détention",
        ["trial"] = "trial: procès juicio; hearing: audience audiencia; verdict: verdict veredicto fallo; ruling: jugement sentencia; "
            + "sentence: peine condena pena condanna; conviction: condamnation condenação; ruling: sentenza",
        ["death"] = "death: décès muerte morte; funeral: funérailles obsèques funeral funerales funerali; assassination: assassinat asesinato assassinio assassinato",
        ["resignation"] = "resignation: démission dimisión renuncia dimissioni demissão renúncia; dismissal: limogeage destitución",
        ["release"] = "release: libération liberación liberazione rilascio libertação; return: retour rapatriement regreso rimpatrio",
        ["emergency"] = "emergency: urgence emergencia emergenza emergência; curfew: coprifuoco; lockdown: confinement confinamiento confinamento",
        ["suspension"] = "suspension: suspension suspensión sospensione suspensão; closure: fermeture cierre chiusura encerramento; outage: coupure panne apagón apagão",
    });

    // French, Spanish, Italian and Portuguese verbs and participles, whole words in lower case ("signé", "firmado", "dijo"), and the
    // nouns of a statement.
    private static readonly Dictionary<string, (string Family, string Noun)> RomanceVerbs = Table(new Dictionary<string, string>
    {
        ["visit"] = "visit: visité visitée visitó visitato visitou; meeting: rencontré rencontrés réunis reunió reunieron reunidos incontrato reuniu",
        ["attack"] = "attack: attaqué attaquée atacó atacaron atacado attaccato atacou; bombing: bombardé bombardeó bombardato bombardeou; invasion: envahi invadió invaso invadiu",
        ["launch"] = "launch: lancé lancée tiré lanzó lanzado lanzada disparó disparado lanciato lançou lançado",
        ["election"] = "election: élu élue élus elegido elegida electo eletto eletta eleito eleita; vote: voté votó votaron votato votou",
        ["agreement"] = "signing: signé signée signés signées firmado firmada firmó firmaron firmato firmata firmarono assinado assinada assinou assinaram",
        ["disaster"] = "crash: écrasé écrasée; collapse: effondré effondrée crollato crollata desabou",
        ["protest"] = "protest: protesté protestaron; demonstration: manifesté manifestaron",
        ["arrest"] = "arrest: arrêté arrêtée arrêtés interpellé interpellée interpellés detenido detenida detenidos detenidas arrestado arrestada arrestados "
            + "arrestato arrestata arrestati detido detida detidos; "
            + "charge: inculpé inculpée imputado",
        ["trial"] = "sentence: condamné condamnée condamnés condenado condenada condenados condannato condannata; acquittal: acquitté acquittée absuelto absuelta assolto absolvido",
        ["death"] = "death: tué tuée tués mort morts décédé décédée murió murieron fallecido falleció fallecida muerto muertos morto morta ucciso uccisa uccisi morreu morreram; "
            + "assassination: assassiné assassinée asesinado asesinada assassinato assassinada",
        ["resignation"] = "resignation: démissionné dimitió renunció dimesso dimessa renunciou; dismissal: limogé limogée destituido destituida cesado destituito",
        ["release"] = "release: libéré libérée libérés liberado liberada liberados liberato liberata rilasciato libertado libertada; return: rapatrié rapatriés repatriado repatriados",
        ["suspension"] = "suspension: suspendu suspendue suspendido suspendida sospeso sospesa suspenso suspensa; closure: fermé fermée cerrado cerrada chiuso chiusa fechado fechada",
        [Statement] = "statement: déclaré annoncé indiqué affirmé précisé expliqué confirmé rapporté souligné ajouté assuré déclare annonce indique "
            + "affirme précise dijo afirmó declaró anunció informó señaló indicó aseguró explicó confirmó añadió precisó dice afirma "
            + "dichiarato annunciato affermato spiegato confermato riferito aggiunto sottolineato detto disse afirmou declarou anunciou informou explicou "
            + "confirmou acrescentou déclaration communiqué declaración comunicado dichiarazione comunicato declaração comunicado",
    });

    /// <summary>The event a German noun names, by itself or as the last part of a compound; null for any other word.</summary>
    public static EventWord? GermanNoun(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return null;
        }
        var lower = word.ToLowerInvariant();
        if (GermanNouns.TryGetValue(lower, out var whole))
        {
            return new EventWord(whole.Family, whole.Noun, 0, 0);
        }
        if (GermanNotEvents.Any(w => lower.EndsWith(w, StringComparison.Ordinal)))
        {
            return null;
        }
        // The longest ending wins: "Staatsbesuch" is a visit, not a "such".
        for (var cut = 1; cut <= lower.Length - 3; cut++)
        {
            var ending = lower[cut..];
            if (!GermanWholeNouns.Contains(ending) && GermanNouns.TryGetValue(ending, out var part))
            {
                return new EventWord(part.Family, part.Noun, 0, 0);
            }
        }
        return null;
    }

    /// <summary>
    /// The event the French, Spanish, Italian or Portuguese word at <paramref name="at"/> of <paramref name="words"/> names as a noun; the words
    /// of a longer name are read together ("cessez-le-feu", "alto el fuego", "toque de queda", "cessate il fuoco").
    /// </summary>
    public static EventWord? RomanceNounAt(IReadOnlyList<string> words, int at)
    {
        var word = words[at].ToLowerInvariant();
        string Before(int back) => at - back >= 0 ? words[at - back].ToLowerInvariant() : "";
        if ((word == "feu" && Before(1) == "le" && Before(2) == "cessez") || (word == "fuego" && Before(1) == "el" && Before(2) == "alto")
            || (word == "fuoco" && Before(1) == "il" && Before(2) == "cessate") || (word == "fogo" && Before(1) == "cessar"))
        {
            return new EventWord("agreement", "ceasefire", 0, 0);
        }
        if ((word == "feu" && Before(1) == "couvre") || (word is "queda" or "recolher" && Before(1) == "de" && Before(2) == "toque"))
        {
            return new EventWord("emergency", "curfew", 0, 0);
        }
        return RomanceNouns.TryGetValue(word, out var e) ? new EventWord(e.Family, e.Noun, 0, 0) : null;
    }

    // The event a word of a German or Romance sentence names, noun or verb.
    private static EventWord? ForeignAt(string sentence, Match m, string? language)
    {
        EventWord? found;
        if (LanguageCodes.IsGerman(language))
        {
            found = GermanNoun(m.Value) ?? (GermanVerbs.TryGetValue(m.Value.ToLowerInvariant(), out var verb) ? new EventWord(verb.Family, verb.Noun, 0, 0) : null);
        }
        else
        {
            var lower = m.Value.ToLowerInvariant();
            List<string> words = CompoundEnds.Contains(lower) ? WordsUpTo(sentence, m) : [lower];
            found = RomanceNounAt(words, words.Count - 1)
                ?? (RomanceVerbs.TryGetValue(lower, out var verb) ? new EventWord(verb.Family, verb.Noun, 0, 0) : null);
        }
        return found is { } word ? word with { Start = m.Index, End = m.Index + m.Length } : null;
    }

    private static bool ReadsForeign(string? language) => LanguageCodes.IsGerman(language) || LanguageCodes.IsRomance(language);

    // The last words of the longer names RomanceNounAt reads with the words before them.
    private static readonly HashSet<string> CompoundEnds = new(StringComparer.Ordinal) { "feu", "fuego", "fuoco", "fogo", "queda", "recolher" };

    // The word `m` and the two before it in the sentence, the word last: "cessez", "le", "feu".
    private static List<string> WordsUpTo(string sentence, Match m)
    {
        var words = new List<string>(3) { m.Value };
        var end = m.Index;
        while (words.Count < 3)
        {
            while (end > 0 && !char.IsLetter(sentence[end - 1]))
            {
                end--;
            }
            var start = end;
            while (start > 0 && char.IsLetter(sentence[start - 1]))
            {
                start--;
            }
            if (start == end)
            {
                break;
            }
            words.Insert(0, sentence[start..end]);
            end = start;
        }
        return words;
    }

    private static Dictionary<string, (string Family, string Noun)> Table(Dictionary<string, string> families)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (family, noun, _, word) in Entries(families))
        {
            map.TryAdd(word, (family, noun));
        }
        return map;
    }
}
