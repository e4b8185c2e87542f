using System.Text.RegularExpressions;
using Storyline.Text.Language;

namespace Storyline.Stories;

/// <summary>
/// The event words of German, French and Spanish reports, each filed under the English family and noun that the English
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

    // French and Spanish nouns, whole words in lower case, an elided article split off ("l'accord" is "accord"). The last
    // word of a longer name stands for it ("état d'urgence", "tremblement de terre"); the names whose words mean other
    // things alone ("cessez-le-feu", "couvre-feu", "alto el fuego", "toque de queda") are read in RomanceNounAt.
    private static readonly Dictionary<string, (string Family, string Noun)> RomanceNouns = Table(new Dictionary<string, string>
    {
        ["visit"] = "visit: visite visites visita visitas; trip: voyage déplacement viaje gira; summit: sommet cumbre; "
            + "talks: pourparlers discussions entretiens conversaciones; negotiations: négociations négociation negociaciones negociación; "
            + "meeting: rencontre réunion reunión encuentro",
        ["attack"] = "attack: attaque attaques attentat attentats agression assaut ataque ataques atentado atentados agresión asalto; strike: frappe frappes; "
            + "bombing: bombardement bombardements bombardeo bombardeos; shelling: pilonnage; explosion: explosion explosión; shooting: fusillade tiroteo; "
            + "ambush: embuscade emboscada; invasion: invasion invasión",
        ["strike"] = "strike: grève grèves huelga huelgas; stoppage: débrayage paro paros",
        ["launch"] = "launch: lancement lanzamiento tir; test: essai essais ensayo ensayos",
        ["election"] = "election: élection élections scrutin elección elecciones comicios; vote: vote votación; referendum: référendum referéndum",
        ["agreement"] = "agreement: accord accords acuerdo acuerdos; signing: signature; treaty: traité tratado; truce: trêve tregua",
        ["disaster"] = "earthquake: séisme tremblement terremoto sismo seísmo; flood: inondation inondations crue crues inundación inundaciones riada; "
            + "storm: tempête tormenta; hurricane: ouragan huracán; typhoon: typhon tifón; cyclone: cyclone ciclón; fire: incendie incendies incendio incendios; "
            + "crash: accident accidente; collapse: effondrement derrumbe colapso; eruption: éruption erupción; landslide: glissement deslizamiento alud",
        ["protest"] = "protest: protestation protestations protesta protestas; rally: rassemblement concentración; "
            + "demonstration: manifestation manifestations manifestación manifestaciones; march: marcha",
        ["arrest"] = "arrest: arrestation interpellation detención arresto; detention: détention",
        ["trial"] = "trial: procès juicio; hearing: audience audiencia; verdict: verdict veredicto fallo; ruling: jugement sentencia; "
            + "sentence: peine condena pena; conviction: condamnation",
        ["death"] = "death: décès muerte; funeral: funérailles obsèques funeral funerales; assassination: assassinat asesinato",
        ["resignation"] = "resignation: démission dimisión renuncia; dismissal: limogeage destitución",
        ["release"] = "release: libération liberación; return: retour rapatriement regreso",
        ["emergency"] = "emergency: urgence emergencia; lockdown: confinement confinamiento",
        ["suspension"] = "suspension: suspension suspensión; closure: fermeture cierre; outage: coupure panne apagón",
    });

    // French and Spanish verbs and participles, whole words in lower case ("signé", "firmado", "a déclaré", "dijo"), and the
    // nouns of a statement.
    private static readonly Dictionary<string, (string Family, string Noun)> RomanceVerbs = Table(new Dictionary<string, string>
    {
        ["visit"] = "visit: visité visitée visitó; meeting: rencontré rencontrés réunis reunió reunieron reunidos",
        ["attack"] = "attack: attaqué attaquée atacó atacaron atacado; bombing: bombardé bombardeó; invasion: envahi invadió",
        ["launch"] = "launch: lancé lancée tiré lanzó lanzado lanzada disparó disparado",
        ["election"] = "election: élu élue élus elegido elegida electo; vote: voté votó votaron",
        ["agreement"] = "signing: signé signée signés signées firmado firmada firmó firmaron",
        ["disaster"] = "crash: écrasé écrasée; collapse: effondré effondrée",
        ["protest"] = "protest: protesté protestaron; demonstration: manifesté manifestaron",
        ["arrest"] = "arrest: arrêté arrêtée arrêtés interpellé interpellée interpellés detenido detenida detenidos detenidas arrestado arrestada arrestados; "
            + "charge: inculpé inculpée imputado",
        ["trial"] = "sentence: condamné condamnée condamnés condenado condenada condenados; acquittal: acquitté acquittée absuelto absuelta",
        ["death"] = "death: tué tuée tués mort morts décédé décédée murió murieron fallecido falleció fallecida muerto muertos; "
            + "assassination: assassiné assassinée asesinado asesinada",
        ["resignation"] = "resignation: démissionné dimitió renunció; dismissal: limogé limogée destituido destituida cesado",
        ["release"] = "release: libéré libérée libérés liberado liberada liberados; return: rapatrié rapatriés repatriado repatriados",
        ["suspension"] = "suspension: suspendu suspendue suspendido suspendida; closure: fermé fermée cerrado cerrada",
        [Statement] = "statement: déclaré annoncé indiqué affirmé précisé expliqué confirmé rapporté souligné ajouté assuré déclare annonce indique "
            + "affirme précise dijo afirmó declaró anunció informó señaló indicó aseguró explicó confirmó añadió precisó dice afirma "
            + "déclaration communiqué declaración comunicado",
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
    /// The event the French or Spanish word at <paramref name="at"/> of <paramref name="words"/> names as a noun; the words
    /// of a longer name are read together ("cessez-le-feu", "alto el fuego", "toque de queda").
    /// </summary>
    public static EventWord? RomanceNounAt(IReadOnlyList<string> words, int at)
    {
        var word = words[at].ToLowerInvariant();
        string Before(int back) => at - back >= 0 ? words[at - back].ToLowerInvariant() : "";
        if ((word == "feu" && Before(1) == "le" && Before(2) == "cessez") || (word == "fuego" && Before(1) == "el" && Before(2) == "alto"))
        {
            return new EventWord("agreement", "ceasefire", 0, 0);
        }
        if ((word == "feu" && Before(1) == "couvre") || (word == "queda" && Before(1) == "de" && Before(2) == "toque"))
        {
            return new EventWord("emergency", "curfew", 0, 0);
        }
        return RomanceNouns.TryGetValue(word, out var e) ? new EventWord(e.Family, e.Noun, 0, 0) : null;
    }

    // The event a word of a German, French or Spanish sentence names, noun or verb; null for a sentence in another language.
    private static EventWord? ForeignAt(string sentence, Match m, string? language)
    {
        EventWord? found;
        if (LanguageCodes.IsGerman(language))
        {
            found = GermanNoun(m.Value) ?? (GermanVerbs.TryGetValue(m.Value.ToLowerInvariant(), out var verb) ? new EventWord(verb.Family, verb.Noun, 0, 0) : null);
        }
        else
        {
            var words = new List<string>(3);
            for (var back = m; back.Success && words.Count < 3; back = PreviousWordMatch(sentence, back))
            {
                words.Insert(0, back.Value);
            }
            found = RomanceNounAt(words, words.Count - 1)
                ?? (RomanceVerbs.TryGetValue(m.Value.ToLowerInvariant(), out var verb) ? new EventWord(verb.Family, verb.Noun, 0, 0) : null);
        }
        return found is { } word ? word with { Start = m.Index, End = m.Index + m.Length } : null;
    }

    private static bool ReadsForeign(string? language) =>
        LanguageCodes.IsGerman(language) || LanguageCodes.IsFrench(language) || LanguageCodes.IsSpanish(language);

    // The word before `m` in the sentence, or a failed match at its start.
    private static Match PreviousWordMatch(string sentence, Match m)
    {
        var end = m.Index;
        while (end > 0 && !char.IsLetter(sentence[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(sentence[start - 1]))
        {
            start--;
        }
        return Word().Match(sentence, start, end - start) is { Success: true } word && start < end ? word : Match.Empty;
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
