using System.Text.RegularExpressions;

namespace Storyline.Stories;

/// <summary>An event word found in a sentence, with its place in the sentence.</summary>
/// <param name="Family">The kind of event, shared by the words sources use interchangeably ("visit", "talks", "summit").</param>
/// <param name="Noun">What the word calls the event, as a noun ("talks", "visit" for "visited").</param>
internal readonly record struct EventWord(string Family, string Noun, int Start, int End);

/// <summary>Words that name an event, grouped into families that sources use interchangeably ("visit", "trip", "summit", "talks").</summary>
internal static partial class EventWords
{
    /// <summary>The family of reporting verbs: a date next to one dates a statement, not the event it is about.</summary>
    public const string Statement = "statement";

    /// <summary>The family of a machine or signal failing: "lost contact", "engine failure".</summary>
    public const string Breakdown = "breakdown";

    // Filled while the word list is built, so it is declared first: a noun's rank within its family.
    private static readonly Dictionary<(string, string), int> NounOrder = new();

    // family → "noun: the words that name it; next noun: ...". The first noun of a family is its plainest name.
    private static readonly Dictionary<string, (string Family, string Noun)> Words = Build(new Dictionary<string, string>
    {
        ["visit"] = "visit: visit visits visited visiting hosted; trip: trip trips travelled traveled; tour: tour toured; summit: summit summits; "
            + "talks: talks; negotiations: negotiations negotiation; meeting: met meet meets meeting; arrival: arrived",
        ["attack"] = "attack: attack attacks attacked assault; strike: struck; bombing: bombing bombed; shelling: shelling shelled; raid: raid raided; "
            + "explosion: explosion blast; shooting: shooting; ambush: ambush; invasion: invasion invaded",
        ["strike"] = "strike: strike strikes; walkout: walkout walkouts; stoppage: stoppage stoppages",
        ["launch"] = "launch: launch launched launches fired; test: test tested tests; construction: built; commissioning: commissioned",
        ["election"] = "election: election elections elected polls; vote: vote voted voting ballot; referendum: referendum",
        ["agreement"] = "agreement: agreement agreed; signing: signed sign signs signing; award: awarded award; deal: deal; treaty: treaty; accord: accord; ceasefire: ceasefire; truce: truce",
        ["disaster"] = "earthquake: earthquake quake; flood: flood floods flooding; storm: storm; hurricane: hurricane; typhoon: typhoon; cyclone: cyclone; "
            + "wildfire: wildfire; fire: fire fires blaze blazes; crash: crash crashed; collapse: collapse collapsed; eruption: eruption; landslide: landslide",
        ["protest"] = "protest: protest protests protested; rally: rally rallies; demonstration: demonstration demonstrations; march: march",
        ["arrest"] = "arrest: arrested arrest; detention: detained detention; charge: charged; indictment: indicted",
        ["trial"] = "trial: trial; hearing: hearing; verdict: verdict; ruling: ruling ruled; sentence: sentenced sentence; conviction: convicted; acquittal: acquitted",
        ["death"] = "death: died death killed killing dead; funeral: funeral; assassination: assassinated assassination",
        ["resignation"] = "resignation: resigned resignation stepped; ousting: ousted; dismissal: sacked dismissed",
        ["release"] = "release: released freed release; return: returned repatriated repatriation",
        ["abduction"] = "kidnapping: kidnapped kidnapping kidnappings; abduction: abducted abduction abductions",
        ["emergency"] = "emergency: emergency; curfew: curfew; lockdown: lockdown",
        ["suspension"] = "suspension: suspended suspension; closure: closure closed; shutdown: shutdown; outage: outage blackout",
        // Only in the company of a machine or a signal (see At): "lost" and "failure" alone name nothing.
        [Breakdown] = "breakdown: breakdown breakdowns; failure: failure failures; loss of contact: lost",
        [Statement] = "statement: said says say announced announces announcement reported reports stated told declared statement confirmed quoted added noted claimed",
    });

    /// <summary>Words before "strike" that make it an attack, not a walkout ("an air strike").</summary>
    private static readonly HashSet<string> MilitaryStrike = new(StringComparer.OrdinalIgnoreCase)
    {
        "air", "airstrike", "drone", "missile", "rocket", "military", "artillery", "retaliatory", "nuclear", "precision", "pre-emptive", "preemptive",
    };

    /// <summary>Words before "fire" that make it a blaze ("a fire", "the ferry fire", "caught fire"); after any other ("opened
    /// fire", "under fire", "could fire") it is shooting, criticism or a verb, and names no disaster.</summary>
    private static readonly HashSet<string> BlazeBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "the", "this", "that", "deadly", "fatal", "huge", "massive", "major", "large", "big", "small", "serious", "raging", "devastating",
        "forest", "bush", "brush", "grass", "house", "building", "factory", "warehouse", "apartment", "hotel", "market", "hospital", "school",
        "ship", "ferry", "vessel", "tanker", "boat", "train", "bus", "car", "plant", "refinery", "mine", "tunnel", "club", "kitchen", "electrical",
        "caught", "catch", "catches", "catching", "set", "sets", "fought", "fight", "fighting", "battled", "extinguished",
    };

    /// <summary>Words after "fire" that make it part of a name for those who fight or prevent fires ("the fire brigade
    /// said"), which names no blaze.</summary>
    private static readonly HashSet<string> FireService = new(StringComparer.OrdinalIgnoreCase)
    {
        "department", "departments", "brigade", "brigades", "service", "services", "crew", "crews", "fighter", "fighters", "engine", "engines",
        "truck", "trucks", "station", "stations", "chief", "chiefs", "officer", "officers", "official", "officials", "authorities", "marshal",
        "alarm", "alarms", "safety", "detector", "detectors", "escape", "escapes", "exit", "exits", "door", "doors", "hydrant", "hydrants",
        "extinguisher", "extinguishers", "code", "codes", "inspection", "inspections", "insurance", "risk", "hazard", "drill", "drills",
    };

    /// <summary>What a ship, plane or plant loses or has fail: "lost contact", "lost the power", "an engine failure".</summary>
    private static readonly HashSet<string> Machinery = new(StringComparer.OrdinalIgnoreCase)
    {
        "contact", "touch", "communication", "communications", "radio", "signal", "power", "propulsion", "steering",
        "engine", "engines", "mechanical", "technical", "brake", "brakes", "electrical", "generator", "equipment", "system", "systems",
    };

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s+(?:am|vom|le|el|este|ce|na|no)\s+$")]
    private static partial Regex DayArticle();

    /// <summary>The event word a date in a sentence belongs to, or null when the sentence names no event.</summary>
    /// <remarks>
    /// The nearest event word wins, except that a reporting verb wins only when it touches the
    /// date ("said on Sunday", "on Sunday said"): "Putin's visit on July 19, officials noted" dates the visit.
    /// </remarks>
    /// <param name="sentence">The sentence's text.</param>
    /// <param name="start">Where the date starts in the sentence.</param>
    /// <param name="length">The date's length.</param>
    /// <param name="language">The sentence's language: German, French, Spanish, Italian and Portuguese have event words of their own; any other is read as English.</param>
    public static EventWord? Nearest(string sentence, int start, int length, string? language = null)
    {
        EventWord? statement = null;
        EventWord? other = null;
        var statementDistance = int.MaxValue;
        var otherDistance = int.MaxValue;
        foreach (Match m in Word().Matches(sentence))
        {
            if (At(sentence, m, language) is not { } word)
            {
                continue;
            }
            var distance = m.Index >= start + length ? m.Index - (start + length) : m.Index + m.Length <= start ? start - (m.Index + m.Length) : 0;
            if (word.Family == Statement && m.Index + m.Length <= start && DayArticle().IsMatch(sentence.AsSpan(m.Index + m.Length, start - m.Index - m.Length)))
            {
                // "sagte am Mittwoch", "dijo el lunes": the article or preposition other languages put before a day is
                // not part of the date, but the verb still touches it.
                distance = 0;
            }
            if (word.Family == Statement && distance < statementDistance)
            {
                (statement, statementDistance) = (word, distance);
            }
            else if (word.Family != Statement && distance < otherDistance)
            {
                (other, otherDistance) = (word, distance);
            }
        }
        if (statement is not null && (other is null || (statementDistance <= 2 && statementDistance < otherDistance)))
        {
            return statement;
        }
        return other;
    }

    /// <summary>Every event word of a sentence in <paramref name="language"/> (English when unknown), reporting verbs left out.</summary>
    public static IEnumerable<EventWord> In(string sentence, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (Match m in Word().Matches(sentence))
        {
            if (At(sentence, m, language) is { Family: not Statement } word)
            {
                yield return word;
            }
        }
    }

    /// <summary>The event a single word names, or null when it names none ("walkout" → strike; "visited" → visit).</summary>
    public static EventWord? Of(string sentence, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var m = Word().Match(sentence, start, end - start);
        return m.Success && m.Length == end - start ? At(sentence, m, null) : null;
    }

    /// <summary>The noun the claim's sentences most often use for the event.</summary>
    /// <remarks>On a tie, the noun of the family the story's sentences use most wins ("strike" over "walkout", "stoppage"), then the family's plainest name.</remarks>
    /// <param name="words">The event words of the claim's statements.</param>
    /// <param name="story">How often the story's sentences use each event noun.</param>
    public static string Label(IEnumerable<EventWord> words, EventUsage story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var used = words.Where(w => w.Family != Statement).ToList();
        if (used.Count == 0)
        {
            throw new ArgumentException("At least one event word is needed.", nameof(words));
        }
        var counted = used.GroupBy(w => w.Noun, StringComparer.Ordinal).Select(g => (Noun: g.Key, Count: g.Count(), g.First().Family)).ToList();
        var top = counted.Max(c => c.Count);
        var tied = counted.Where(c => c.Count == top).ToList();
        if (tied.Count == 1)
        {
            return tied[0].Noun;
        }
        var family = tied[0].Family;
        var usage = story.Of(family);
        // The claim's own words may be two synonyms once each ("stoppage", "walkout"); the story's usual word names it best.
        return tied.Select(c => c.Noun).Union(usage.Keys)
            .OrderByDescending(n => usage.GetValueOrDefault(n))
            .ThenBy(n => NounOrder.GetValueOrDefault((family, n), int.MaxValue))
            .First();
    }

    /// <summary>How often a story's sentences use each event noun, counted once on first need.</summary>
    internal sealed class EventUsage(IEnumerable<ReadSentence> sentences)
    {
        private Dictionary<string, Dictionary<string, int>>? counts;

        public IReadOnlyDictionary<string, int> Of(string family)
        {
            if (counts is null)
            {
                counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
                foreach (var sentence in sentences)
                {
                    foreach (var word in In(sentence.Sentence.Text, sentence.Language))
                    {
                        if (!counts.TryGetValue(word.Family, out var nouns))
                        {
                            counts[word.Family] = nouns = new Dictionary<string, int>(StringComparer.Ordinal);
                        }
                        nouns[word.Noun] = nouns.GetValueOrDefault(word.Noun) + 1;
                    }
                }
            }
            return counts.TryGetValue(family, out var found) ? found : new Dictionary<string, int>(StringComparer.Ordinal);
        }
    }

    // The event a word of a sentence in `language` names: German and the Romance languages have words of their own, any other
    // language is read as English.
    private static EventWord? At(string sentence, Match m, string? language)
    {
        if (ReadsForeign(language))
        {
            return ForeignAt(sentence, m, language);
        }
        var lower = m.Value.ToLowerInvariant();
        if (!Words.TryGetValue(lower, out var entry) || (char.IsUpper(m.Value[0]) && IsMonthName(m.Value)))
        {
            // "in March" is a month, not a march.
            return null;
        }
        if (entry.Family == Breakdown && !NamesABreakdown(sentence, m, lower))
        {
            return null;
        }
        if (lower is "fire" or "fires" && !NamesABlaze(sentence, m))
        {
            return null;
        }
        if (entry.Family == "strike" && PreviousWord(sentence, m.Index) is { } previous && MilitaryStrike.Contains(previous))
        {
            entry = ("attack", "strike");
        }
        if (lower is "struck" or "strikes" && DisasterBefore(sentence, m.Index) is { } disaster)
        {
            // "an earthquake measuring 6.1 struck off Hokkaido": what struck is the disaster, not an attacker.
            entry = disaster;
        }
        return new EventWord(entry.Family, entry.Noun, m.Index, m.Index + m.Length);
    }

    // "a fire", "the ferry fire", "caught fire", but not "opened fire", "under fire", "fire-damaged" or "the fire brigade".
    private static bool NamesABlaze(string sentence, Match m)
    {
        var end = m.Index + m.Length;
        if (end < sentence.Length && sentence[end] == '-')
        {
            return false;
        }
        var next = Word().Match(sentence, end);
        return PreviousWord(sentence, m.Index) is { } before && BlazeBefore.Contains(before)
            && !(next.Success && next.Index - end <= 1 && FireService.Contains(next.Value));
    }

    // "lost contact", "lost the power"; "engine failure", "a breakdown of the steering": the machine or signal is named beside the word.
    private static bool NamesABreakdown(string sentence, Match m, string lower)
    {
        if (lower == "lost")
        {
            var next = Word().Match(sentence, m.Index + m.Length);
            if (next.Success && next.Value.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                next = next.NextMatch();
            }
            return next.Success && next.Index - (m.Index + m.Length) <= 5 && Machinery.Contains(next.Value);
        }
        if (PreviousWord(sentence, m.Index) is { } previous && Machinery.Contains(previous))
        {
            return true;
        }
        var after = Word().Match(sentence, m.Index + m.Length);
        return after.Success && after.Value is "of" or "in" && after.NextMatch() is { Success: true } what
            && (Machinery.Contains(what.Value) || (what.Value == "the" && what.NextMatch() is { Success: true } thing && Machinery.Contains(thing.Value)));
    }

    /// <summary>A disaster named among the few words before a verb, its subject.</summary>
    private static (string Family, string Noun)? DisasterBefore(string sentence, int index)
    {
        var window = sentence[Math.Max(0, index - 60)..index];
        (string, string)? found = null;
        foreach (Match m in Word().Matches(window))
        {
            if (Words.TryGetValue(m.Value.ToLowerInvariant(), out var entry) && entry.Family == "disaster")
            {
                found = entry;
            }
        }
        return found;
    }

    private static string? PreviousWord(string sentence, int index)
    {
        var end = index;
        while (end > 0 && sentence[end - 1] is ' ' or '-')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(sentence[start - 1]))
        {
            start--;
        }
        return start < end ? sentence[start..end] : null;
    }

    private static bool IsMonthName(string word) => word.Equals("March", StringComparison.OrdinalIgnoreCase) || word.Equals("May", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, (string Family, string Noun)> Build(Dictionary<string, string> families)
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (family, noun, rank, word) in Entries(families))
        {
            NounOrder.TryAdd((family, noun), rank);
            map.TryAdd(word, (family, noun));
        }
        return map;
    }

    // The words of "family → noun: words; next noun: words" lists, with each noun's rank within its family.
    private static IEnumerable<(string Family, string Noun, int Rank, string Word)> Entries(Dictionary<string, string> families)
    {
        foreach (var (family, spec) in families)
        {
            var rank = 0;
            foreach (var entry in spec.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                var noun = entry[..colon].Trim();
                foreach (var word in entry[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return (family, noun, rank, word);
                }
                rank++;
            }
        }
    }
}
