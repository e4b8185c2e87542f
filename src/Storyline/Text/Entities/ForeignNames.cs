namespace Storyline.Text.Entities;

/// <summary>
/// German, French, Spanish, Italian, Portuguese and Indonesian names of the countries, capitals, bodies and waters
/// most often in the news, as aliases of their <see cref="Gazetteer"/> entries.
/// </summary>
/// <remarks>
/// Reports of one event arrive in several languages, and a story's people and places should read the same in all of
/// them: "Südkorea", "Corea del Sur" and "Korea Selatan" are South Korea, "Kiew" is Kyiv, "ONU" the United Nations.
/// Only names that differ from the English one are listed (German adjective names in both forms: "Schwarzes Meer"
/// alone, "das Schwarze Meer" after an article), and none that is also a common word or another place in
/// one of these languages ("Chili", "Reno", "Colonia", "Damas" are left out, and "Suisse" for Credit Suisse).
/// </remarks>
public static class ForeignNames
{
    private static readonly Lazy<Dictionary<string, string[]>> Table = new(Build);

    // English gazetteer name: other names, ';' between them.
    private const string Names = """
        Germany: Deutschland; Allemagne; Alemania; Germania; Alemanha; Jerman
        France: Frankreich; Francia; França; Prancis
        Spain: Spanien; Espagne; España; Spagna; Espanha; Spanyol
        Italy: Italien; Italie; Italia; Itália
        Portugal: Portogallo
        United Kingdom: Großbritannien; Vereinigtes Königreich; Vereinigte Königreich; Royaume-Uni; Reino Unido; Regno Unito; Inggris; Britania Raya
        United States: Vereinigte Staaten; États-Unis; Estados Unidos; Stati Uniti; Amerika Serikat; EE.UU.; EEUU
        Russia: Russland; Russie; Rusia; Rússia
        China: Chine; Cina; Tiongkok
        Japan: Japon; Japón; Giappone; Japão; Jepang
        South Korea: Südkorea; Corée du Sud; Corea del Sur; Corea del Sud; Coreia do Sul; Korea Selatan
        North Korea: Nordkorea; Corée du Nord; Corea del Norte; Corea del Nord; Coreia do Norte; Korea Utara
        Ukraine: Ucrania; Ucraina; Ucrânia; Ukraina
        Romania: Rumänien; Roumanie; Rumania; Roménia; Romênia
        Poland: Polen; Pologne; Polonia; Polónia; Polônia; Polandia
        Netherlands: Niederlande; Pays-Bas; Países Bajos; Paesi Bassi; Países Baixos; Belanda
        Belgium: Belgien; Belgique; Bélgica; Belgio; Belgia
        Switzerland: Schweiz; Suiza; Svizzera; Suíça
        Austria: Österreich; Autriche; Áustria
        Greece: Griechenland; Grèce; Grecia; Grécia; Yunani
        Turkey: Türkei; Turquie; Turquía; Turchia; Turquia; Turki
        Hungary: Ungarn; Hongrie; Hungría; Ungheria; Hungria; Hongaria
        Sweden: Schweden; Suède; Suecia; Svezia; Suécia; Swedia
        Norway: Norwegen; Norvège; Noruega; Norvegia; Norwegia
        Denmark: Dänemark; Danemark; Dinamarca; Danimarca
        Finland: Finnland; Finlande; Finlandia; Finlândia
        Czech Republic: Tschechien; Tchéquie; Chequia; Cechia; Chéquia; Ceko
        Slovakia: Slowakei; Slovaquie; Eslovaquia; Slovacchia; Eslováquia
        Slovenia: Slowenien; Slovénie; Eslovenia; Eslovénia
        Ireland: Irland; Irlande; Irlanda; Irlandia
        Belarus: Weißrussland; Biélorussie; Bielorrusia; Bielorussia; Bielorrússia
        Moldova: Moldau; Moldavie; Moldavia; Moldávia
        Serbia: Serbien; Serbie; Sérvia
        Croatia: Kroatien; Croatie; Croacia; Croazia; Croácia; Kroasia
        Bulgaria: Bulgarien; Bulgarie; Bulgária
        Albania: Albanien; Albanie; Albânia
        Bosnia and Herzegovina: Bosnien und Herzegowina; Bosnie-Herzégovine; Bosnia y Herzegovina; Bosnia ed Erzegovina; Bósnia e Herzegovina
        Estonia: Estland; Estonie; Estónia; Estônia
        Latvia: Lettland; Lettonie; Letonia; Lettonia; Letónia; Letônia
        Lithuania: Litauen; Lituanie; Lituania; Lituânia
        Cyprus: Zypern; Chypre; Chipre; Cipro; Siprus
        Georgia: Georgien; Géorgie; Geórgia
        Armenia: Armenien; Arménie; Arménia
        Kazakhstan: Kasachstan; Kazajistán; Kazakistan; Cazaquistão
        Mongolia: Mongolei; Mongolie
        Egypt: Ägypten; Égypte; Egipto; Egitto; Egito; Mesir
        Saudi Arabia: Saudi-Arabien; Arabie saoudite; Arabia Saudita; Arábia Saudita; Arab Saudi
        Iran: Irán; Irã
        Iraq: Irak; Iraque
        Israel: Israël; Israele
        Palestine: Palästina; Palestina
        Syria: Syrien; Syrie; Siria; Síria; Suriah
        Lebanon: Libanon; Liban; Líbano; Libano
        Jordan: Jordanien; Jordanie; Jordania; Giordania; Jordânia; Yordania
        United Arab Emirates: Vereinigte Arabische Emirate; Émirats arabes unis; Emiratos Árabes Unidos; Emirati Arabi Uniti; Emirados Árabes Unidos; Uni Emirat Arab
        Oman: Omán; Omã
        Qatar: Katar
        Kuwait: Koweït
        Bahrain: Bahreïn; Baréin; Bahrein
        Yemen: Jemen; Yémen; Iémen; Yaman
        Morocco: Marokko; Maroc; Marruecos; Marocco; Marrocos; Maroko
        Algeria: Algerien; Algérie; Argelia; Argélia; Aljazair
        Libya: Libyen; Libye; Libia; Líbia
        Sudan: Soudan; Sudán; Sudão
        Ethiopia: Äthiopien; Éthiopie; Etiopía; Etiopia; Etiópia
        Kenya: Kenia; Quénia; Quênia
        Nigeria: Nigéria
        South Africa: Südafrika; Afrique du Sud; Sudáfrica; Sudafrica; África do Sul; Afrika Selatan
        Afghanistan: Afganistán; Afeganistão; Afganistan
        Pakistan: Paquistão
        India: Indien; Inde; Índia
        Indonesia: Indonesien; Indonésie; Indonésia
        Malaysia: Malaisie; Malasia; Malesia; Malásia
        Singapore: Singapur; Singapour; Singapura
        Thailand: Thaïlande; Tailandia; Thailandia; Tailândia
        Vietnam: Viêt Nam; Vietnã; Vietname
        Cambodia: Kambodscha; Cambodge; Camboya; Cambogia; Camboja; Kamboja
        Philippines: Philippinen; Filipinas; Filippine
        Myanmar: Birmanie; Birmania
        Taiwan: Taïwan; Taiwán
        Australia: Australien; Australie; Austrália
        New Zealand: Neuseeland; Nouvelle-Zélande; Nueva Zelanda; Nuova Zelanda; Nova Zelândia; Selandia Baru
        Canada: Kanada; Canadá
        Mexico: Mexiko; Mexique; México; Messico; Meksiko
        Cuba: Kuba
        Colombia: Kolumbien; Colombie; Colômbia; Kolombia
        Peru: Pérou; Perú
        Brazil: Brasilien; Brésil; Brasile
        Argentina: Argentinien
        Chile: Cile
        Kyiv: Kiew; Kyjiw
        Moscow: Moskau; Moscou; Moscú; Mosca; Moscovo
        Beijing: Peking; Pékin; Pekín; Pechino; Pequim
        Warsaw: Warschau; Varsovie; Varsovia; Varsavia; Varsóvia
        Vienna: Wien; Viena
        Brussels: Brüssel; Bruxelles; Bruselas; Bruxelas
        Athens: Athen; Athènes; Atenas; Atene
        Lisbon: Lissabon; Lisbonne; Lisboa; Lisbona
        Bucharest: Bukarest; Bucarest; Bucareste
        Prague: Prag; Praga
        Copenhagen: Kopenhagen; Copenhague; Copenaghen; Copenhaga
        Seoul: Séoul; Seúl
        Tokyo: Tokio; Tóquio
        London: Londres; Londra
        Jerusalem: Jérusalem; Jerusalén; Gerusalemme; Jerusalém; Yerusalem
        Tehran: Teheran; Téhéran; Teherán; Teerã; Teerão
        Beirut: Beyrouth
        Baghdad: Bagdad
        Munich: München
        Cologne: Köln
        Geneva: Genf; Genève; Ginebra; Ginevra; Genebra
        Danube: Donau; Danubio; Danúbio
        Black Sea: Schwarzes Meer; Schwarze Meer; Mer Noire; Mar Negro; Mar Nero; Laut Hitam
        Mediterranean: Mittelmeer; Méditerranée; Mediterráneo; Mediterraneo
        Red Sea: Rotes Meer; Rote Meer; Mer Rouge; Mar Rojo; Mar Rosso; Mar Vermelho; Laut Merah
        South China Sea: Südchinesisches Meer; Südchinesische Meer; Mer de Chine méridionale; Mar de China Meridional; Mar Cinese Meridionale; Laut China Selatan
        Baltic Sea: Ostsee; Mer Baltique; Mar Báltico; Mar Baltico
        Persian Gulf: Persischer Golf; Persische Golf; Golfe Persique; Golfo Pérsico; Golfo Persico; Teluk Persia
        Middle East: Naher Osten; Nahe Osten; Moyen-Orient; Proche-Orient; Oriente Medio; Oriente Próximo; Medio Oriente; Médio Oriente; Timur Tengah
        Far East: Ferner Osten; Ferne Osten; Extrême-Orient; Lejano Oriente; Estremo Oriente; Extremo Oriente
        White House: Weißes Haus; Weiße Haus; Maison-Blanche; Maison Blanche; Casa Blanca; Casa Bianca; Casa Branca; Gedung Putih
        European Union: Europäische Union; Union européenne; Unión Europea; Unione europea; União Europeia; Uni Eropa; UE
        United Nations: Vereinte Nationen; Nations unies; Naciones Unidas; Nazioni Unite; Nações Unidas; Perserikatan Bangsa-Bangsa; ONU; PBB
        NATO: OTAN
        """;

    /// <summary>The other names of the gazetteer entry named <paramref name="englishName"/>; empty when it has none here.</summary>
    public static IReadOnlyList<string> Of(string englishName) =>
        Table.Value.TryGetValue(englishName, out var names) ? names : [];

    /// <summary>The English gazetteer names this table gives other names for.</summary>
    internal static IEnumerable<string> EnglishNames => Table.Value.Keys;

    private static Dictionary<string, string[]> Build() =>
        Names.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(
                parts => parts[0].Trim(),
                parts => parts[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                StringComparer.Ordinal);
}
