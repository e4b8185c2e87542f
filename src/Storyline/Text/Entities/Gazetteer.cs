using System.Text.RegularExpressions;

namespace Storyline.Text.Entities;

/// <summary>One known country, place or organisation, with the names and adjectives it goes by.</summary>
public sealed record GazetteerEntry(string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms)
{
    /// <summary>For a capital: the country it is the capital of.</summary>
    public string? CapitalOf { get; init; }

    /// <summary>True for a company or platform (whose name also opens the names of its products: "Google Glass").</summary>
    public bool IsCompany { get; init; }
}

/// <summary>A compact built-in table of countries (official and short names, abbreviations, demonyms), capitals, regions, major international organisations and the companies most in the news.</summary>
/// <remarks>
/// Names are looked up case-insensitively except all-capital abbreviations ("US", "WHO"), which
/// only match when written in capitals so that "us" and "who" stay ordinary words. The main entries
/// also go by their names in six other languages (<see cref="ForeignNames"/>). Thread-safe.
/// </remarks>
public static partial class Gazetteer
{
    // Name | aliases ; separated | demonyms ; separated | capital
    private const string Countries = """
        Afghanistan|Islamic Republic of Afghanistan|Afghan|Kabul
        Albania||Albanian|Tirana
        Algeria||Algerian|Algiers
        Andorra||Andorran|Andorra la Vella
        Angola||Angolan|Luanda
        Antigua and Barbuda|Antigua|Antiguan|
        Argentina|Argentine Republic|Argentine;Argentinian|Buenos Aires
        Armenia||Armenian|Yerevan
        Australia|Commonwealth of Australia|Australian|Canberra
        Austria||Austrian|Vienna
        Azerbaijan||Azerbaijani;Azeri|Baku
        Bahamas|The Bahamas|Bahamian|Nassau
        Bahrain||Bahraini|Manama
        Bangladesh||Bangladeshi|Dhaka
        Barbados||Barbadian;Bajan|Bridgetown
        Belarus|Byelorussia|Belarusian;Belarussian|Minsk
        Belgium||Belgian|Brussels
        Belize||Belizean|Belmopan
        Benin||Beninese|Porto-Novo
        Bhutan||Bhutanese|Thimphu
        Bolivia||Bolivian|La Paz
        Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
        Botswana||Botswanan|Gaborone
        Brazil|Brasil;Federative Republic of Brazil|Brazilian|Brasilia
        Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
        Bulgaria||Bulgarian|Sofia
        Burkina Faso||Burkinabe;Burkinabè|Ouagadougou
        Burundi||Burundian|Gitega
        Cabo Verde|Cape Verde|Cape Verdean;Cabo Verdean|Praia
        Cambodia|Kampuchea|Cambodian|Phnom Penh
        Cameroon||Cameroonian|Yaounde;Yaoundé
        Canada||Canadian|Ottawa
        Central African Republic||Central African|Bangui
        Chad||Chadian|N'Djamena;Ndjamena
        Chile||Chilean|Santiago
        China|People's Republic of China;PRC;Mainland China|Chinese|Beijing
        Colombia||Colombian|Bogota
        Comoros||Comorian|Moroni
        Costa Rica||Costa Rican|
        Croatia||Croatian|Zagreb
        Cuba||Cuban|Havana
        Cyprus||Cypriot|Nicosia
        Czech Republic|Czechia|Czech|Prague
        Democratic Republic of the Congo|DR Congo;DRC;Democratic Republic of Congo;Congo-Kinshasa;Congo;Zaire|Congolese|Kinshasa
        Denmark||Danish|Copenhagen
        Djibouti||Djiboutian|
        Dominica|||Roseau
        Dominican Republic||Dominican|Santo Domingo
        Ecuador||Ecuadorian;Ecuadorean|Quito
        Egypt|Arab Republic of Egypt|Egyptian|Cairo
        El Salvador||Salvadoran;Salvadorean|San Salvador
        Equatorial Guinea||Equatorial Guinean|Malabo
        Eritrea||Eritrean|Asmara
        Estonia||Estonian|Tallinn
        Eswatini|Swaziland|Swazi|Mbabane
        Ethiopia||Ethiopian|Addis Ababa
        Fiji||Fijian|Suva
        Finland||Finnish|Helsinki
        France|French Republic|French|Paris
        Gabon||Gabonese|Libreville
        Gambia|The Gambia|Gambian|Banjul
        Georgia||Georgian|Tbilisi
        Germany|Federal Republic of Germany|German|Berlin
        Ghana||Ghanaian|Accra
        Greece|Hellenic Republic|Greek|Athens
        Grenada||Grenadian|
        Guatemala||Guatemalan|Guatemala City
        Guinea||Guinean|Conakry
        Guinea-Bissau|Guinea Bissau|Bissau-Guinean|Bissau
        Guyana||Guyanese|
        Haiti||Haitian|Port-au-Prince
        Honduras||Honduran|Tegucigalpa
        Hungary||Hungarian|Budapest
        Iceland||Icelandic;Icelander|Reykjavik;Reykjavík
        India|Republic of India|Indian|New Delhi
        Indonesia|Republic of Indonesia|Indonesian|Jakarta
        Iran|Islamic Republic of Iran;Persia|Iranian|Tehran
        Iraq|Republic of Iraq|Iraqi|Baghdad
        Ireland|Republic of Ireland;Eire|Irish|Dublin
        Israel|State of Israel|Israeli|Jerusalem
        Italy|Italian Republic|Italian|Rome
        Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Yamoussoukro
        Jamaica||Jamaican|
        Japan||Japanese|Tokyo
        Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman
        Kazakhstan||Kazakh;Kazakhstani|Astana;Nur-Sultan
        Kenya||Kenyan|Nairobi
        Kiribati|||Tarawa
        Kosovo||Kosovar;Kosovan|Pristina;Prishtina
        Kuwait||Kuwaiti|Kuwait City
        Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani|Bishkek
        Laos|Lao PDR;Lao People's Democratic Republic|Laotian;Lao|Vientiane
        Latvia||Latvian|Riga
        Lebanon|Lebanese Republic|Lebanese|Beirut
        Lesotho|||Maseru
        Liberia||Liberian|Monrovia
        Libya||Libyan|Tripoli
        Liechtenstein||Liechtensteiner|Vaduz
        Lithuania||Lithuanian|Vilnius
        Luxembourg|Grand Duchy of Luxembourg|Luxembourger;Luxembourgish|Luxembourg City
        Madagascar||Malagasy|Antananarivo
        Malawi||Malawian|Lilongwe
        Malaysia||Malaysian|Kuala Lumpur
        Maldives|The Maldives|Maldivian|
        Mali||Malian|Bamako
        Malta||Maltese|Valletta
        Marshall Islands||Marshallese|Majuro
        Mauritania||Mauritanian|Nouakchott
        Mauritius||Mauritian|Port Louis
        Mexico|United Mexican States|Mexican|Mexico City
        Micronesia|Federated States of Micronesia|Micronesian|Palikir
        Moldova||Moldovan|Chisinau;Kishinev
        Monaco|Principality of Monaco|Monegasque|
        Mongolia||Mongolian|Ulaanbaatar
        Montenegro||Montenegrin|Podgorica
        Morocco||Moroccan|Rabat
        Mozambique||Mozambican|Maputo
        Myanmar|Burma|Burmese|Naypyidaw;Nay Pyi Taw
        Namibia||Namibian|Windhoek
        Nauru||Nauruan|
        Nepal||Nepalese;Nepali|Kathmandu
        Netherlands|Holland;The Netherlands|Dutch|Amsterdam
        New Zealand||New Zealander|Wellington
        Nicaragua||Nicaraguan|Managua
        Niger||Nigerien|Niamey
        Nigeria||Nigerian|Abuja
        North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea;N. Korea;N.Korea|North Korean|Pyongyang
        North Macedonia|Macedonia;Republic of North Macedonia|Macedonian|Skopje
        Norway||Norwegian|Oslo
        Oman||Omani|Muscat
        Pakistan|Islamic Republic of Pakistan|Pakistani|Islamabad
        Palau||Palauan|
        Palestine|State of Palestine;Palestinian Territories|Palestinian|Ramallah
        Panama||Panamanian|Panama City
        Papua New Guinea||Papua New Guinean|Port Moresby
        Paraguay||Paraguayan|Asuncion;Asunción
        Peru||Peruvian|Lima
        Philippines|Republic of the Philippines|Filipino;Philippine|Manila
        Poland||Polish|Warsaw
        Portugal||Portuguese|Lisbon
        Qatar||Qatari|Doha
        Republic of the Congo|Republic of Congo;Congo-Brazzaville||Brazzaville
        Romania||Romanian|Bucharest
        Russia|Russian Federation|Russian|Moscow
        Rwanda||Rwandan|Kigali
        Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis||Basseterre
        Saint Lucia|St Lucia;St. Lucia|Saint Lucian|Castries
        Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines||Kingstown
        Samoa||Samoan|Apia
        San Marino||Sammarinese|
        Sao Tome and Principe|São Tomé and Príncipe||
        Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi|Riyadh
        Senegal||Senegalese|Dakar
        Serbia||Serbian|Belgrade
        Seychelles||Seychellois|
        Sierra Leone||Sierra Leonean|Freetown
        Singapore|Republic of Singapore|Singaporean|
        Slovakia||Slovak|Bratislava
        Slovenia||Slovenian;Slovene|Ljubljana
        Solomon Islands||Solomon Islander|Honiara
        Somalia||Somali|Mogadishu
        South Africa||South African|Pretoria
        South Korea|Republic of Korea;ROK;S. Korea|South Korean|Seoul
        South Sudan||South Sudanese|Juba
        Spain|Kingdom of Spain|Spanish|Madrid
        Sri Lanka|Ceylon|Sri Lankan|Colombo
        Sudan||Sudanese|Khartoum
        Suriname|Surinam|Surinamese|Paramaribo
        Sweden||Swedish|Stockholm
        Switzerland|Swiss Confederation|Swiss|Bern
        Syria|Syrian Arab Republic|Syrian|Damascus
        Taiwan|Republic of China;ROC|Taiwanese|Taipei
        Tajikistan||Tajik;Tajikistani|Dushanbe
        Tanzania|United Republic of Tanzania|Tanzanian|Dodoma
        Thailand|Siam|Thai|Bangkok
        Timor-Leste|East Timor;Timor Leste|Timorese|Dili
        Togo||Togolese|Lome;Lomé
        Tonga||Tongan|Nuku'alofa
        Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
        Tunisia||Tunisian|Tunis
        Turkey|Turkiye;Türkiye;Republic of Turkey|Turkish|Ankara
        Turkmenistan||Turkmen|Ashgabat
        Tuvalu||Tuvaluan|Funafuti
        Uganda||Ugandan|Kampala
        Ukraine|the Ukraine|Ukrainian|Kyiv;Kiev
        United Arab Emirates|UAE;U.A.E.|Emirati|Abu Dhabi
        United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British|London
        United States|US;U.S.;USA;U.S.A.;United States of America;America|American|Washington
        Uruguay||Uruguayan|Montevideo
        Uzbekistan||Uzbek;Uzbekistani|Tashkent
        Vanuatu|||Port Vila
        Vatican City|Holy See;Vatican;Vatican City State||
        Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Caracas
        Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
        Yemen||Yemeni|Sanaa
        Zambia||Zambian|Lusaka
        Zimbabwe||Zimbabwean|Harare
        """;

    private const string Regions = """
        Europe||European
        Asia||Asian
        Africa||African
        Middle East||Middle Eastern
        Latin America||Latin American
        North America||North American
        South America||South American
        Central America||Central American
        Caribbean|the Caribbean|
        New England||
        Scandinavia||Scandinavian
        Balkans|the Balkans|Balkan
        Central Asia||Central Asian
        South Asia||South Asian
        East Asia||East Asian
        Northeast Asia||
        Southeast Asia||
        Far East||
        Gaza|Gaza Strip|Gazan
        West Bank||
        Crimea||Crimean
        Korean Peninsula||
        Taiwan Strait||
        South China Sea||
        Pacific|Pacific Ocean|
        Atlantic|Atlantic Ocean|
        Arctic||
        """;

    // Large cities that are not capitals, with their older or local spellings, the states of the United States and the
    // largest Canadian and Australian ones, and the great rivers and seas. Names that are also common given names
    // (Sydney, Milan, Ismail, Virginia, Montana) are left out: they would break people's names; so is Washington.
    private const string Places = """
        Odesa|Odessa|
        Kharkiv|Kharkov|
        Lviv|Lvov;Lwow|
        Dnipro|Dnipropetrovsk|
        Mariupol||
        Luhansk|Lugansk|
        Donetsk||
        Donbas|Donbass|
        Mykolaiv|Nikolaev;Nikolayev|
        Kherson||
        Bakhmut|Artemivsk;Artyomovsk|
        Chernihiv|Chernigov|
        Zhytomyr|Zhitomir|
        Vinnytsia|Vinnitsa|
        Sievierodonetsk|Severodonetsk|
        Lysychansk|Lisichansk|
        Sloviansk|Slavyansk|
        Avdiivka|Avdeyevka|
        Volgograd|Stalingrad|
        Yekaterinburg|Ekaterinburg|
        Kaliningrad|Königsberg|
        Gdańsk|Gdansk;Danzig|
        Almaty|Alma-Ata|
        Daegu|Taegu|
        Gwangju|Kwangju|
        Jeju|Cheju|
        Kaesong|Gaeseong|
        Guangzhou||
        Chongqing|Chungking|
        Nanjing|Nanking|
        Tianjin|Tientsin|
        Bengaluru|Bangalore|
        Chattogram|Chittagong|
        Karachi||
        Lahore||
        Mosul||
        Basra|Basrah|
        Aleppo||
        Idlib||
        Benghazi||
        Misrata|Misurata|
        Mecca|Makkah|
        Jeddah|Jiddah;Jedda|
        Mashhad|Meshed|
        Isfahan|Esfahan|
        Kandahar||
        Zaporizhzhia|Zaporizhzhya;Zaporozhye|
        Izmail|Ismajil|
        Constanța|Constanta;Konstanza|
        St Petersburg|St. Petersburg;Saint Petersburg;Leningrad|
        Istanbul||
        Busan|Pusan|
        Incheon|Inchon|
        Osaka||
        Shanghai||
        Hong Kong||
        Mumbai|Bombay|
        Kolkata|Calcutta|
        Chennai|Madras|
        Ho Chi Minh City|Saigon|
        Yangon|Rangoon|
        Melbourne||
        New York|New York City;NYC|New Yorker
        Los Angeles||
        Chicago||
        Toronto||
        Philadelphia||
        San Francisco||
        San Diego||
        San Antonio||
        Seattle||
        Boston||
        Detroit||
        Indianapolis||
        Nashville||
        Las Vegas|Vegas|
        Louisville||
        Baltimore||
        Milwaukee||
        Minneapolis||
        Pittsburgh||
        Cincinnati||
        St Louis|St. Louis;Saint Louis|
        Kansas City||
        New Orleans||
        Atlanta||
        Miami||
        Sacramento||
        Salt Lake City||
        Albuquerque||
        Houston||
        Cleveland||
        Dallas||
        Fort Worth||
        Denver||
        El Paso||
        Oklahoma City||
        Jacksonville||
        Tampa||
        Oakland||
        Omaha||
        Tucson||
        Newark||
        Portland||
        Honolulu||
        Anchorage||
        Vancouver||
        Montreal|Montréal|
        Brisbane||
        Auckland||
        Manchester||
        Birmingham||
        Glasgow||
        Edinburgh||
        Marseille|Marseilles|
        Lyon|Lyons|
        Naples|Napoli|
        Hamburg||
        Munich|München|
        Cologne|Köln|
        Frankfurt|Frankfurt am Main|
        Dresden||
        Leipzig||
        Stuttgart||
        Düsseldorf|Dusseldorf|
        Hanover|Hannover|
        Nuremberg|Nürnberg|
        Dortmund||
        Duisburg||
        Bonn||
        Bremen||
        Mainz||
        Kiel||
        Potsdam||
        Karlsruhe||
        Mannheim||
        Wiesbaden||
        Bavaria|Bayern|Bavarian
        Baden-Württemberg|Baden-Wurttemberg|
        Saxony|Sachsen|
        Thuringia|Thüringen|
        North Rhine-Westphalia|Nordrhein-Westfalen;NRW|
        Lower Saxony|Niedersachsen|
        Saxony-Anhalt|Sachsen-Anhalt|
        Schleswig-Holstein||
        Rhineland-Palatinate|Rheinland-Pfalz|
        Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern|
        Saarland||
        Brandenburg||
        Rhineland|Rheinland|
        Ruhr|Ruhr area;Ruhrgebiet;Ruhr Valley|
        Barcelona||
        Geneva|Genève|
        Dubai||
        Alabama||
        Alaska||
        Arizona||
        Arkansas||
        California||Californian
        Colorado||
        Connecticut||
        Delaware||
        Florida||Floridian
        Hawaii||
        Idaho||
        Illinois||
        Indiana||
        Iowa||
        Kansas||
        Kentucky||
        Louisiana||
        Maine||
        Maryland||
        Massachusetts||
        Michigan||
        Minnesota||
        Mississippi||
        Missouri||
        Nebraska||
        Nevada||
        New Hampshire||
        New Jersey||
        New Mexico||
        North Carolina||
        North Dakota||
        Ohio||
        Oklahoma||
        Oregon||
        Pennsylvania||
        Rhode Island||
        South Carolina||
        South Dakota||
        Tennessee||
        Texas||Texan
        Utah||
        Vermont||
        West Virginia||
        Wisconsin||
        Wyoming||
        Ontario||
        Quebec|Québec|
        British Columbia||
        Alberta||
        Queensland||
        New South Wales||
        Danube|Danube River;River Danube|
        Rhine|Rhine River;River Rhine;Rhein|
        Dnieper|Dnipro River;Dnieper River|
        Volga|Volga River|
        Nile|Nile River;River Nile|
        Mekong|Mekong River|
        Yangtze|Yangtze River|
        Black Sea||
        Baltic Sea|Baltic|
        Mediterranean|Mediterranean Sea|
        Red Sea||
        Caspian Sea||
        Sea of Japan|East Sea|
        Yellow Sea||
        Persian Gulf|Arabian Gulf|
        Gulf of Mexico||
        Strait of Hormuz||
        Indian Ocean||
        """;

    private const string Organizations = """
        United Nations|UN;U.N.
        UN Security Council|United Nations Security Council;Security Council;UNSC
        UN General Assembly|United Nations General Assembly;General Assembly;UNGA
        NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation
        European Union|EU;E.U.
        European Commission|
        European Central Bank|ECB
        World Health Organization|WHO;World Health Organisation
        International Monetary Fund|IMF
        World Bank|
        World Trade Organization|WTO;World Trade Organisation
        International Atomic Energy Agency|IAEA
        International Criminal Court|ICC
        International Court of Justice|ICJ
        Association of Southeast Asian Nations|ASEAN
        African Union|AU
        OPEC|Organization of the Petroleum Exporting Countries
        Group of Seven|G7;G-7
        Group of 20|G20;G-20
        International Committee of the Red Cross|ICRC;Red Cross
        UNICEF|United Nations Children's Fund
        UNESCO|
        UNHCR|UN Refugee Agency
        Interpol|
        NASA|National Aeronautics and Space Administration
        Kremlin|
        White House|
        Pentagon|
        Federal Reserve|Fed;Federal Reserve Board;US Federal Reserve;U.S. Federal Reserve
        Hamas|
        Hezbollah|
        Taliban|
        Islamic State|ISIS;ISIL;Daesh
        Al-Qaeda|al-Qaeda;Al Qaeda;al Qaeda;al-Qaida
        Reuters|
        Associated Press|AP
        Agence France-Presse|AFP
        Deutsche Presse-Agentur|dpa;DPA
        Evangelischer Pressedienst|epd
        Katholische Nachrichten-Agentur|kna;KNA
        Sport-Informations-Dienst|sid;SID
        BBC|British Broadcasting Corporation
        CNN|
        NHK|
        Xinhua|Xinhua News Agency
        Yonhap|Yonhap News Agency
        """;

    // Companies and platforms in the news often enough that their one-word names, which follow "at" and "from" as
    // places do, are worth knowing. Not "Amazon" (also the river and the forest) nor "Ford" (also people).
    private const string Companies = """
        Apple|Apple Inc.
        Google|
        Alphabet|Alphabet Inc.
        Microsoft|
        Facebook|
        Meta|Meta Platforms
        Instagram|
        WhatsApp|
        Twitter|
        YouTube|
        TikTok|
        Netflix|
        Spotify|
        Uber|
        Samsung|Samsung Electronics
        Sony|
        Nintendo|
        Huawei|
        Alibaba|Alibaba Group
        Tencent|
        Intel|
        Nvidia|NVIDIA
        Qualcomm|
        Broadcom|
        IBM|
        OpenAI|
        Tesla|Tesla Inc.;Tesla Motors
        SpaceX|
        Boeing|
        Airbus|
        Toyota|Toyota Motor
        Volkswagen|
        General Motors|GM
        Walmart|Wal-Mart
        ExxonMobil|Exxon Mobil;Exxon
        Goldman Sachs|
        JPMorgan|JPMorgan Chase;JP Morgan
        Pfizer|
        Moderna|
        BioNTech|
        """;

    private static readonly Lazy<Table> Data = new(Build);

    /// <summary>Every entry of the table.</summary>
    public static IReadOnlyList<GazetteerEntry> Entries => Data.Value.Entries;

    /// <summary>The entry a name, abbreviation or demonym stands for, or null.</summary>
    public static GazetteerEntry? Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }
        var table = Data.Value;
        if (IsAbbreviation(trimmed))
        {
            return table.Abbreviations.GetValueOrDefault(trimmed);
        }
        return table.Names.GetValueOrDefault(Normalize(trimmed)) ?? CountryByStateForm(table, trimmed) ?? AbbreviationAsWord(table, trimmed)
            ?? PluralDemonym(table, trimmed);
    }

    /// <summary>"Americans", "Israelis", "Poles": the people of a country, named by its demonym in the plural.</summary>
    private static GazetteerEntry? PluralDemonym(Table table, string name) =>
        name.Length > 4 && name[^1] == 's' && char.IsUpper(name[0]) && !name.Contains(' ', StringComparison.Ordinal)
        && table.Names.GetValueOrDefault(Normalize(name[..^1])) is { } entry && entry.Demonyms.Any(d => d.Equals(name[..^1], StringComparison.OrdinalIgnoreCase))
            ? entry
            : null;

    /// <summary>"Nato", "Opec", "Unesco": an abbreviation of four letters or more written as a word, as some outlets do.</summary>
    private static GazetteerEntry? AbbreviationAsWord(Table table, string name) =>
        name.Length >= 4 && char.IsUpper(name[0]) && name.Skip(1).All(char.IsLower)
            ? table.Abbreviations.GetValueOrDefault(name.ToUpperInvariant())
            : null;

    // "Republic of Moldova", "Kingdom of Spain", "Slovak Republic": a country's formal name that the table does not
    // spell out. Only whole countries: the forms that name another state ("Republic of China", "Democratic Republic
    // of the Congo") are in the table and found before this.
    private static GazetteerEntry? CountryByStateForm(Table table, string name)
    {
        if (!name.Contains("Republic", StringComparison.Ordinal) && !name.Contains(" of ", StringComparison.Ordinal))
        {
            return null;
        }
        var match = StateForm().Match(name);
        return match.Success && table.Names.GetValueOrDefault(Normalize(match.Groups["c"].Value)) is { Type: EntityType.Place, CapitalOf: null } country
            ? country
            : null;
    }

    [GeneratedRegex(@"^(?:(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Grand Duchy)\s+of\s+(?:the\s+)?(?<c>.+)|(?<c>\S+(?:\s+\S+)?)\s+Republic)$")]
    private static partial Regex StateForm();

    /// <summary>True when <paramref name="name"/> is the demonym of its entry ("Russian", "Russians"), not a name of it.</summary>
    public static bool IsDemonym(string name) =>
        Lookup(name) is { } entry && entry.Demonyms.Any(d => d.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase) || (d + "s").Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The longest name in the table among the first few of <paramref name="words"/>, as a word count; 0 when none.</summary>
    internal static int LongestMatch(IReadOnlyList<string> words, int start, out GazetteerEntry? entry)
    {
        entry = null;
        var table = Data.Value;
        var max = Math.Min(table.LongestName, words.Count - start);
        for (var length = max; length >= 1; length--)
        {
            var candidate = string.Join(' ', words.Skip(start).Take(length));
            if (Lookup(candidate) is { } found)
            {
                entry = found;
                return length;
            }
        }
        return 0;
    }

    /// <summary>True for a lower-cased word that is part of some place name or demonym ("korea", "north", "russian").</summary>
    internal static bool IsGeographicWord(string lowerWord) => Data.Value.GeographicWords.Contains(lowerWord);

    internal static bool IsAbbreviation(string name) =>
        name.Length >= 2 && name.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c) || c == '-') && name.Any(char.IsLetter) && !name.Contains(' ', StringComparison.Ordinal);

    private static string Normalize(string name) =>
        string.Join(' ', name.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private sealed record Table(
        IReadOnlyList<GazetteerEntry> Entries,
        Dictionary<string, GazetteerEntry> Names,
        Dictionary<string, GazetteerEntry> Abbreviations,
        HashSet<string> GeographicWords,
        int LongestName);

    private static Table Build()
    {
        var entries = new List<GazetteerEntry>();
        foreach (var line in Lines(Countries))
        {
            var parts = line.Split('|');
            var country = new GazetteerEntry(parts[0], EntityType.Place, Split(parts[1]), Split(parts[2]));
            entries.Add(country);
            var capitals = Split(parts[3]);
            if (capitals.Count > 0)
            {
                entries.Add(new GazetteerEntry(capitals[0], EntityType.Place, capitals.Skip(1).ToList(), []) { CapitalOf = country.Name });
            }
        }
        foreach (var line in Lines(Regions).Concat(Lines(Places)))
        {
            var parts = line.Split('|');
            entries.Add(new GazetteerEntry(parts[0], EntityType.Place, Split(parts[1]), Split(parts[2])));
        }
        foreach (var line in Lines(Organizations))
        {
            var parts = line.Split('|');
            entries.Add(new GazetteerEntry(parts[0], EntityType.Organization, Split(parts[1]), []));
        }
        foreach (var line in Lines(Companies))
        {
            var parts = line.Split('|');
            entries.Add(new GazetteerEntry(parts[0], EntityType.Organization, Split(parts[1]), []) { IsCompany = true });
        }

        // Names in other languages are aliases too, but their words say nothing about English place names.
        entries = entries.ConvertAll(e => ForeignNames.Of(e.Name) is { Count: > 0 } foreign ? e with { Aliases = [.. e.Aliases, .. foreign] } : e);

        var names = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var abbreviations = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var geographic = new HashSet<string>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var entry in entries)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Name).Concat(entry.Demonyms))
            {
                if (IsAbbreviation(form))
                {
                    abbreviations.TryAdd(form, entry);
                    continue;
                }
                var key = Normalize(form);
                names.TryAdd(key, entry);
                if (key.StartsWith("the ", StringComparison.Ordinal))
                {
                    names.TryAdd(key[4..], entry);
                }
                var words = key.Split(' ');
                longest = Math.Max(longest, words.Length);
                if (entry.Type == EntityType.Place && !ForeignNames.Of(entry.Name).Contains(form))
                {
                    geographic.UnionWith(words.Where(w => w.Length > 2 && w is not ("of" or "the" or "and" or "republic" or "people's" or "democratic" or "kingdom" or "state" or "united"
                        or "central" or "saint" or "islands" or "coast" or "holy" or "see" or "federated" or "grand" or "duchy"
                        or "principality" or "port" or "san" or "marshall" or "solomon" or "equatorial")));
                }
            }
        }
        return new Table(entries, names, abbreviations, geographic, longest);
    }

    private static IEnumerable<string> Lines(string table) =>
        table.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static List<string> Split(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
