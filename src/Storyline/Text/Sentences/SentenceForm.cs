using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Text.Sentences;

/// <summary>Tells a full English sentence from a fragment: a caption, a list heading, a noun phrase with a full stop.</summary>
/// <remarks>
/// Without a part-of-speech tagger, a finite verb is recognised by closed-class evidence: an
/// auxiliary or modal, an irregular past form, a word in -ed that no determiner introduces, a word
/// after a subject pronoun, or a verb in -s between a noun and its object. Present-tense captions
/// ("Librarians sort the returned books at ...") carry none of these and count as fragments. Thread-safe.
/// </remarks>
public static partial class SentenceForm
{
    [GeneratedRegex(@"[\p{L}][\p{L}'’]*")]
    private static partial Regex Word();

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "shall", "should",
        "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't",
        "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "it's", "he's", "she's", "there's", "that's",
    };

    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "said", "told", "met", "began", "took", "made", "went", "came", "saw", "gave", "found", "left", "held", "put", "set", "struck",
        "hit", "broke", "fell", "rose", "ran", "won", "lost", "sent", "brought", "kept", "led", "paid", "spent", "stood", "thought",
        "knew", "got", "became", "fled", "flew", "drove", "wrote", "spoke", "chose", "sold", "built", "cut", "shot", "fought", "caught",
        "sought", "taught", "felt", "meant", "tore", "swept", "sank", "burst", "spread", "drew", "grew", "threw", "shook", "hung",
        "woke", "sat", "ate", "bought", "dealt", "bore", "froze", "slid", "stuck", "struck", "sped", "swam", "rang", "sang",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "some", "any", "no",
        "each", "every", "many", "several", "newly", "recently", "of", "and", "or", "with", "for", "in", "on", "at", "by", "from",
    };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "we", "i", "you", "who", "which",
    };

    /// <summary>Words after which a verb in -s takes its object or complement ("pushes the river", "says that").</summary>
    private static readonly HashSet<string> ObjectOpeners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "that", "it", "its", "his", "her", "their", "them", "him", "up", "out", "down", "off", "back",
    };

    /// <summary>Verbs in -s that take an infinitive ("plans to use", "continues to defy"), whatever a noun in -s before "to" would be.</summary>
    private static readonly HashSet<string> VerbsBeforeTo = new(StringComparer.Ordinal)
    {
        "plans", "continues", "wants", "needs", "seems", "hopes", "aims", "tends", "appears", "tries", "vows", "promises",
        "threatens", "refuses", "agrees", "expects", "intends", "decides", "fails", "begins", "starts", "declines", "pledges",
        "struggles", "prepares", "wishes", "chooses", "helps", "manages", "offers",
    };

    [GeneratedRegex(@"^[a-z]+'(?:ll|ve|re|d)$")]
    private static partial Regex ContractedAuxiliary();

    /// <summary>Words in -ed that are no past forms.</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "hundred", "need", "speed", "seed", "feed", "bed", "red", "shed", "indeed", "embed", "breed", "creed", "greed", "weed", "steed",
        "bleed", "led", "wed", "sled", "shred", "naked", "sacred", "wicked", "rugged", "ragged", "kindred", "beloved", "aged",
    };

    [GeneratedRegex(@"\b(?:is|are)\s+(?:being\s+)?(?:seen|shown|pictured|photographed|towed|carried|escorted|helped|led|taken|brought|loaded|unloaded|checked|examined|evacuated|rescued|greeted|surrounded|displayed|covered|lifted|moved)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PictureVerb();

    // What people in a picture are doing, in the present, with the words that make it a scene rather than a state ("stands
    // near the van", not "stands at 84"; "hold up placards", not "holds a stake"), or what a picture is seen from.
    [GeneratedRegex(@"^[^,;:]{0,120}?\b(?:stands?\s+(?:near|beside|next to|outside|inside|in front of|behind|among|amid|on top of|by|at the)"
        + @"|sits?\s+(?:beside|next to|outside|among|amid|near|in front of)|walks?\s+(?:past|through|along|across|near|outside|down|among|amid)"
        + @"|gathers?\s+(?:outside|around|near|at the|in front of)|(?:kneels?|prays?)\s+(?:at|beside|next to|outside|near|in front of)|mourns?\s+(?:at|outside|during|near)"
        + @"|holds?\s+(?:up\s+(?:a|an|the|their|his|her|its|our|signs?|placards?|banners?|flags?|portraits?|photos?|pictures?|posters?|candles?|images?)\b|a (?:candle|placard|sign|banner|flag|portrait|photo|picture)|(?:candles|placards|signs|banners|flags|portraits|photos|pictures)\b)"
        + @"|looks? on\b|lays?\s+(?:flowers|a wreath|wreaths)|lights?\s+candles|poses?\s+(?:for|with)\b"
        + @"|(?:celebrates?|reacts?|smiles?)\s+(?:after|during|as|while)\b|waves?\s+to\s+(?:the\s+)?(?:crowds?|fans|supporters|spectators|well-wishers|media|reporters|photographers)\b"
        + @"|gestures?\s+(?:during|as|while|to the)\b|attend\s+the\s+scene\b"
        + @"|(?:is|are)\s+(?:seen|pictured|shown|photographed)\s+(?:from|in|at|on|near|during|outside|inside|behind|beside|next to|leaving|arriving|walking|standing|speaking|holding))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SceneVerb();

    [GeneratedRegex(@"\b(?:said|says|told|tells|according)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    // A news agency's caption names the picture it is under: "FILE - In this April 15, 2015 file photo, ...", "In this
    // undated photo released by the project, ...", "... holds a rifle in this April 6, 2012 photo.", and, cut after an
    // abbreviated month, "2, 2012 file photo, voters stand in line ...". It may say where the picture came from ("A photo
    // issued by the Rail Accident Investigation Branch of the tram ...", "Grab from a video obtained via CNN footage shows
    // ...", "... appear Thursday in Banki, in a photo obtained exclusively by CNN."), or
    // open on a gallery's counter and the day ("20/34 11 November 2017 Members of ... during a service at the Cenotaph").
    [GeneratedRegex(@"^\W*(?:an? |the )?(?:photo|image|picture|photograph|handout|still|screenshot|screen grab|video grab)s? (?:issued|released|provided|taken|distributed|obtained|made available|supplied|shared|posted) (?:by|on|in|at|from|to)\b"
        + @"|^\W*(?:an? |the )?(?:grab|still|screenshot|screen grab|frame grab|video grab|image|picture)s? (?:taken )?from (?:an? |the )?(?:video|footage|clip|broadcast)\b"
        + @"|\bin (?:an? |the )?(?:photo|image|picture|photograph|video) (?:obtained|released|provided|taken|distributed|supplied|shared|posted) (?:by|exclusively|on|from)\b"
        + @"|^\W*(?:\(\s*associated press\s*\)\s*)?file\s*[-–—:]|\bin this\s+(?:(?:undated|[\w.]*\d[\w.]*,?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?)\s+){0,5}(?:file\s+|handout\s+|pool\s+)?(?:photo|image|picture|photograph|frame grab|video grab)\b|^[\d,\s]{1,12}file\s+photo\b"
        + @"|^\W*\d{1,3}\s*/\s*\d{1,3}\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyCaption();

    /// <summary>True when <paramref name="sentence"/> reads like a photo caption: short, in the present passive of what a picture
    /// shows ("The ferry is towed into port"), or, at any length, in the present of what the people in it do ("A police officer
    /// stands near the van", "Women hold up placards") or of where it is seen from, with no one quoted; or naming the picture
    /// it is under, as news agencies do ("In this April 6, 2012 file photo, ..."); or showing a player by his shirt number.</summary>
    public static bool LooksLikeCaption(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return (Word().Count(sentence) <= 16 && PictureVerb().IsMatch(sentence)) || (SceneVerb().IsMatch(sentence) && !Reported().IsMatch(sentence))
            || AgencyCaption().IsMatch(sentence) || (DayOfPicture().IsMatch(sentence) && !LooksAhead().IsMatch(sentence)) || PlayerInPicture().IsMatch(sentence)
            || TrailingPictureCredit().IsMatch(sentence) || InGallery(sentence);
    }

    private static bool InGallery(string sentence) => GalleryCounter().Match(sentence) is { Success: true } counter
        && int.Parse(counter.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) <= int.Parse(counter.Groups["of"].ValueSpan, CultureInfo.InvariantCulture);

    // A gallery's counter and its picture's title open the caption: "6/30 Black Hole Friday NASA celebrated ...". Not a
    // day written with a slash ("9/11 changed ...", "3/11"): a gallery holds a dozen pictures or more.
    [GeneratedRegex(@"^\W*(?<n>\d{1,3})\s*/\s*(?<of>1[2-9]|[2-9]\d|\d{3})\s+\p{Lu}")]
    private static partial Regex GalleryCounter();

    // A gallery's caption ends on the picture's credit, with no stop before or after it: "A veteran takes his hat off during
    // the ceremony REUTERS", "The pair are today celebrating the centenary Getty". A sentence that names an agency ends
    // with a stop ("..., a spokesman told Reuters.").
    [GeneratedRegex(@"[\p{L}\d,]\s+(?:REUTERS|AFP|Getty(?: Images)?|(?:AFP|EPA|PA|AP)/Getty(?: Images)?|Rex Features|Shutterstock|PA Wire)\s*$")]
    private static partial Regex TrailingPictureCredit();

    // The day with its weekday and its year ("Sunday, Nov. 13, 2016"), as an agency's caption gives the day its picture was
    // taken; a report of the day's news writes neither. The dev sets hold 431 sentences that give a day so: of 40 drawn
    // at random all were captions (or a caption's second sentence, "The bank said Friday, Dec. 29, 2017, that ..."), and
    // among the rest one report's lead ("On Wednesday, April 5, 2017, Shaich said ..."). A notice of what is to come may
    // give the day so too ("The inquiry opens Monday, March 10, 2025, ...").
    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayOfPicture();

    [GeneratedRegex(@"\b(?:will|shall|scheduled|set to|expected to|is to|are to|opens|begins|starts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksAhead();

    // A sports picture's player, his shirt number and what he does: "Ben Roethlisberger (7) scrambles away from ...".
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’.\-]+\s+\(\d{1,2}\)\s+\p{Ll}+s\b")]
    private static partial Regex PlayerInPicture();

    /// <summary>Openers that point back at an earlier sentence: a pronoun, a demonstrative, a connective.</summary>
    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "these", "those", "that", "such",
        "another", "both", "but", "however", "also", "still", "yet", "instead", "moreover", "furthermore", "nevertheless",
        "nonetheless", "besides", "likewise", "similarly", "thus", "hence", "therefore", "and", "or", "nor", "then", "otherwise",
        "afterwards", "afterward", "meanwhile", "additionally", "consequently", "accordingly", "indeed", "again",
    };

    [GeneratedRegex(@"^(?:For (?:example|instance)|In (?:addition|fact|contrast|turn|response|particular)|As a result|On the other hand|At (?:the|that) (?:time|point)|(?:By|Since|Until) then|By contrast|Even so|At the same time|(?:Because of|Despite|After|Before) (?:this|that)\b(?! (?:year|week|month|morning|day)))\b")]
    private static partial Regex Connective();

    /// <summary>Words after "this", "that" or "these" that make a time, not a pointer ("This year", "That night").</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "year", "years", "week", "weeks", "month", "months", "time", "morning", "afternoon", "evening", "night", "weekend", "season",
        "summer", "winter", "spring", "fall", "autumn", "day", "days", "decade", "century", "past", "coming",
    };

    // "It is not yet clear whether ...": "it" standing for what follows, not for something said before.
    [GeneratedRegex(@"^It\s+(?:is|was|remains|remained|has been|had been|will be|would be)\s+(?:not\s+)?(?:yet\s+|immediately\s+|still\s+)?(?:un)?(?:clear|known|likely|possible|expected|believed|thought|reported|estimated|understood|feared)\b")]
    private static partial Regex AnticipatoryIt();

    [GeneratedRegex(@"[""“”]")]
    private static partial Regex DoubleQuote();

    private static readonly HashSet<string> FirstAndSecondPerson = new(StringComparer.Ordinal)
    {
        "I", "we", "We", "us", "our", "Our", "my", "My", "you", "You", "your", "Your",
    };

    // A quotation the sentence opens or closes but does not hold whole: '... a sexy new look,” said Mr Kershaw.' ends one
    // that began a sentence or more before. Curly marks must pair up; straight ones must come in twos.
    /// <summary>
    /// Whether a "sentence" is the tail of a quotation split inside it: its first quotation mark closes one, within a few
    /// words of its start ("OUT,” Noem tweeted Monday night." of "We are here to Get. It. OUT,” Noem tweeted ...").
    /// </summary>
    public static bool OpensInsideQuote(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return QuoteTail().IsMatch(sentence);
    }

    [GeneratedRegex(@"^\s*[^“”""\s][^“”""]{0,59}?[,.!?…]”\s+\S")]
    private static partial Regex QuoteTail();

    private static bool SpansAQuotation(string text)
    {
        int opens = 0, closes = 0, straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '“': opens++; break;
                case '”': closes++; break;
                case '"': straight++; break;
            }
        }
        // A page that types ” on both sides of a quotation pairs its marks up too.
        return straight % 2 == 1 || (opens != closes && !(opens == 0 && closes % 2 == 0));
    }

    /// <summary>True when an English <paramref name="sentence"/> reads right on its own, as a summary or a timeline shows it.</summary>
    /// <remarks>
    /// Not on its own: a question; one cut with an ellipsis; one that opens by pointing back ("His wife was also
    /// killed", "However, the police ...", "Another fan wrote"); one that opens a quotation ("“I've seen many races,")
    /// or holds only the start or the end of one running over several sentences; one that opens with an auxiliary
    /// ("Will be in deep space for a billion years"), which is a tweet or a heading; one that speaks to the reader or as
    /// "I" or "we" outside quotation marks ("Never give out personal information", "We pay for your stories!"), which is
    /// advice, an appeal or a quotation cut from its marks, not a report; and, where it is run on with others, one
    /// without a full stop at its end, which is a heading or a caption.
    /// </remarks>
    /// <param name="sentence">The sentence.</param>
    /// <param name="joined">
    /// Whether it is shown run on with others, as in a summary, where a line without a full stop glues itself to the
    /// next; a line of its own (a timeline's) may lack one.
    /// </param>
    public static bool StandsAlone(string sentence, bool joined = true)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        var closed = text.TrimEnd('"', '”', '\'', '’', ')');
        if (closed.Length == 0 || text[0] is '"' or '“' or '\'' or '‘' || closed[^1] == '?' || closed.EndsWith("..", StringComparison.Ordinal)
            || (joined && closed[^1] is not ('.' or '!')))
        {
            return false;
        }
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return false;
        }
        var first = words[0].ToLowerInvariant().Replace('’', '\'');
        var second = words.Count > 1 ? words[1].ToLowerInvariant().Split('\'', '’')[0] : "";
        if ((Auxiliaries.Contains(first) && first != "there's") || first is "never" or "please")
        {
            return false;
        }
        if (Connective().IsMatch(text) || SpansAQuotation(text))
        {
            return false;
        }
        if (BackReferences.Contains(first)
            && !(first is "this" or "that" or "these" && TimeNouns.Contains(second))
            && !(first is "both" or "another" && words.Count > 1 && char.IsUpper(words[1][0]))
            && !(first == "it" && AnticipatoryIt().IsMatch(text)))
        {
            return false;
        }
        // Outside quotation marks only: "I", "we" and "you" inside them are the quoted speaker's.
        var unquoted = DoubleQuote().Split(text).Where((_, i) => i % 2 == 0);
        foreach (var part in unquoted)
        {
            var partWords = Word().Matches(part).Select(m => m.Value).ToList();
            for (var i = 0; i < partWords.Count; i++)
            {
                // "World War I", "Henry I": a capital "I" after a name is a numeral.
                var word = partWords[i].Split('\'', '’')[0];
                if (FirstAndSecondPerson.Contains(word) && !(word == "I" && i > 0 && char.IsUpper(partWords[i - 1][0])))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static readonly HashSet<string> PastAuxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't",
    };

    /// <summary>True when <paramref name="text"/> has a verb in the past tense: "was", "had", "met", "closed".</summary>
    public static bool HasPastTense(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var lower = words[i].ToLowerInvariant().Replace('’', '\'');
            var previous = i > 0 ? words[i - 1].ToLowerInvariant() : "";
            if (PastAuxiliaries.Contains(lower))
            {
                return true;
            }
            if (char.IsLower(words[i][0]) && !Determiners.Contains(previous)
                && (IrregularPast.Contains(lower) || (lower.Length >= 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !NotVerbs.Contains(lower))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="sentence"/> has a finite verb: a statement, not a caption or a heading.</summary>
    public static bool HasFiniteVerb(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.TrimEnd().EndsWith(':'))
        {
            return false;
        }
        var words = Word().Matches(sentence).Select(m => m.Value).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.ToLowerInvariant().Replace('’', '\'');
            var previous = i > 0 ? words[i - 1].ToLowerInvariant() : "";
            var next = i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "";
            if (Auxiliaries.Contains(lower))
            {
                return true;
            }
            if (!char.IsLower(word[0]))
            {
                continue;
            }
            if (IrregularPast.Contains(lower) && !Determiners.Contains(previous))
            {
                return true;
            }
            // "An aftershock map released by the agency": a participle before "by" describes a noun.
            if (lower.Length >= 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !NotVerbs.Contains(lower) && !Determiners.Contains(previous) && next != "by")
            {
                return true;
            }
            if (SubjectPronouns.Contains(previous) && i > 0)
            {
                return true;
            }
            if (i > 0 && lower.Length >= 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !Determiners.Contains(previous) && (ObjectOpeners.Contains(next) || (next == "to" && VerbsBeforeTo.Contains(lower))))
            {
                return true;
            }
            if (ContractedAuxiliary().IsMatch(lower))
            {
                // "they'll be", "we've seen", "you're".
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The sentence with its first word capitalised when it is written all in lower case, as a sentence cut out of a
    /// flattened page may be ("the two killers who broke out ..." after a video's title was dropped before it). A first
    /// word with a capital inside ("iPhone", "eBay") is left as written, and so is a sentence that opens with other
    /// marks than quotation marks.
    /// </summary>
    public static string WithCapitalStart(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var start = 0;
        // Past opening quotation marks only: after an ellipsis, a bracket or a dash the sentence is a fragment or a
        // credit ("... we saw today", "( cnn ) days after"), not a beginning.
        while (start < sentence.Length && (char.IsWhiteSpace(sentence[start]) || sentence[start] is '"' or '“' or '‘' or '\''))
        {
            start++;
        }
        if (start == sentence.Length || !char.IsLower(sentence[start]))
        {
            return sentence;
        }
        var end = start;
        while (end < sentence.Length && char.IsLetter(sentence[end]))
        {
            if (char.IsUpper(sentence[end]))
            {
                return sentence;
            }
            end++;
        }
        return string.Concat(sentence.AsSpan(0, start), char.ToUpperInvariant(sentence[start]).ToString(), sentence.AsSpan(start + 1));
    }
}
