using Storyline.Text.Entities;

namespace Storyline.Tests.Text.Entities;

public class GazetteerTests
{
    // The 193 member states of the United Nations and its two observer states.
    private static readonly string[] UnStates =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
        "Chile", "China", "Colombia", "Comoros", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
        "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador",
        "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland",
        "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
        "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
        "Ireland", "Israel", "Italy", "Côte d'Ivoire", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
        "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
        "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands",
        "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
        "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
        "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of the Congo",
        "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
        "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
        "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
        "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
        "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
        "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom",
        "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
        "Holy See", "Palestine"
    ];

    [Fact]
    public void Lookup_KnowsEveryUnMemberAndObserverStateAsACountry()
    {
        var unknown = UnStates.Where(n => Gazetteer.Lookup(n) is not { Type: EntityType.Place, CapitalOf: null }).ToList();
        Assert.Empty(unknown);
        Assert.Equal(195, UnStates.Select(n => Gazetteer.Lookup(n)!.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("Chad", "Chad")]
    [InlineData("Chadian", "Chad")]
    [InlineData("Nigerien", "Niger")]
    [InlineData("Nigerian", "Nigeria")]
    [InlineData("Côte d'Ivoire", "Ivory Coast")]
    [InlineData("Ivorian", "Ivory Coast")]
    [InlineData("DRC", "Democratic Republic of the Congo")]
    [InlineData("Congo-Brazzaville", "Republic of the Congo")]
    [InlineData("Swaziland", "Eswatini")]
    [InlineData("East Timor", "Timor-Leste")]
    [InlineData("Holy See", "Vatican City")]
    [InlineData("Kyrgyz", "Kyrgyzstan")]
    [InlineData("Dominican", "Dominican Republic")]
    [InlineData("the Bahamas", "Bahamas")]
    // A country's people, named by the demonym in the plural.
    [InlineData("Americans", "United States")]
    [InlineData("Israelis", "Israel")]
    [InlineData("Germans", "Germany")]
    public void Lookup_KnowsEveryCountryByNameAliasAndDemonym(string name, string country) =>
        Assert.Equal(country, Gazetteer.Lookup(name)?.Name);

    [Theory]
    [InlineData("N'Djamena", "Chad")]
    [InlineData("Niamey", "Niger")]
    [InlineData("Conakry", "Guinea")]
    [InlineData("Kinshasa", "Democratic Republic of the Congo")]
    [InlineData("Ouagadougou", "Burkina Faso")]
    [InlineData("Reykjavík", "Iceland")]
    public void Lookup_KnowsCapitals(string capital, string country) =>
        Assert.Equal(country, Gazetteer.Lookup(capital)?.CapitalOf);

    [Theory]
    [InlineData("CAR")]
    [InlineData("PNG")]
    [InlineData("Male")]
    [InlineData("Victoria")]
    [InlineData("Kingston")]
    [InlineData("San Jose")]
    public void Lookup_LeavesOutCapitalsAndShortFormsThatAreCommonWords(string name) => Assert.Null(Gazetteer.Lookup(name));

    [Theory]
    [InlineData("North American", "North America")]
    [InlineData("South American", "South America")]
    [InlineData("the Balkans", "Balkans")]
    [InlineData("Scandinavian", "Scandinavia")]
    public void Lookup_KnowsRegionsByNameAndAdjective(string name, string region) =>
        Assert.Equal(region, Gazetteer.Lookup(name)?.Name);

    [Theory]
    [InlineData("Nato", "NATO")]
    [InlineData("Opec", "OPEC")]
    [InlineData("Unesco", "UNESCO")]
    public void Lookup_AbbreviationWrittenAsAWord_FindsItsEntry(string name, string entry) => Assert.Equal(entry, Gazetteer.Lookup(name)?.Name);

    [Theory]
    [InlineData("Who")]
    [InlineData("Us")]
    [InlineData("Car")]
    public void Lookup_ShortAbbreviationsWrittenAsWords_StayWords(string name) => Assert.Null(Gazetteer.Lookup(name));

    [Theory]
    [InlineData("Microsoft", "Microsoft")]
    [InlineData("Samsung Electronics", "Samsung")]
    [InlineData("JP Morgan", "JPMorgan")]
    [InlineData("GM", "General Motors")]
    public void Lookup_KnowsCompaniesInTheNews(string name, string company)
    {
        var entry = Gazetteer.Lookup(name);
        Assert.Equal(company, entry?.Name);
        Assert.True(entry is { Type: EntityType.Organization, IsCompany: true });
    }

    [Theory]
    [InlineData("Amazon")]
    [InlineData("Ford")]
    public void Lookup_LeavesOutCompaniesNamedLikeRiversOrPeople(string name) => Assert.Null(Gazetteer.Lookup(name));
}
