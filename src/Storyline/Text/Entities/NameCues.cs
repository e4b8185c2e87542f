using System.Text.RegularExpressions;

namespace Storyline.Text.Entities;

/// <summary>The word lists that tell a name's kind from its context: titles, organisation and place heads, and capitalised words that are not names.</summary>
internal static partial class NameCues
{
    /// <summary>Titles and offices written before a person's name ("Foreign Minister", "Mr.").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "father",
        "president", "vice", "prime", "minister", "premier", "chancellor", "chairman", "chairwoman", "chairperson", "chair",
        "secretary", "general", "gen", "leader", "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "king", "queen", "prince", "princess",
        "emperor", "pope", "cardinal", "bishop", "archbishop", "sheikh", "emir", "sultan", "ayatollah", "ambassador", "envoy",
        "judge", "justice", "director", "chief", "ceo", "commander", "colonel", "col", "major", "maj", "captain", "capt",
        "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "marshal", "deputy", "assistant", "foreign", "defence",
        "defense", "interior", "finance", "state", "affairs", "first", "supreme", "opposition", "former", "acting",
        "speaker", "attorney", "coach", "striker", "midfielder", "officer", "agent", "detective", "inspector", "superintendent",
        "comrade", "commissioner", "councillor", "councilor", "senior", "dictator", "chairmen", "ministers", "presidents", "head",
        "sheriff", "executive", "prosecutor", "coroner", "founder", "cofounder", "rabbi", "imam", "pastor",
        // Occupations written before a name like a title ("Actor Bill Murray", "Billionaire Elon Musk"); not those that
        // end names of ships and products too ("Star", "Model", "Defender").
        "actor", "actress", "comedian", "singer", "rapper", "musician", "drummer", "guitarist", "billionaire", "businessman",
        "businesswoman", "entrepreneur", "investor", "author", "novelist", "writer", "journalist", "reporter", "photographer",
        "producer", "filmmaker", "astronaut", "activist", "lawyer", "economist", "manager", "quarterback", "pitcher", "goalkeeper",
        "constable", "investigator", "trooper", "scientist", "researcher", "engineer", "nurse", "firefighter",
        // Nationality nouns and companions written the same way ("Frenchman Romain Grosjean", "Teammate Lewis Hamilton").
        "frenchman", "frenchwoman", "englishman", "englishwoman", "irishman", "irishwoman", "scotsman", "scotswoman", "welshman",
        "welshwoman", "dutchman", "dutchwoman", "spaniard", "briton", "countryman", "compatriot", "teammate",
    };

    /// <summary>Titles written abbreviated with a full stop before a person's name ("Gov. Eric Holcomb", "Lt. Gen. Mark Hill"), as written.</summary>
    /// <remarks>Not "St.", "Mt." or "Ft.", which open places ("St. Louis").</remarks>
    public static readonly HashSet<string> DottedTitles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Sen", "Rep", "Gov", "Col", "Maj", "Capt", "Lt", "Sgt", "Adm", "Cpl", "Pvt",
        "Det", "Insp", "Supt", "Cmdr", "Amb", "Atty", "Pres", "Sec",
    };

    /// <summary>True for a word in -ing long enough to be a verb's ("Seeing", "Tranquilizing", "-looking"), not a short name ("King", "Ming").</summary>
    public static bool IsIngForm(string word) => word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Titles that say which office, not what it is: before a name that is no office they are part of that name.</summary>
    public static readonly HashSet<string> TitleAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "vice", "prime", "foreign", "defence", "defense", "interior", "finance", "state", "affairs", "supreme", "opposition",
    };

    /// <summary>
    /// True when <paramref name="title"/> has no office in it, only words that say when or how one was held ("Former",
    /// "Acting"): "Former Facebook and Google employees" names no person.
    /// </summary>
    public static bool OnlyModifiers(IEnumerable<string> title) =>
        title.All(t => t.Equals("former", StringComparison.OrdinalIgnoreCase) || t.Equals("acting", StringComparison.OrdinalIgnoreCase)
            || t.Equals("senior", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Share buttons, photo credits and section labels that a page's text runs into the name after them
    /// ("Facebook Twitter Pinterest Justin Timberlake", "Splash News Michael Sheen", "Sports Chicago Cubs").
    /// </summary>
    public static readonly string[][] PageFurniture =
    [
        ["Facebook"], ["Twitter"], ["Pinterest"], ["WhatsApp"], ["LinkedIn"], ["Reddit"], ["Instagram"], ["Email"], ["Tweet"],
        ["Flipboard"], ["Splash", "News"], ["AP", "Photo"], ["AFP"], ["Reuters"], ["Shutterstock"], ["Alamy"], ["Rex", "Features"],
        ["Sports"], ["Sport"], ["CLOSE"], ["SHARE"], ["Getty", "Images"], ["EPA"],
    ];

    /// <summary>
    /// Abbreviations of common nouns, things and kinds ("AI", "DNA", "a USB stick", "the CEO", "an ICBM"): written in capitals
    /// like a body's initials, but naming no one. Ordinal; not those that are also a state's or a body's ("CT", "ER", "PM").
    /// </summary>
    public static readonly HashSet<string> CommonAbbreviations = new(StringComparer.Ordinal)
    {
        "AI", "AR", "VR", "XR", "DNA", "RNA", "PC", "USB", "PIN", "HDR", "EV", "GPS", "TV", "HD", "UHD", "LED", "OLED", "LCD", "SUV",
        "GDP", "GNP", "CPI", "IPO", "ATM", "SIM", "SMS", "URL", "PDF", "IQ", "MRI", "PCR", "DJ", "CEO", "CFO", "COO", "CTO", "UV",
        "ID", "VPN", "API", "CPU", "GPU", "RAM", "SSD", "NFT", "ICU", "HIV", "PTSD", "ADHD", "MVP", "UAV", "ICBM", "IRBM", "SLBM",
        "IED", "LGBT", "LGBTQ", "DIY", "FAQ", "QB", "RBI", "DUI", "DWI", "CPR", "EMT", "BMI", "IVF", "ETA", "RSVP",
    };

    /// <summary>Platforms that statements are made on ("said on Twitter"), which are then the medium, not a party.</summary>
    public static readonly HashSet<string> Platforms = new(StringComparer.Ordinal)
    {
        "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "WhatsApp", "Snapchat", "Telegram", "Weibo", "WeChat", "LinkedIn", "Reddit",
    };

    /// <summary>Words before a platform that make it the medium: "on Twitter", "via Instagram", "took to Facebook".</summary>
    public static readonly HashSet<string> PlatformLeads = new(StringComparer.Ordinal) { "on", "via", "to", "across" };

    /// <summary>Words after a platform that make it the medium: "a Twitter post", "her Instagram account".</summary>
    public static readonly HashSet<string> PlatformUses = new(StringComparer.Ordinal)
    {
        "account", "accounts", "post", "posts", "feed", "feeds", "page", "pages", "video", "videos", "followers", "user", "users",
        "handle", "storm", "thread", "threads", "live", "channel", "message", "messages", "profile", "story", "stories",
    };

    /// <summary>
    /// Holidays and feasts, which are days rather than people, bodies or places ("New Year's Eve", "Christmas", "Eid al-Fitr");
    /// apostrophes written straight.
    /// </summary>
    public static readonly string[][] Holidays =
    [
        ["Lunar", "New", "Year"], ["Chinese", "New", "Year"], ["New", "Year's", "Eve"], ["New", "Years", "Eve"], ["New", "Year's", "Day"],
        ["New", "Years", "Day"], ["New", "Year's"], ["New", "Year"], ["Christmas", "Eve"], ["Christmas", "Day"], ["Christmas"], ["Boxing", "Day"],
        ["Easter", "Sunday"], ["Easter", "Monday"], ["Easter"], ["Good", "Friday"], ["Thanksgiving", "Day"], ["Thanksgiving"],
        ["Halloween"], ["Valentine's", "Day"], ["Mother's", "Day"], ["Father's", "Day"], ["Memorial", "Day"], ["Labor", "Day"],
        ["Labour", "Day"], ["Veterans", "Day"], ["Black", "Friday"], ["Cyber", "Monday"], ["Patrick's", "Day"],
        ["Ramadan"], ["Eid", "al-Fitr"], ["Eid", "al-Adha"], ["Eid"], ["Diwali"], ["Hanukkah"], ["Passover"], ["Yom", "Kippur"],
        ["Rosh", "Hashanah"],
    ];

    /// <summary>The first words of <see cref="Holidays"/>.</summary>
    public static readonly HashSet<string> HolidayOpeners = new(Holidays.Select(h => h[0]), StringComparer.Ordinal);

    /// <summary>
    /// The abbreviations a sports club's name opens with: "FC Porto", "AC Milan", "RB Leipzig", "VfB Stuttgart". Compared
    /// with case, so that only the abbreviation counts.
    /// </summary>
    public static readonly HashSet<string> ClubLeads = new(StringComparer.Ordinal)
    {
        "FC", "AFC", "CF", "SC", "AC", "AS", "SV", "VfB", "VfL", "RB", "CD", "UD", "SD", "RCD", "FK", "NK", "SK", "KV", "KRC", "SSC", "OGC", "PSV",
    };

    /// <summary>Last words of organisation names.</summary>
    public static readonly HashSet<string> OrganizationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "ministry", "council", "news", "party", "committee", "commission", "organization", "organisation",
        "association", "union", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "bank", "university",
        "college", "institute", "institution", "foundation", "fund", "office", "department", "army", "navy", "forces", "force",
        "command", "court", "parliament", "assembly", "congress", "senate", "cabinet", "government", "administration",
        "authority", "board", "bureau", "service", "services", "network", "times", "post", "journal", "herald", "tribune",
        "daily", "press", "television", "tv", "radio", "broadcasting", "airlines", "airways", "motors", "federation",
        "league", "club", "centre", "center", "school", "hospital", "police", "guard", "brigade", "movement", "front",
        "alliance", "coalition", "society", "trust", "exchange", "reserve", "secretariat", "embassy", "consulate",
        "club", "team", "media", "telegraph", "gazette", "magazine", "channel", "studios", "technologies", "systems",
        "lines", "shipping", "co", "holdings", "industries", "enterprises", "utilities", "railway", "railways", "survey",
        "courier", "ledger", "observer", "chronicle", "publishing", "consortium", "power",
        "zoo", "museum", "aquarium", "library", "gardens", "nv", "ag", "gmbh", "academy", "observatory", "laboratory", "laboratories",
        "labs", "clinic", "cooperative", "productions", "records", "pictures", "entertainment", "interactive", "partners",
        "ventures", "investments", "pharmaceuticals", "therapeutics", "solutions", "software", "electronics", "communications",
    };

    /// <summary>First words that make a name an organisation when followed by "of" or "for" ("Ministry of Foreign Affairs", "Office for the Western District").</summary>
    public static readonly HashSet<string> OrganizationLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "department", "university", "bank", "council", "office", "institute", "bureau", "court", "house",
        "league", "federation", "union", "association", "organization", "organisation", "committee", "commission",
    };

    /// <summary>Lower-case words written just before an organisation's name ("the newspaper Rodong Sinmun").</summary>
    public static readonly HashSet<string> OrganizationContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "newspaper", "daily", "agency", "broadcaster", "network", "group", "party", "company", "firm", "channel", "outlet",
        "magazine", "website", "tabloid", "weekly", "carrier", "airline", "automaker", "bank", "insurer", "retailer",
        "organization", "organisation", "charity", "nonprofit", "non-profit", "startup", "publisher", "lender", "regulator",
        "watchdog", "conglomerate", "manufacturer", "broker", "studio", "label", "journal",
    };

    /// <summary>Lower-case words written just after a group's name ("Boko Haram militants").</summary>
    public static readonly HashSet<string> OrganizationFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "militants", "fighters", "insurgents", "rebels", "extremists", "jihadists", "militia", "militiamen", "gunmen",
        "shareholders", "subsidiary", "headquarters", "executives", "employees", "spokesperson", "lawmakers",
    };

    /// <summary>Last words of place names.</summary>
    public static readonly HashSet<string> PlaceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "peninsula", "sea", "ocean", "river", "island", "islands", "mountain", "mountains", "province", "region", "city",
        "county", "state", "district", "strait", "gulf", "bay", "valley", "desert", "lake", "coast", "street", "square",
        "avenue", "road", "airport", "port", "harbour", "harbor", "village", "town", "oblast", "prefecture", "territory",
        "border", "canal", "heights", "hills", "plain", "basin", "park", "bridge", "station", "base", "republic", "kingdom",
        "emirate", "emirates", "sultanate", "principality", "commonwealth", "states", "territories",
        "falls", "beach", "canyon", "springs", "creek", "forest", "reservoir", "glacier", "volcano", "highway", "freeway",
        "boulevard", "stadium",
    };

    /// <summary>Last words of the names of events, laws, programmes and publications, which no person's name ends with ("Super Bowl", "Six Day War").</summary>
    public static readonly HashSet<string> ThingHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "war", "bowl", "cup", "games", "olympics", "series", "prix", "championship", "championships", "festival", "awards",
        "summit", "conference", "act", "treaty", "accord", "accords", "agreement", "security", "letters", "crisis", "scandal",
        "program", "programme", "project", "initiative", "campaign",
    };

    /// <summary>
    /// Plurals that follow a place's name without making it a team or a body's: what happened there or was found
    /// there ("Panama Papers", "Brussels Attacks", "Iowa Caucuses"), the people of the place ("Chibok Girls") or a part of
    /// it ("Petronas Towers"). A place and any other plural is the name of a team or a body ("Houston Astros", "Texas
    /// Instruments").
    /// </summary>
    public static readonly HashSet<string> PluralsAfterPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "papers", "files", "leaks", "documents", "cables", "emails", "talks", "negotiations", "attacks", "bombings",
        "shootings", "killings", "murders", "massacres", "protests", "riots", "demonstrations", "marches", "floods", "fires",
        "wildfires", "storms", "earthquakes", "elections", "primaries", "caucuses", "hearings", "trials", "girls", "boys",
        "women", "men", "children", "kids", "residents", "citizens", "people", "voters", "fans", "towers", "gardens", "woods",
        "keys", "lakes", "highlands", "docks", "suburbs", "rules", "laws", "protocols", "principles", "years", "days", "nights",
    };

    /// <summary>
    /// Words that open the names of buildings, places and bodies ("City Hall", "Capitol Hill", "National Mall", "Federal
    /// Plaza") and no person's: a name they open is not a person's by its shape alone.
    /// </summary>
    public static readonly HashSet<string> NoGivenName = new(StringComparer.Ordinal)
    {
        "City", "Town", "County", "State", "National", "Federal", "Central", "Royal", "United", "Capitol", "Supreme", "Civic",
        "Municipal", "Union", "Grand", "Upper", "Lower", "Greater", "Downtown", "Metropolitan", "Memorial",
    };

    /// <summary>Whether a word after a place's name makes it a team's or a body's: a capitalised plural of its own, not one of <see cref="PluralsAfterPlace"/>.</summary>
    public static bool IsTeamPlural(string word) =>
        word.Length >= 4 && char.IsUpper(word[0]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Skip(1).All(char.IsLower)
        && !PluralsAfterPlace.Contains(word) && !PeopleAdjectives.Contains(word);

    /// <summary>
    /// Words for a faith or a people that end a capitalised run ("Conservative Jewish", "Native American", "Sunni Muslim"):
    /// they describe people, and no person's name ends with them.
    /// </summary>
    public static readonly HashSet<string> PeopleAdjectives = new(StringComparer.Ordinal)
    {
        "Jewish", "Muslim", "Muslims", "Islamic", "Catholic", "Catholics", "Protestant", "Protestants", "Evangelical", "Evangelicals",
        "Hindu", "Hindus", "Sikh", "Sikhs", "Buddhist", "Buddhists", "American", "Americans", "European", "Europeans", "African",
        "Africans", "Asian", "Asians", "Latino", "Latinos", "Hispanic", "Hispanics",
    };

    /// <summary>
    /// Last words of a product's edition or tier ("Premiere Edition", "Chromecast Ultra", "Stadia Pro"), which no person's
    /// name ends with. Unlike an event's kind, the word before names another thing: "Stadia" is not short for "Stadia Pro".
    /// </summary>
    public static readonly HashSet<string> EditionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "edition", "editions", "ultra", "pro", "pros", "plus", "max", "mini", "lite", "unlimited", "deluxe", "premium", "remastered",
        "bundle", "bundles",
    };

    /// <summary>Lower-case words written just before a place's name ("in Moscow", "near Kharkiv", "off Geoje").</summary>
    public static readonly HashSet<string> PlaceContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "near", "outside", "across", "throughout", "capital", "city", "town", "village", "province", "region",
        "off", "from", "via", "island", "port", "at", "towards", "toward", "outskirts", "harbour", "harbor",
    };

    /// <summary>Lower-case words written just before the name of a vessel, a train or a work ("the ferry Hanbit Star").</summary>
    public static readonly HashSet<string> ThingContext = new(StringComparer.OrdinalIgnoreCase)
    {
        "ferry", "ship", "vessel", "boat", "tanker", "freighter", "trawler", "yacht", "liner", "cruiser", "destroyer",
        "frigate", "submarine", "tonne", "ton", "train", "flight", "operation", "programme", "program", "project", "film",
        "novel", "book", "album", "song", "hurricane", "typhoon", "storm", "cyclone",
    };

    /// <summary>Compass words that open a place's name ("East Jakarta", "South Gyeongsang").</summary>
    public static readonly HashSet<string> Compass = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    };

    /// <summary>Words joining the parts of one name ("Ministry of Foreign Affairs", "Leonardo da Vinci").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "del", "della", "da", "di", "du", "des", "van", "von", "der", "den", "do", "dos", "bin", "ibn", "al", "el", "la", "le", "y", "the",
    };

    /// <summary>
    /// Lower-case particles inside a person's name that writers keep or drop: "von der Leyen", "da Silva",
    /// "bin Laden", "al Assad". Ordinal: "Le" and "Du" written with a capital are family names. Not the
    /// Arabic articles that are English words too ("at", "as", "an"): those count only joined by a hyphen.
    /// </summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "da", "das", "dos", "di", "du", "des", "van", "von", "der", "den", "zu", "bin", "ibn", "bint", "al",
        "el", "la", "le", "do",
    };

    /// <summary>Capitalised words that are not names: sentence openers, pronouns, calendar words, generic nouns.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "if", "but", "and", "or", "so", "as", "he", "she", "it", "they", "we", "i", "you",
        "this", "that", "these", "those", "there", "here", "when", "while", "after", "before", "during", "since", "although",
        "though", "however", "meanwhile", "according", "also", "both", "some", "many", "most", "all", "its", "his", "her",
        "their", "our", "my", "your", "what", "who", "why", "how", "where", "which", "for", "from", "with", "by", "to", "of",
        "not", "no", "yes", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "now", "then", "such",
        "each", "every", "one", "two", "three", "four", "five", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "other", "another", "more", "less", "under", "over",
        "despite", "because", "following", "amid", "among", "between", "without", "within", "until", "once", "still",
        "even", "just", "only", "instead", "again", "further", "furthermore", "moreover", "nevertheless", "thus", "hence",
        "therefore", "indeed", "already", "asked", "would", "could", "should", "will", "may", "might", "must", "can",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "said", "says", "say",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "photo", "video", "read", "more", "click", "share",
        "comments", "comment", "advertisement", "related", "update", "updated", "breaking", "live", "watch", "see",
        "summit", "statement", "talks", "meanwhile", "several", "about", "around", "against", "like", "unlike",
        "first", "second", "third", "new", "old", "very", "well", "while", "whether", "though", "via", "per", "any",
        "nor", "yet", "let", "let's", "mr", "mrs", "ms", "dr", "copyright", "source", "sources", "image", "images", "getty",
        "reporting", "editing", "writing", "additional", "story", "stories", "latest", "popular", "home", "wow", "hey", "okay", "ok", "please", "thanks", "hello",
    };

    // Legal forms that close a company's name, "Inc." or ", Ltd" alike.
    [GeneratedRegex(@",?\s+(?:Inc|Ltd|Limited|Corp|Co|PLC|Plc|LLC|AG|SA|S\.A|NV|N\.V|GmbH|Group|Holdings)\.?$")]
    private static partial Regex LegalForm();

    /// <summary>
    /// A company's name without its legal forms: "Goldman Sachs Group Inc" is "Goldman Sachs", "Broadcom Ltd." "Broadcom";
    /// null when the name closes on none.
    /// </summary>
    public static string? WithoutLegalForm(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stem = name;
        while (LegalForm().Match(stem) is { Success: true, Index: > 0 } legal)
        {
            stem = stem[..legal.Index];
        }
        return stem.Length < name.Length ? stem : null;
    }
}
