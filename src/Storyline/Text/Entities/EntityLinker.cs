using System.Text.RegularExpressions;

namespace Storyline.Text.Entities;

/// <summary>A mention and the article it is in.</summary>
public sealed record ArticleMention(string ArticleId, Mention Mention);

/// <summary>One person, organisation or place of a story, with every name the sources use for it.</summary>
/// <param name="Name">The canonical name: the gazetteer's name, else the most frequent full form.</param>
/// <param name="Aliases">The other forms written, most frequent first.</param>
public sealed record LinkedEntity(string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<ArticleMention> Mentions);

/// <summary>Groups the mentions of a story's articles into entities.</summary>
/// <remarks>
/// Known names group by gazetteer entry; full names and organisation names group when
/// <see cref="AliasMatcher"/> says they can be one; a lone word ("Choe", "Putin") joins the one
/// person whose first or last name it matches, and is left out when several could claim it
/// ("Kim" beside Kim Jong Un and Kim Jong Il); a lone word that is a body's one-word name joins that
/// body however it was typed ("in Qualcomm" beside "Qualcomm said"). A word that opened a sentence
/// is first taken off a name the story also gives without it ("Jubilant Chicago Cubs").
/// Deterministic; thread-safe.
/// </remarks>
public static partial class EntityLinker
{
    /// <summary>
    /// The mentions with the word a sentence opened with taken off the name it ran into, where the story names the rest alone:
    /// "Jubilant Chicago Cubs fans" is the "Chicago Cubs", "Current Qualcomm board member" is "Qualcomm". The rest must be a
    /// name of two words or more, or a body, so that "Mike Pence" does not become "Pence" nor "George Washington" "Washington";
    /// after a verb in -ing, any name the story writes alone ("Tranquilizing Harambe").
    /// </summary>
    private static List<ArticleMention> WithoutStrayOpeners(List<ArticleMention> all)
    {
        var written = all.Where(m => !m.Mention.Initial)
            .GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var names = written
            .Where(g => g.Key.Contains(' ', StringComparison.Ordinal)
                || (g.Value.Any(m => m.Mention.Type == EntityType.Organization) && g.Value.All(m => m.Mention.Type != EntityType.Person && m.Mention.Known is null)))
            .ToDictionary(g => g.Key, g => MostTyped(g.Value), StringComparer.Ordinal);
        return all.Select(m =>
        {
            var mention = m.Mention;
            var space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
            if (!mention.Initial || mention.Known is not null || mention.Title is not null || space < 0)
            {
                return m;
            }
            var rest = mention.Text[(space + 1)..];
            if (SurnameAlone(AliasMatcher.Words(rest)))
            {
                return m; // "James Van Der Beek", "Marine Le Pen": the rest opens with a particle, and the first word is a given name
            }
            // A verb in -ing is no given name: "Tranquilizing Harambe" is Harambe, whom the story names alone.
            var type = names.TryGetValue(rest, out var named) ? named
                : NameCues.IsIngForm(mention.Text[..space]) && written.TryGetValue(rest, out var alone) ? MostTyped(alone)
                : (EntityType?)null;
            if (type is null)
            {
                return m;
            }
            // The rest is the entity the story names alone: a known place or body stays known ("Right-wing Israelis").
            var known = written.TryGetValue(rest, out var same) ? same.Select(s => s.Mention.Known).FirstOrDefault(k => k is not null) : null;
            return m with { Mention = mention with { Text = rest, Start = mention.Start + space + 1, Type = type.Value, Initial = false, Known = known } };
        }).ToList();
    }

    /// <summary>
    /// The mentions with a people's name in the plural left unknown where the story also writes it as the end of a longer
    /// name: in a story of the "Cleveland Indians", "the Indians" are the team, not India.
    /// </summary>
    private static List<ArticleMention> TeamsNamedByAPeople(List<ArticleMention> all)
    {
        var endings = all.Where(m => m.Mention.Known is null && m.Mention.Text.Contains(' ', StringComparison.Ordinal))
            .Select(m => m.Mention.Text[(m.Mention.Text.LastIndexOf(' ') + 1)..])
            .ToHashSet(StringComparer.Ordinal);
        if (endings.Count == 0)
        {
            return all;
        }
        return all.ConvertAll(m => m.Mention is { Known: not null } mention && mention.Text.EndsWith('s') && endings.Contains(mention.Text) && Gazetteer.IsDemonym(mention.Text)
            ? m with { Mention = mention with { Known = null, Type = EntityType.Other } }
            : m);
    }

    private static EntityType MostTyped(List<ArticleMention> mentions) => mentions.GroupBy(m => m.Mention.Type).MaxBy(t => t.Count())!.Key;

    /// <summary>The entities, most mentioned first.</summary>
    public static IReadOnlyList<LinkedEntity> Link(IEnumerable<ArticleMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var all = TeamsNamedByAPeople(WithoutStrayOpeners(mentions.ToList()));
        var groups = new List<List<ArticleMention>>();

        foreach (var known in all.Where(m => m.Mention.Known is not null).GroupBy(m => m.Mention.Known!, StringComparer.Ordinal))
        {
            groups.Add(known.ToList());
        }

        var full = all.Where(m => m.Mention.Known is null && IsFullName(m.Mention)).ToList();
        var byText = full.ToLookup(m => m.Mention.Text, StringComparer.Ordinal);
        var forms = byText.Select(g => Form.Of(g.Key, g)).ToList();
        var formIndex = forms.Select((f, i) => (f.Text, i)).ToDictionary(x => x.Text, x => x.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, forms.Count).ToArray();
        // Every matching rule needs two person names to share the skeleton of a first or last word
        // (or two organisation names that of their heads), so only names in one bucket are compared.
        foreach (var bucket in Enumerable.Range(0, forms.Count).SelectMany(i => forms[i].Buckets.Select(b => (Bucket: b, Form: i)))
            .GroupBy(x => x.Bucket, x => x.Form, StringComparer.Ordinal))
        {
            var members = bucket.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (i, j) = (members[x], members[y]);
                    if (Find(parent, i) != Find(parent, j) && Same(forms[i], forms[j]))
                    {
                        parent[Find(parent, i)] = Find(parent, j);
                    }
                }
            }
        }
        // "Unification Ministry" and "Ministry of Unification" have different heads, so they never share a bucket above.
        foreach (var reordered in Enumerable.Range(0, forms.Count).Where(i => forms[i].IsOrganization && !forms[i].IsAcronym && forms[i].Words.Count >= 2)
            .GroupBy(i => string.Join(' ', forms[i].Words.Where(w => !NameCues.Connectors.Contains(w.ToLowerInvariant()) && w != "and").Select(NameKey.Fold).Order(StringComparer.Ordinal)), StringComparer.Ordinal))
        {
            var members = reordered.ToList();
            foreach (var i in members.Skip(1))
            {
                if (Find(parent, i) != Find(parent, members[0]))
                {
                    parent[Find(parent, i)] = Find(parent, members[0]);
                }
            }
        }
        // "National Anti-Corruption Bureau of Ukraine" is the "National Anti-Corruption Bureau" of a story that names the country.
        foreach (var i in Enumerable.Range(0, forms.Count).Where(i => !forms[i].IsAcronym))
        {
            var of = forms[i].Text.LastIndexOf(" of ", StringComparison.Ordinal);
            if (of > 0 && Gazetteer.Lookup(forms[i].Text[(of + 4)..]) is { Type: EntityType.Place }
                && formIndex.TryGetValue(forms[i].Text[..of], out var bare) && forms[bare].IsOrganization && Find(parent, i) != Find(parent, bare))
            {
                parent[Find(parent, bare)] = Find(parent, i);
            }
            // "Ministry of Agrarian Policy" is the "Ministry of Agrarian Policy and Food" with its portfolio cut short.
            var and = forms[i].Text.LastIndexOf(" and ", StringComparison.Ordinal);
            if (forms[i].IsOrganization && and > 0 && forms[i].Text.Contains(" of ", StringComparison.Ordinal) && forms[i].Text.IndexOf(" of ", StringComparison.Ordinal) < and
                && formIndex.TryGetValue(forms[i].Text[..and], out var shorter) && forms[shorter].IsOrganization && Find(parent, i) != Find(parent, shorter))
            {
                parent[Find(parent, shorter)] = Find(parent, i);
            }
        }
        // "Qualcomm Inc" is "Qualcomm", the "Goldman Sachs Group Inc" is "Goldman Sachs": a company's legal form names no
        // other body, however the name without it was typed ("Harbour Freight said"). "Mandalay Bay Resort and Casino" is
        // "Mandalay Bay": the venue of a name of two words or more, whatever either was typed ("Trump Hotel" is no "Trump").
        foreach (var i in Enumerable.Range(0, forms.Count).Where(i => !forms[i].IsAcronym))
        {
            var text = forms[i].Text;
            if (forms[i].IsOrganization && NameCues.WithoutLegalForm(text) is { } company && formIndex.TryGetValue(company, out var firm) && Find(parent, i) != Find(parent, firm))
            {
                parent[Find(parent, i)] = Find(parent, firm);
            }
            if (VenueKind().Match(text) is { Success: true } kind && AliasMatcher.Words(text[..kind.Index]).Count >= 2
                && formIndex.TryGetValue(text[..kind.Index], out var resort) && Find(parent, i) != Find(parent, resort))
            {
                parent[Find(parent, i)] = Find(parent, resort);
            }
        }
        // An acronym joins the organisations it abbreviates: one, or several spellings of one ("World Wildlife Fund" and
        // "World Wildlife Federation"), but not two different bodies ("NSC": the National Security Council and the Naro
        // Space Center); then only a spelled-out expansion ("National Security Council (NSC)") decides.
        foreach (var i in Enumerable.Range(0, forms.Count).Where(i => forms[i].IsAcronym))
        {
            var spelled = Enumerable.Range(0, forms.Count)
                .Where(j => forms[j].IsOrganization && !forms[j].IsAcronym && AliasMatcher.IsAcronymOf(forms[i].Text, forms[j].Text))
                .ToList();
            if (spelled.Any(a => spelled.Any(b => !SharesMostWords(forms[a], forms[b]))))
            {
                continue;
            }
            foreach (var j in spelled.Where(j => Find(parent, i) != Find(parent, j)))
            {
                parent[Find(parent, i)] = Find(parent, j);
            }
        }
        foreach (var m in full.Where(m => m.Mention.Expansion is not null))
        {
            if (formIndex.TryGetValue(m.Mention.Expansion!, out var expansion))
            {
                parent[Find(parent, formIndex[m.Mention.Text])] = Find(parent, expansion);
            }
        }
        var fullGroups = full.GroupBy(m => Find(parent, formIndex[m.Mention.Text])).Select(g => g.ToList()).ToList();

        // Which person groups a lone word could name: by the skeleton of their first and last words. A form that is
        // another form of its group with words in front ("Billionaire Elon Musk", "Luiz Inácio Lula da Silva")
        // does not lend its first word: "Billionaire" names nobody, and "Lula" is found through "Lula da Silva".
        var groupForms = fullGroups.Select(g => g.Select(m => forms[formIndex[m.Mention.Text]]).Distinct().ToList())
            .Select(g => g.Where(f => !g.Any(o => o.Words.Count < f.Words.Count && o.Words.Count >= 2 && AliasMatcher.EndsWith(f.Words, o.Words))).ToList())
            .ToList();
        // The groups' types, read once for the three indexes below (the groups do not change until the bodies are merged).
        var types = fullGroups.ConvertAll(TypeOf);
        var personsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < fullGroups.Count; g++)
        {
            if (types[g] != EntityType.Person)
            {
                continue;
            }
            foreach (var form in groupForms[g])
            {
                var words = form.Words;
                foreach (var key in Keys(words[0]).Concat(Keys(words[^1])).Distinct(StringComparer.Ordinal))
                {
                    IndexGroup(personsByWord, key, g);
                }
            }
        }
        // "Geoje" is short for "Geoje Island", "Miyagi" for "Miyagi Prefecture": a place named by a word and an administrative head.
        var placesByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < fullGroups.Count; g++)
        {
            if (types[g] != EntityType.Place)
            {
                continue;
            }
            foreach (var form in groupForms[g])
            {
                if (PlaceWord(form.Words) is not { } word)
                {
                    continue;
                }
                IndexGroup(placesByWord, NameKey.Fold(word), g);
            }
        }
        // "Grammy" is short for the "Grammy Awards", "Harvest" for the "Harvest Festival": an event named by a word and its
        // kind. Not a known name nor a word read as a place: "Korean" is not the "Korean War", nor "Hollywood" the "Hollywood Bowl".
        var thingsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < fullGroups.Count; g++)
        {
            if (types[g] != EntityType.Other)
            {
                continue;
            }
            foreach (var form in groupForms[g].Where(f => f.Words.Count == 2 && NameCues.ThingHeads.Contains(f.Words[1]) && Gazetteer.Lookup(f.Words[0]) is null))
            {
                IndexGroup(thingsByWord, NameKey.Fold(form.Words[0]), g);
            }
        }
        // "Texans" is short for the "Houston Texans", "Cardinals" for the "Arizona Cardinals": a team named by its place and
        // a plural. Not a person's group: "Williams" is not short for "Venus Williams" here but through the person index.
        var readAsPlace = all.Where(m => m.Mention.Type == EntityType.Place).Select(m => m.Mention.Text).ToHashSet(StringComparer.Ordinal);
        var teamsByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < fullGroups.Count; g++)
        {
            if (types[g] == EntityType.Person)
            {
                continue;
            }
            foreach (var form in groupForms[g].Where(f => f.Words.Count >= 2 && f.Text.EndsWith(" " + f.Words[^1], StringComparison.Ordinal) && IsTeamName(f.Words, readAsPlace)))
            {
                IndexGroup(teamsByWord, NameKey.Fold(form.Words[^1]), g);
            }
        }
        // "Qualcomm said" typed a body, "in Qualcomm's offer" not: the one-word name of a body names it however it was typed.
        var bodiesByWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < fullGroups.Count; g++)
        {
            if (types[g] != EntityType.Organization)
            {
                continue;
            }
            foreach (var form in groupForms[g].Where(f => f.Words.Count == 1))
            {
                IndexGroup(bodiesByWord, NameKey.Fold(form.Words[0]), g);
            }
        }
        // A body written two ways ("Apple", "APPLE") is one: the most mentioned form's group takes the others.
        var movedTo = new Dictionary<int, int>();
        int Home(int g) => movedTo.TryGetValue(g, out var to) ? Home(to) : g;
        foreach (var bodies in bodiesByWord.Values.Where(b => b.Count > 1))
        {
            var homes = bodies.Select(Home).Distinct().OrderByDescending(g => fullGroups[g].Count).ThenBy(g => g).ToList();
            foreach (var other in homes.Skip(1))
            {
                fullGroups[homes[0]].AddRange(fullGroups[other]);
                fullGroups[other].Clear();
                movedTo[other] = homes[0];
            }
        }
        var claimants = new Dictionary<(string, bool), List<int>>();
        var shortGroups = new List<List<ArticleMention>>();
        var shortByKey = new Dictionary<string, List<List<ArticleMention>>>(StringComparer.Ordinal);
        foreach (var m in all.Where(m => m.Mention.Known is null && !IsFullName(m.Mention)))
        {
            var word = m.Mention.Text;
            // A word in -ing that opens a sentence is most likely a verb with a capital: it names a person only as written
            // in the name, not as a respelling of it ("Seeing the show ..." is no "Singh"; "Zelenskiy said" still is Zelensky).
            var verbOpener = m.Mention.Initial && NameCues.IsIngForm(word);
            if (!claimants.TryGetValue((word, verbOpener), out var candidates))
            {
                // A lone article or particle ("El", "Von") is a stray capital, not a short name for anyone.
                candidates = NameCues.Particles.Contains(word.ToLowerInvariant()) ? [] : Keys(word).SelectMany(k => personsByWord.GetValueOrDefault(k, [])).Distinct()
                    .Where(g => groupForms[g].Any(f => AliasMatcher.SamePerson([word], f.Words)
                        && (!verbOpener || f.Words.Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase)))))
                    .ToList();
                claimants[(word, verbOpener)] = candidates;
            }
            if (candidates.Count == 1)
            {
                fullGroups[candidates[0]].Add(m);
                continue;
            }
            if (candidates.Count > 1)
            {
                continue;
            }
            if (teamsByWord.TryGetValue(NameKey.Fold(word), out var teams) && teams.Count == 1)
            {
                fullGroups[Home(teams[0])].Add(m);
                continue;
            }
            if (placesByWord.TryGetValue(NameKey.Fold(word), out var places) && places.Count == 1)
            {
                fullGroups[places[0]].Add(m);
                continue;
            }
            if (thingsByWord.TryGetValue(NameKey.Fold(word), out var things) && things.Count == 1 && !readAsPlace.Contains(word))
            {
                fullGroups[things[0]].Add(m);
                continue;
            }
            if (bodiesByWord.TryGetValue(NameKey.Fold(word), out var bodies))
            {
                fullGroups[Home(bodies[0])].Add(m);
                continue;
            }
            var keys = Keys(word);
            var home = keys.SelectMany(k => shortByKey.GetValueOrDefault(k, [])).FirstOrDefault(h => NameKey.SameWord(h[0].Mention.Text, word));
            if (home is null)
            {
                home = [];
                shortGroups.Add(home);
                // Listed under every key of the word, so that a later spelling of it in another language finds it.
                foreach (var key in keys)
                {
                    if (!shortByKey.TryGetValue(key, out var homes))
                    {
                        shortByKey[key] = homes = [];
                    }
                    homes.Add(home);
                }
            }
            home.Add(m);
        }

        return groups.Concat(fullGroups).Concat(shortGroups)
            .Where(g => g.Count > 0)
            .Select(Entity)
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Mentions[0].Mention.Start)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static readonly HashSet<string> AdministrativeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "island", "city", "prefecture", "province", "county", "district", "region", "regency", "town", "village", "state", "oblast",
    };

    /// <summary>Geographic heads a place's one-word name is written with or without ("Danube River", "Black Sea", "Sulina Channel").</summary>
    private static readonly HashSet<string> GeographicHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "river", "sea", "channel", "canal", "strait", "lake", "bay", "gulf", "mountains", "mountain", "delta", "peninsula", "valley",
        "desert", "ocean",
    };

    /// <summary>The word a two-word place name shortens to: "Geoje" for "Geoje Island", "Danube" for "Danube River", "Kushiro" for "City of Kushiro".</summary>
    /// <remarks>Not ports or harbours: "Kushiro" beside "Kushiro Port" is the city, not its port.</remarks>
    private static string? PlaceWord(IReadOnlyList<string> words) => words switch
    {
        [var name, var head] when AdministrativeHeads.Contains(head) || GeographicHeads.Contains(head) => name,
        [var head, var name] when head is "River" or "Lake" or "Mount" or "Cape" or "Fort" or "Isle" => name,
        [var head, "of", var name] when GeographicHeads.Contains(head) || AdministrativeHeads.Contains(head) => name,
        _ => null,
    };

    /// <summary>A place, known or read as one in the story, and a plural: "Houston Texans", "New England Patriots", "Chicago Cubs".</summary>
    private static bool IsTeamName(IReadOnlyList<string> words, HashSet<string> readAsPlace) =>
        NameCues.IsTeamPlural(words[^1])
        && string.Join(' ', words.Take(words.Count - 1)) is var place
        && (readAsPlace.Contains(place) || Gazetteer.Lookup(place) is { Type: EntityType.Place });

    /// <summary>"South Gyeongsang Province" is "South Gyeongsang" with its administrative head.</summary>
    private static bool WithAdministrativeHead(IReadOnlyList<string> shorter, IReadOnlyList<string> longer) =>
        longer.Count == shorter.Count + 1 && AdministrativeHeads.Contains(longer[^1])
        && shorter.Zip(longer).All(p => p.First.Equals(p.Second, StringComparison.OrdinalIgnoreCase));

    // What a hotel or a casino adds to the name of its resort.
    [GeneratedRegex(@"\s+(?:Resort|Casino|Hotel)(?:\s+(?:and|&)\s+(?:Resort|Casino|Hotel|Spa))?$")]
    private static partial Regex VenueKind();

    // "Van Der Beek", "Le Pen": a family name that opens with a particle, written without the given name.
    private static bool SurnameAlone(IReadOnlyList<string> words) => words.Count > 0 && NameCues.Particles.Contains(words[0].ToLowerInvariant());

    private static bool IsFullName(Mention mention) =>
        mention.Type == EntityType.Organization || AliasMatcher.Words(mention.Text).Count >= 2;

    private static bool Same(Form a, Form b)
    {
        if (a.IsOrganization != b.IsOrganization)
        {
            return false;
        }
        if (!a.IsOrganization && (WithAdministrativeHead(a.Words, b.Words) || WithAdministrativeHead(b.Words, a.Words)))
        {
            return true;
        }
        return a.IsOrganization ? AliasMatcher.SameOrganization(a.Text, b.Text) : AliasMatcher.SamePerson(a.Words, b.Words);
    }

    private static string Key(string word) => NameKey.Skeleton(NameKey.Fold(word));

    // The key of a word and those of its respellings (German "Selenskyj" is also filed where English "Zelensky" is).
    private static List<string> Keys(string word) => NameKey.Respellings(word).Select(Key).Prepend(Key(word)).Distinct(StringComparer.Ordinal).ToList();

    // Whether two names share at least half the words of the shorter, folded ("China" and "Chinese" are not one word).
    private static bool SharesMostWords(Form a, Form b)
    {
        var words = a.Words.Select(NameKey.Fold).ToHashSet(StringComparer.Ordinal);
        return 2 * b.Words.Select(NameKey.Fold).Distinct(StringComparer.Ordinal).Count(words.Contains) >= Math.Min(a.Words.Count, b.Words.Count);
    }

    /// <summary>A distinct written form of a full name, with what the comparisons need.</summary>
    /// <param name="Words">An organisation's words; a person's without particles ("von der Leyen" is "Leyen").</param>
    /// <param name="Buckets">An organisation's head; a person's first and last words, as the name may be written either way round.</param>
    private sealed record Form(string Text, bool IsOrganization, bool IsAcronym, IReadOnlyList<string> Words, IReadOnlyList<string> Buckets)
    {
        public static Form Of(string text, IEnumerable<ArticleMention> mentions)
        {
            var typed = mentions.ToList();
            var organization = typed.Count(m => m.Mention.Type == EntityType.Organization) * 2 > typed.Count;
            var words = organization ? AliasMatcher.Words(text) : AliasMatcher.PersonWords(text);
            var acronym = Gazetteer.IsAbbreviation(text);
            IReadOnlyList<string> buckets = acronym ? ["#" + text]
                : organization ? ["o:" + Key(words.LastOrDefault(w => !NameCues.Connectors.Contains(w.ToLowerInvariant())) ?? words[^1])]
                : Keys(words[0]).Concat(Keys(words[^1])).Select(k => "p:" + k).Distinct(StringComparer.Ordinal).ToList();
            return new Form(text, organization, acronym, words, buckets);
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    // Lists a group under a key once (the person, place and body indexes of Link).
    private static void IndexGroup(Dictionary<string, List<int>> byKey, string key, int group)
    {
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }
        if (!list.Contains(group))
        {
            list.Add(group);
        }
    }

    /// <summary>
    /// The entity's kind: mentions typed by a cue vote; the shape of a name ("two capitalised words
    /// are a person") counts only when no cue spoke. "the ferry Hanbit Star" outvotes any number of
    /// bare "Hanbit Star".
    /// </summary>
    private static EntityType TypeOf(List<ArticleMention> all)
    {
        // "her breakup from Hawke" beside "Ethan Hawke": a person goes by the last word of a name of two or three words, a
        // place seldom does, so the place that word alone was read as is the person's surname.
        if (all.Any(m => m.Mention.Type == EntityType.Person && m.Mention.Known is null && m.Mention.Text.Split(' ') is { Length: 2 or 3 } words && words.All(w => w.Length > 1 && char.IsUpper(w[0]))))
        {
            var surnames = all.Where(m => m.Mention.Type == EntityType.Person && m.Mention.Known is null)
                .Select(m => m.Mention.Text.Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
            all = all.Where(m => !(m.Mention.Type == EntityType.Place && m.Mention.Known is null && surnames.Contains(m.Mention.Text) && !m.Mention.Text.Contains(' ', StringComparison.Ordinal))).ToList();
        }
        var group = all.Where(m => m.Mention.Confident).ToList() is { Count: > 0 } confident
            ? confident
            : all.Where(m => m.Mention.Type != EntityType.Other).ToList();
        if (group.Any(m => m.Mention.Type != EntityType.Other))
        {
            // "the Danube" only says that some thing is meant; "the Danube ports" or "along the Danube" say it is a place.
            group = group.Where(m => m.Mention.Type != EntityType.Other).ToList();
        }
        if (group.Count == 0)
        {
            return EntityType.Other;
        }
        var organizations = group.Count(m => m.Mention.Type == EntityType.Organization);
        if (organizations * 2 <= group.Count && group.Any(m => m.Mention.Title is not null))
        {
            return EntityType.Person;
        }
        if (organizations * 3 >= group.Count && group.All(m => m.Mention.Known is null && !m.Mention.Text.Contains(' ', StringComparison.Ordinal)))
        {
            // "Microsoft employees", "a spokesman for Microsoft" beside "at Microsoft", "from Microsoft": a body is also
            // where people work and what mail comes from, while a town seldom has a spokesman.
            return EntityType.Organization;
        }
        // Cues that tie ("Adam Schiff, who" against "attention back from Schiff") are parted by all the mentions typed at all.
        var typed = all.Where(m => m.Mention.Type != EntityType.Other).GroupBy(m => m.Mention.Type).ToDictionary(g => g.Key, g => g.Count());
        return group.GroupBy(m => m.Mention.Type)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => typed.GetValueOrDefault(g.Key))
            .ThenByDescending(g => g.Key)
            .First().Key;
    }

    private static LinkedEntity Entity(List<ArticleMention> group)
    {
        var type = TypeOf(group);
        var forms = group.Select((m, order) => (m.Mention.Text, Order: order))
            .GroupBy(m => m.Text, StringComparer.Ordinal)
            .Select(g => (Form: g.Key, Count: g.Count(), First: g.Min(m => m.Order)))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.First)
            .ToList();
        var known = group.Select(m => m.Mention.Known).FirstOrDefault(k => k is not null);
        // A full name is one that more reports write; between names as many reports write, the one whose words more
        // reports spell so, in it or in any other form. Reports, not mentions: where two reports write "Oleksandr
        // Hrytsenko" or "Hrytsenko" and one writes "Aleksandr Gritsenko" and "Gritsenko" again and again, the first names
        // the minister.
        var writtenBy = group.GroupBy(m => m.Mention.Text, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var spelledBy = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, articles) in writtenBy)
        {
            foreach (var word in AliasMatcher.Words(form))
            {
                if (!spelledBy.TryGetValue(word, out var spelling))
                {
                    spelledBy[word] = spelling = new HashSet<string>(StringComparer.Ordinal);
                }
                spelling.UnionWith(articles);
            }
        }
        var full = forms.Select(f => (f.Form, f.Count, Words: AliasMatcher.Words(f.Form)))
            // A company is named without its legal form when a report writes it so ("Equifax", not "Equifax Inc").
            .Where(f => f.Words.Count >= 2 && !Gazetteer.IsAbbreviation(f.Form)
                && !(type == EntityType.Organization && NameCues.WithoutLegalForm(f.Form) is { } stem && writtenBy.ContainsKey(stem)))
            .OrderByDescending(f => writtenBy[f.Form].Count)
            .ThenByDescending(f => f.Words.Average(w => spelledBy[w].Count))
            .ToList();
        // A person is not named by a form with words in front of another that is written as often: "Billionaire Elon
        // Musk" once beside "Elon Musk" once is a caption. A surname that opens with a particle ("Van Der Beek", "De
        // Niro") is the family name alone, and the form with the given name in front of it is the full one.
        var name = known
            ?? full.Where(f => type != EntityType.Person || !(SurnameAlone(f.Words) ? full.Any(o => o.Words.Count > f.Words.Count && AliasMatcher.EndsWith(o.Words, f.Words))
                : full.Any(o => o.Words.Count < f.Words.Count && o.Count >= f.Count && !SurnameAlone(o.Words) && AliasMatcher.EndsWith(f.Words, o.Words))))
                .Select(f => f.Form).FirstOrDefault()
            ?? full.Select(f => f.Form).FirstOrDefault()
            ?? forms[0].Form;
        var aliases = forms.Select(f => f.Form)
            .Where(f => !f.Equals(name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new LinkedEntity(name, type, aliases, group);
    }
}
