using System.Buffers;
using System.Text.RegularExpressions;
using Storyline.Extraction;
using Storyline.Text;
using Storyline.Text.Entities;

namespace Storyline.Stories;

/// <summary>Tells sentences that are site chrome (menus, bylines, captions, disclaimers, links) from article prose.</summary>
/// <remarks>Used by synthesis so that summaries, timelines and claims are drawn from prose only. Thread-safe.</remarks>
public static partial class Chrome
{
    private static readonly SearchValues<string> Phrases = SearchValues.Create(
    [
        "automatically generated", "machine translat", "translated by", "all rights reserved", "©",
        "newsletter", "click here", "read more", "follow us", "join the conversation",
        "advertisement", "share this", "related articles",
        "related stories", "related content", "related links", "related coverage", "click to read", "click to enlarge",
        "click to view", "click to see", "click to watch", "click to listen",
        "latest stories", "you may also like", "must-read", "popular now", "weekly best", "most read", "recommended for you",
        "download the app", "sorry, this", "interstitial", "gallery thumbnails", "hide caption", "photos:", "quick access to", "skip to", "main contents", "please always see",
        "system supported by", "inaccuracies in translat", "this article was", "this story has been", "this post has been", "this article has been", "reporting by",
        "editing by", "contributed to this report", "watch:", "all photos", "image source",
        "rewritten or redistributed", "try again later", "invalid email", "already subscribed", "never miss",
        "playback is unsupported", "toggle caption", "story continued below", "commenting has been closed",
        "not responsible for the content", "not a robot", "as an interest", "stay up to date on the latest",
        // A printed paper's note on where its web article ran ("A version of this article appears in print on ...").
        "appears in print on",
        // Labels of a picture's or clip's caption and of a link, which a flattened page runs into the prose around them
        // ("Image caption Divers reached the hull at noon the ferry sank ...", "See also: <headline> <sentence>"), and the
        // share buttons over a picture, which open its caption.
        "image caption", "media caption", "see also:", "(more:", "( more:", "facebook twitter pinterest",
    ], StringComparison.OrdinalIgnoreCase);

    // What every match of the notices below holds, looked for in one pass before any of them is run.
    private static readonly SearchValues<string> NoticeWords = SearchValues.Create(
        ["comment", "cookie", "copyright", "log", "sign", "listen", "subscri", "privacy", "terms of", "inbox", "delivered"], StringComparison.OrdinalIgnoreCase);

    // Words a site uses in its notices and a story in its prose ("Kim's comments", "a chocolate chip cookie", "a warning
    // sign in the picture", "a copyright lawsuit", "to listen to their concerns", "a fake invoice in your inbox"): only
    // their company tells the notice.
    [GeneratedRegex(@"\b\d+\s+comments?\b|\b(view|show|hide|load|post|leave|add|share) (your |a |all |the )?comments?\b|\bcomments? (are|is) (closed|moderated|disabled)|\byour comments\b|\bcomments? section\b|^\W*comments?\b"
        + @"|\bcookies? (policy|settings|preferences)\b|\b(use|uses|accept|allow|enable) (all )?cookies\b"
        + @"|\bcopyright\s*(\(c\)\s*)?\d{4}|\bimage copyright\b"
        + @"|^\W*(log|sign)[- ]?in\b|\b(must|please|to|or|and|you|can)\s+(log|sign)[- ]?in\b(?!\s+(the|a|an|his|her|their)\b)|\b(log|sign)[- ]?in (to|with) (your|an?|continue|comment|read|view)\b"
        + @"|^\W*listen( to)?\b|\blisten to (this|the full|our|the) (story|article|podcast|episode|interview|audio)\b"
        + @"|\bsign up for (our|the (\w+ )?\w+['’]s?)\s|\b(sign up|subscribe) (now|today|here)\b"
        + @"|^\W*(get|have|receive)\b.{0,80}\b(in|to|into) your inbox\b|\b(news|updates|alerts|newsletters?|briefings?|headlines|digest)\b.{0,40}\b(in|to|into) your inbox\b|\b(delivered|sent) (directly |straight |right )?to your inbox\b|^\W*(the )?(news|stories|headlines|updates)\b[^.]{0,60}\bdelivered (daily|weekly|((every|each) )?(week)?(day|morning|evening|night)s?( mornings| evenings)?)( to your inbox)?\W*$"
        + @"|\bsubscribers? only\b|\bsubscription (is )?(required|needed)\b|\b(start|buy|get|activate|renew|manage) (a |your )?(digital |free |premium )?subscription\b|\bfor subscribers\b|\balready a subscriber\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SiteNotice();

    // A linked headline's label opening the sentence: "Related: <headline>", "[ related: <headline> ]". Within a sentence
    // the word and a colon are prose ("the two fires were not related: one ...").
    [GeneratedRegex(@"^\W{0,3}related\s?:", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLink();

    // A page's call to look at something else, opening the sentence: "Scroll down for video", "Look back at the history of
    // Charlottesville each day in 2017", "Take a trip down memory lane and see what life was like in 2004", "Watch the
    // documentary on CNN ...", "See more of ...". Prose tells the reader what happened, not where to look.
    [GeneratedRegex(@"^\W*(?:scroll (?:down|up)\b|look back at\b|take a (?:look|trip|tour)\b|check out (?:the|our|more|all)\b|find out (?:more|what)\b|see more (?:at|of|on|photos|pictures|videos)\b"
        + @"|watch (?:the|our|more|all|it|them)\b.{0,60}\b(?:video|videos|trailer|trailers|clip|clips|documentary|interview|here|below|above|live)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LookElsewhere();

    [GeneratedRegex(@"https?://|www\.|[\w.+-]+@[\w-]+\.\w+|\b[\w-]+\.(?:com|net|org|id|co|io|kr)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\((?:left|right|center|centre|top|bottom|file)\)|\[\s*photo|photo\s*[:=]|\(photo|/AP\]|Getty Images|Getty\s*-\s*Contributor|AFP/|\(Between/|/HO\b|\(\d{1,2}/\d{1,2}/\d{2,4}\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*")]
    private static partial Regex Word();

    // A run of five words in capitals is a shouted heading or a player's controls ("CLOSE WHAT YOU NEED TO KNOW ABOUT"),
    // and a video player's "CLOSE" opens the list of clips it offers next.
    [GeneratedRegex(@"(?:\b\p{Lu}{2,}[\p{Lu}'’]*\b[\s,:|-]+){4}\b\p{Lu}{2,}\b|^CLOSE\s")]
    private static partial Regex Shouted();

    // A dateline or wire credit opening a lead: "JAKARTA - ", "SEOUL (Reuters) - ", "SAN JOSE, Dec 31 (Reuters) - ",
    // "SAN JOSE, Costa Rica — ", "(Reuters) ": a place in capitals, then perhaps a country or a day after a comma, then
    // perhaps the agency, then a dash.
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{Lu}\p{M} .,/'-]{1,40}(?:,\s*[\p{L}\p{M}0-9 .,]{2,30}?)?)?(?:\s*\([^)]{1,30}\))?\s*[-–—]{1,2}|\([\p{L} ]{2,20}\))\s+(?=\p{Lu})")]
    private static partial Regex Dateline();

    // The same in ordinary case, "Indianapolis – ", "Seoul, South Korea — ", or in a text written in lower case but for
    // its sentences' openings, "Los angeles — the ..." (in lower case after a page's leftovers, "Article excerpt washington
    // — house lawmakers ..."): a known place's name, perhaps its country after a comma, then a dash. Only the gazetteer
    // tells a place from a subject ("Mr Kim – who ..."); before a word in lower case, a second dash later on tells an aside
    // ("Syria — a country at war — is ...").
    [GeneratedRegex(@"^(?<place>\p{L}[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})(?:,\s*\p{L}[\p{L}. ]{1,30}?)?(?:\s*\([^)]{1,30}\))?\s+[-–—]{1,2}\s+(?=(?<lower>\p{Ll})|\p{Lu}|\d)")]
    private static partial Regex PlaceDateline();

    [GeneratedRegex(@"\s[-–—]{1,2}\s")]
    private static partial Regex SpacedDash();

    // A wire's credit in brackets, after a place of up to three words (and its state or country) in any case, perhaps
    // with a dash: "Los angeles ( ap ) — ", "West Palm Beach, Florida (CNN) ", "( cnn ) ", and a broadcaster's, by its
    // network or its call sign: "Plainfield ( wthr ) - ", "Minneapolis (WCCO) ", "( cbs4 ) ". The agency's name makes it
    // a credit whatever the case the text is written in.
    [GeneratedRegex(@"^(?:[\p{L}\p{M}.'’-]+(?:\s+[\p{L}\p{M}.'’-]+){0,2}(?:,\s*[\p{L}\p{M}.'’-]+(?:\s+[\p{L}\p{M}.'’-]+){0,2})?\s*)?\(\s*(?:ap|reuters|afp|cnn|upi|bloomberg|dpa|xinhua|efe|ansa|the associated press|associated press|(?:(?!(?:who|was|what|when|will|with|were|well|want|went|week|work|word|kind|king|knew|know|kept|keep|kill)\b)[wk][a-z]{2,3}|cbs|nbc|abc|fox)(?:[- ]?(?:tv|\d{1,2}|newyork|news))?(?:\s*/\s*cnn)?)\s*\)\s*(?:[-–—]{1,2}\s*)?(?=[\p{L}""“])", RegexOptions.IgnoreCase)]
    private static partial Regex WireCredit();

    // What a page's player, archive or byline box leaves before the first sentence, when the text was taken from the page
    // whole:
    // - "Close " (a video player's button, before its clip's caption), only before a word in lower case that "close" does
    //   not qualify ("Close friends said", "Close to 200 people" stay);
    // - "Article excerpt ", "Add interest ", "Embed more news videos ", "Now playing: watch this: ", and "Published on jun
    //   6, 2018 " (a video's upload date);
    // - a byline box, with its time stamps, its source and one or more names of two words: "/ updated by cassandra vinograd
    //   ", "Jan. 1, 2015, 11: 43 pm gmt / updated jan. 2, 2015, 4: 40 pm gmt by reuters, yelena dzhanova and jay varela ";
    // - a picture's credit, in brackets ("( brynn anderson/ap ) ", "( washington post illustration; istock ) ") or bare
    //   before a word in lower case ("Getty obama makes ...", "File photo the ashes ...", "Photo a couple of years ago ...");
    // - a wire's note on its update ("( adds details, quotes ) ").
    [GeneratedRegex(@"^(?:Close(?=\s+(?:\d|\p{Ll}))(?!\s+(?:to|by|friends?|aides?|allies|ally|relatives|associates|ties|calls?|contacts?|enough|behind|range|up|quarters|races?|second|attention|watch|cooperation|observers?|examination|inspection|look|links|collaboration|encounters?|proximity|on|out|down|off|ranks)\b)"
        + @"|Article excerpt|Add interest|Embed more news videos|Now playing:\s*watch this:"
        + @"|Published on\s+" + WrittenDay
        + @"|(?:" + Stamp + @"\s*)?/\s*updated(?:\s+" + Stamp + @")?(?:\s*/\s*source:\s*(?:(?:the\s+)?associated\s+press|reuters|afp|\p{L}+(?:\s+\p{L}+)?\s+news))?(?:\s+by\s+(?:\p{L}+,\s*)*" + BylineName + @"(?:(?:,\s*|,?\s+and\s+)" + BylineName + @")*)?"
        + @"|\(\s*[^()]{1,60}?[/;][^()]{0,60}\)|\(\s*(?i:adds?|updates?|recasts?|corrects?)\b[^()]{0,60}\)"
        + @"|(?:[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2}\s*/\s*)?(?:[Gg]etty(?:\s+images)?|[Aa][Pp]\s+photo|[Ff]ile\s+photo)(?=\s+\p{Ll})"
        + @"|Photo(?=\s+(?:a|an|the|this|that|these|those|in|on|at|when|after|before|it|he|she|they|we|i)\s))\s+(?=[\p{L}\d""“])")]
    private static partial Regex PageOpener();

    // A day as a page's video or byline box writes it, "jun 6, 2018", "Jan. 1, 2015".
    private const string WrittenDay = @"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}";

    // A byline box's time stamp: "Jan. 1, 2015, 11: 43 pm gmt".
    private const string Stamp = WrittenDay + @",\s+\d{1,2}:\s?\d{2}\s*(?i:[ap]m)\s+(?i:gmt|utc)";

    private const string BylineName = @"\p{L}[\p{L}'’.-]*\s+\p{L}[\p{L}'’-]*";

    // A dash left at the opening when a dateline before it was cut ("- a 16-year-old girl has been gored ...").
    [GeneratedRegex(@"^[-–—]{1,2}\s+(?=[\p{L}\d])")]
    private static partial Regex OpeningDash();

    /// <summary>
    /// The sentence without what its lead opens with that is not prose: a page's leftovers ("Close ", "Published on jun 6,
    /// 2018 ", "/ updated by ... "), then a dateline or wire credit ("SEOUL (Reuters) - ", "Indianapolis – ").
    /// </summary>
    public static string WithoutDateline(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (PageOpener().Match(sentence) is { Success: true, Length: var opener } && opener < sentence.Length)
        {
            sentence = sentence[opener..];
        }
        if (OpeningDash().Match(sentence) is { Success: true } dash)
        {
            return sentence[dash.Length..];
        }
        if (Dateline().Match(sentence) is { Success: true } dateline)
        {
            return sentence[dateline.Length..];
        }
        if (WireCredit().Match(sentence) is { Success: true } credit)
        {
            return sentence[credit.Length..];
        }
        return PlaceDateline().Match(sentence) is { Success: true } match && Gazetteer.Lookup(match.Groups["place"].Value) is { Type: EntityType.Place }
            && !(match.Groups["lower"].Success && SpacedDash().IsMatch(sentence, match.Length))
            ? sentence[match.Length..]
            : sentence;
    }

    /// <summary>Words that prose never capitalises mid-sentence but headline case does.</summary>
    private static readonly HashSet<string> HeadlineFunctionWords = new(StringComparer.Ordinal)
    {
        "To", "The", "And", "In", "On", "At", "For", "With", "A", "An", "Is", "Are", "By", "From", "As", "Its", "Into", "Over", "Of",
    };

    /// <summary>How many words a text holds, as an English reader would count them.</summary>
    /// <remarks>
    /// Chinese and Japanese are written without spaces, so a run of their characters counts one word per two
    /// characters; a Korean word carries its particles, so it counts one and a half.
    /// </remarks>
    public static int WordCount(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Size(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList(), hangulWord: 1.5);
    }

    private static int Size(List<string> words, double hangulWord) =>
        (int)words.Sum(w => Scripts.IsUnspaced(w[0]) ? Math.Max(1, w.Length / 2) : Scripts.Of(w[0]) == Script.Hangul ? hangulWord : 1);

    /// <summary>
    /// The text without a photo credit that opens several of its lines, run into the captions it credits ("Fame Flynet
    /// Police and ambulances ...", "Fame Flynet Scores of people ..."): two or three capitalised words, no title among
    /// them, that open at least three lines, each time before another capitalised word. Left in, the credit reads as a
    /// name joined to the caption's first word ("Fame Flynet Scores").
    /// </summary>
    public static string WithoutLineCredits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }
        var lines = text.Split('\n');
        var openers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var words = line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
            // A prefix of two or three capitalised words, and the capitalised word after it.
            var capitals = words.Take(4).TakeWhile(IsCapitalisedWord).Count();
            for (var length = 2; length < capitals; length++)
            {
                var prefix = string.Join(' ', words.Take(length));
                if (!openers.TryGetValue(prefix, out var next))
                {
                    openers[prefix] = next = new HashSet<string>(StringComparer.Ordinal);
                }
                next.Add(words[length]);
            }
        }
        // "Prime Minister Theresa May ...", "Prime Minister Boris Johnson ...": a title opening lines is no credit.
        var credits = openers.Where(o => o.Value.Count >= MinCreditedLines && !o.Key.Split(' ').Any(NameCues.Titles.Contains))
            .Select(o => o.Key + " ").ToList();
        if (credits.Count == 0)
        {
            return text;
        }
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (credits.FirstOrDefault(c => trimmed.StartsWith(c, StringComparison.Ordinal)) is { } credit)
            {
                lines[i] = trimmed[credit.Length..].TrimStart();
            }
        }
        return string.Join('\n', lines);
    }

    private const int MinCreditedLines = 3;

    // "Advertisement" where a page's marker stood and a flattened copy keeps it inside a line ("... scrutiny?
    // Advertisement The veteran leader was flown ..."): after a sentence's end or a line's start, and before a line's end,
    // a capital, a quote, a figure or a word a noun does not take after it ("advertisement revenue" stays prose). The
    // newspaper's "Continue reading the main story" goes wherever it is, and so does an agency's credit in brackets
    // under its picture ("(AP Photo/Jeff Christensen, File)", "(Associated Press)", "(REUTERS/Kim Kyung-Hoon)", "(County
    // Sheriff's Office via AP)", "(Photo: Jane Doe)"). So do a video player's controls with the clip's title and length
    // ("Play Facebook Twitter Embed Police: fugitive seen in Vermont 1:01", "Skip ad x Embed x Share"), a newsletter's
    // pitch after a sentence ("The news and stories that matter, delivered weekday mornings."), the label over a list of
    // highlights ("Story highlights"), which opens a line or a sentence or follows a credit ("the story highlights how
    // ..." is prose), and the button under a picture that sells it ("Matt Slocum/AP Buy Photo"), after a credit, a
    // bracket or a sentence's end.
    [GeneratedRegex(@"(?<=(?:^|[.!?:;""“”’)\]])\s*)(?i:advertisement)(?:\s+(?i:continue reading the main story))?(?=[ \t]*$|\s+[""“‘(\p{Lu}\d]|\s+(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|this|that|these|those|in|on|at|but|and|as|after|when|while|if|for|mr|ms|mrs|dr)\b)|(?i:continue reading the main story)"
        + @"|\(\s*(?i:associated press|(?:ap|reuters|afp|getty images)(?:\s+photo)?\s*/[^()\n]{1,80}|[^()\n]{1,60}\bvia (?:ap|reuters|afp|getty images)|(?:photo|image|picture)s?\s*:[^()\n]{1,60})\s*\)"
        + @"|(?i:(?:play )?facebook twitter (?:google plus )?embed\b[^\n]{0,200}?\b\d{1,2}: ?\d{2}\b|(?:skip (?:in skip|ad(?: ad loading\.*)?) )?x embed x share\b)"
        + @"|(?<=(?:^|[.!?])\s*)(?i:(?:the )?(?:news|stories|headlines)\b[^.\n]{0,60}\bdelivered (?:daily|weekday mornings|every (?:day|morning|weekday))\.?)(?=\s*(?:[./|]|$))"
        + @"|(?<=(?:^|[.!?)])\s*)(?i:story highlights)\b|(?<=(?:^|[.!?)\]]|/\p{L}+)\s*)(?i:buy photo)\b", RegexOptions.Multiline)]
    private static partial Regex InsertedMarker();

    // What each inserted marker holds, looked for before the pattern is run.
    private static readonly SearchValues<string> MarkerWords = SearchValues.Create(
        ["advertisement", "continue reading", "associated press", "ap photo", "ap/", "ap /", "via ap", "reuters", "afp", "getty", "photo", "image", "picture", "embed", "delivered", "highlights", "buy photo"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The text without the markers and picture credits a page puts between its paragraphs when a flattened copy keeps
    /// them inside the prose ("... the same scrutiny? advertisement", "Advertisement Continue reading the main story The
    /// police ...", "(AP Photo/Jeff Christensen) The overdose came ..."): each becomes a line break, so the prose around
    /// it is read as the sentences it is.
    /// </summary>
    public static string WithoutInsertedMarkers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().ContainsAny(MarkerWords) ? InsertedMarker().Replace(text, "\n") : text;
    }

    // A page's stamp of when it was last changed, run into the headline or byline beside it ("Scores killed as truck rams
    // crowd in France Updated: 2016-07-15 13:14 By Agencies").
    [GeneratedRegex(@"\b(?:updated|posted|published)\s*:\s*\d{4}-\d{2}-\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeStamp();

    // A post a flattened page embeds keeps its signature: the post's words, then who posted it and on which day, "—
    // Elon Musk (@elonmusk) February 5, 2018".
    [GeneratedRegex(@"[—–]\s*[^—–()\n]{1,60}\(@\w{1,30}\)\s+(?<day>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4})\W*$")]
    private static partial Regex PostSignature();

    // The byline of an embedded picture post, "A post shared by SpaceX (@spacex) on Dec 22, 2017 at 2:57pm PST".
    [GeneratedRegex(@"\b(?:post|photo|video) shared by\b[^\n]{1,80}?\(@[\w.]{1,30}\)\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharedPostByline();

    /// <summary>
    /// Where the day of an embedded post's signature begins in <paramref name="sentence"/> ("Falcon Heavy remains go for
    /// launch at 1:30pm on Tuesday — Elon Musk (@elonmusk) February 5, 2018"), or -1 when the sentence is no such post.
    /// The post is of that day; its own words ("on Tuesday") were written then, so they cannot be read from the article's date.
    /// </summary>
    public static int PostDayAt(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Contains("(@", StringComparison.Ordinal) && PostSignature().Match(sentence) is { Success: true } post ? post.Groups["day"].Index : -1;
    }

    // "Robert Bridge is an American writer and journalist.", "Frida Ghitis is a world affairs columnist for ...": a writer's
    // note on who wrote the piece, at its head or its foot.
    [GeneratedRegex(@"^\W*(?<name>\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,2}) (?:is|was) an? (?:[\p{L}-]+,? (?:and )?){0,6}?(?:writer|journalist|author|columnist|contributor|editor|reporter|correspondent|blogger|enthusiast|commentator|freelancer)s?\b")]
    private static partial Regex AuthorNote();

    /// <summary>
    /// True when <paramref name="sentence"/> is the note on who wrote the piece ("JP Buntinx is a FinTech and Bitcoin
    /// enthusiast living in Belgium."): a full name, then what kind of writer they are, and no word of the name anywhere
    /// else in <paramref name="text"/>, the article's whole text. A writer the story is about is named again
    /// ("Abdel-Fattah is an outspoken blogger ... Abdel-Fattah was sentenced").
    /// </summary>
    public static bool IsAuthorNote(string sentence, string text)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(text);
        if (AuthorNote().Match(sentence) is not { Success: true } note)
        {
            return false;
        }
        return note.Groups["name"].Value.Split(' ').All(word => Occurrences(text, word) <= 1);
    }

    // How often a word stands in a text as a word of its own, counted up to two.
    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && count < 2; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsCapitalisedWord(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLetter);

    /// <summary>
    /// A site's word to its reader, not news: "We have sent you a verification email", "Please enable JavaScript to watch
    /// this video", "This story was updated at 8:26 p.m.", "Breaking news emails get breaking news alerts". Not chrome to
    /// drop everywhere: a quote may say "you"; but no sentence a headline is made of.
    /// </summary>
    public static bool AddressesReader(string sentence) => ToTheReader().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:you|your|yours)\b|^\W*(?:please|this (?:article|story|page|copy|video|post|content|site)|the (?:article|story|page|video|post) (?:was|has been) (?:updated|corrected|amended))\b|\b(?:javascript|cookies|subscribe|newsletters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToTheReader();

    /// <summary>True when <paramref name="sentence"/> looks like chrome rather than article prose.</summary>
    public static bool IsChrome(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var text = sentence.Trim();
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        if (Size(words, hangulWord: 1) < 5)
        {
            return true;
        }
        if (text.AsSpan().ContainsAny(Phrases))
        {
            return true;
        }
        if (text.AsSpan().ContainsAny(NoticeWords)
            && (SiteNotice().IsMatch(text) || BoilerplatePhrases.HasSubscriptionPrompt(text) || BoilerplatePhrases.NamesSiteTerms(text)))
        {
            return true;
        }
        if (Address().IsMatch(text) || Caption().IsMatch(text) || Shouted().IsMatch(text) || RelatedLink().IsMatch(text) || SharedPostByline().IsMatch(text) || TimeStamp().IsMatch(text) || LookElsewhere().IsMatch(text))
        {
            return true;
        }
        if (words.Count < 9 && text.StartsWith("By ", StringComparison.Ordinal))
        {
            return true;
        }
        // The rules below read capital letters; most of the world's scripts (Korean, Chinese, Arabic, Thai...) have none.
        if (words.Count(w => char.IsUpper(w[0]) || char.IsLower(w[0])) * 2 < words.Count)
        {
            return false;
        }
        var lower = words.Count(w => char.IsLower(w[0]) && w.Length >= 2);
        if (lower < 2)
        {
            return true;
        }
        // Lists of linked headlines are mostly capitalised words, and rarely end like a sentence.
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        var closed = text[^1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ')';
        var functionWords = words.Skip(1).Count(w => HeadlineFunctionWords.Contains(w));
        return (functionWords > 0 && capitalised * 10 > words.Count * 6) || (!closed && capitalised * 2 > words.Count);
    }
}
