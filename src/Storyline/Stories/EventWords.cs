using System.Text.RegularExpressions;

namespace Storyline.Stories;

/// <summary>An event word found in a sentence, with its place in the sentence.</summary>
internal readonly record struct EventWord(string Family, string Word, int Start, int End);

/// <summary>Words that name an event, grouped into families that sources use interchangeably ("visit", "trip", "summit", "talks").</summary>
internal static partial class EventWords
{
    /// <summary>The family of reporting verbs: a date next to one dates a statement, not the event it is about.</summary>
    public const string Statement = "statement";

    private static readonly Dictionary<string, string> Families = Build(new Dictionary<string, string[]>
    {
        ["visit"] = ["visit", "visits", "visited", "visiting", "trip", "trips", "tour", "toured", "summit", "summits", "talks", "negotiations", "negotiation", "met", "meet", "meets", "meeting", "travelled", "traveled", "arrived", "hosted"],
        ["attack"] = ["attack", "attacks", "attacked", "strike", "strikes", "struck", "bombing", "bombed", "shelling", "shelled", "raid", "raided", "explosion", "blast", "shooting", "ambush", "assault", "invasion", "invaded"],
        ["launch"] = ["launch", "launched", "launches", "fired", "test", "tested", "tests", "built", "commissioned"],
        ["election"] = ["election", "elections", "vote", "voted", "voting", "referendum", "ballot", "polls", "elected"],
        ["agreement"] = ["signed", "agreement", "deal", "treaty", "accord", "ceasefire", "truce"],
        ["disaster"] = ["earthquake", "quake", "flood", "floods", "flooding", "storm", "hurricane", "typhoon", "cyclone", "wildfire", "crash", "crashed", "collapse", "collapsed", "eruption", "landslide"],
        ["protest"] = ["protest", "protests", "protested", "rally", "rallies", "demonstration", "demonstrations", "march", "strike"],
        ["arrest"] = ["arrested", "arrest", "detained", "detention", "charged", "indicted"],
        ["trial"] = ["trial", "hearing", "verdict", "ruling", "ruled", "sentenced", "convicted", "acquitted"],
        ["death"] = ["died", "death", "killed", "dead", "funeral", "assassinated", "assassination"],
        ["resignation"] = ["resigned", "resignation", "stepped", "ousted", "fired", "sacked", "dismissed"],
        ["release"] = ["released", "freed", "release"],
        [Statement] = ["said", "says", "say", "announced", "announces", "announcement", "reported", "reports", "stated", "told", "declared", "statement", "confirmed", "quoted", "added", "noted", "claimed"],
    });

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex Word();

    /// <summary>The event word a date in a sentence belongs to, as (family, word), or null when the sentence names no event.</summary>
    /// <remarks>
    /// The nearest event word wins, except that a reporting verb wins only when it touches the
    /// date ("said on Sunday", "on Sunday said"): "Putin's visit on July 19, officials noted" dates the visit.
    /// </remarks>
    public static EventWord? Nearest(string sentence, int start, int length)
    {
        EventWord? statement = null;
        EventWord? other = null;
        var statementDistance = int.MaxValue;
        var otherDistance = int.MaxValue;
        foreach (Match m in Word().Matches(sentence))
        {
            if (!Families.TryGetValue(m.Value.ToLowerInvariant(), out var family) || (char.IsUpper(m.Value[0]) && IsMonthName(m.Value)))
            {
                // "in March" is a month, not a march.
                continue;
            }
            var distance = m.Index >= start + length ? m.Index - (start + length) : m.Index + m.Length <= start ? start - (m.Index + m.Length) : 0;
            if (family == Statement && distance < statementDistance)
            {
                (statement, statementDistance) = (new EventWord(family, m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length), distance);
            }
            else if (family != Statement && distance < otherDistance)
            {
                (other, otherDistance) = (new EventWord(family, m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length), distance);
            }
        }
        if (statement is not null && (other is null || (statementDistance <= 2 && statementDistance < otherDistance)))
        {
            return statement;
        }
        return other;
    }

    private static bool IsMonthName(string word) => word.Equals("March", StringComparison.OrdinalIgnoreCase) || word.Equals("May", StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, string> Build(Dictionary<string, string[]> families)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (family, words) in families)
        {
            foreach (var word in words)
            {
                map.TryAdd(word, family);
            }
        }
        return map;
    }
}
