using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Stories;

/// <summary>A currency an amount is written in, and how a claim shows it.</summary>
/// <param name="Code">Its ISO 4217 code, which keys the claims: amounts in two currencies are never compared.</param>
/// <param name="Shown">The symbol written before the figure ("$", "A$"), or the English name written after it ("zlotys").</param>
/// <param name="Prefix">Whether <paramref name="Shown"/> goes before the figure.</param>
internal sealed record Currency(string Code, string Shown, bool Prefix)
{
    /// <summary>An amount as a claim shows it, in the largest of millions, billions and trillions it fills: "about €1.2 billion", "500 million zlotys", "$45,000".</summary>
    /// <remarks>However it was written: "1.700 millones", "Rs 1,500 crore" and "$1,250,000" show as 1.7 billion, 15 billion and 1.25 million.</remarks>
    public string Show(double total, string? qualifier)
    {
        var (unit, words) = total switch
        {
            >= 1e12 => (1e12, " trillion"),
            >= 1e9 => (1e9, " billion"),
            >= 1e6 => (1e6, " million"),
            _ => (1, ""),
        };
        var figure = Math.Round(total / unit, 4).ToString(unit == 1 ? "#,0.##" : "0.####", CultureInfo.InvariantCulture) + words;
        var shown = Prefix ? Shown + figure : figure + " " + Shown;
        return qualifier is null ? shown : qualifier.ToLowerInvariant() + " " + shown;
    }
}

/// <summary>The currencies amounts are read in, by the symbols, codes and names the languages read write them with.</summary>
/// <remarks>
/// One table for every language, so that "1,2 Milliarden Franken", "1.2 billion Swiss francs" and "CHF 1.2bn" are
/// one currency, and an amount in a currency the table does not know is not read at all rather than shown as another.
/// A dollar qualified by its country is that country's dollar ("A$", "Canadian dollars"); the bare "$" and "dollars"
/// are US dollars, as news writes them; the bare "¥" is the yen.
/// </remarks>
internal static class Currencies
{
    // code → what a claim shows, then the symbols and codes written before a figure, then the names written after it.
    private static readonly (Currency Currency, string[] Symbols, string[] Names)[] Table =
    [
        (new("USD", "$", true), ["$", "US$", "USD"],
            ["dollars", "dollar", "US dollars", "U.S. dollars", "US-Dollar", "dólares", "dólar", "dollari", "dollaro", "dólares estadounidenses"]),
        (new("EUR", "€", true), ["€", "EUR"], ["euros", "euro"]),
        (new("GBP", "£", true), ["£", "GBP"], ["pounds", "pounds sterling", "sterling", "Pfund", "livres", "livres sterling", "libras", "libras esterlinas", "sterline"]),
        (new("JPY", "¥", true), ["¥", "JPY"], ["yen", "yens", "yenes"]),
        (new("CNY", "yuan", false), ["CNY", "RMB", "CN¥"], ["yuan", "yuans", "yuanes", "renminbi"]),
        (new("CHF", "Swiss francs", false), ["CHF"],
            ["Swiss francs", "Franken", "Schweizer Franken", "francs suisses", "francos suizos", "franchi svizzeri", "francos suíços"]),
        (new("AUD", "A$", true), ["A$", "AU$", "AUD"], ["Australian dollars", "dollars australiens", "dólares australianos", "australische Dollar"]),
        (new("CAD", "C$", true), ["C$", "CA$", "CAD"], ["Canadian dollars", "dollars canadiens", "dólares canadienses", "kanadische Dollar"]),
        (new("HKD", "HK$", true), ["HK$", "HKD"], ["Hong Kong dollars"]),
        (new("SGD", "S$", true), ["S$", "SGD"], ["Singapore dollars"]),
        (new("NZD", "NZ$", true), ["NZ$", "NZD"], ["New Zealand dollars"]),
        (new("INR", "₹", true), ["₹", "Rs", "Rs.", "INR"], ["rupees", "Indian rupees", "Rupien", "roupies", "rupias", "rupie"]),
        (new("KRW", "₩", true), ["₩", "KRW"], ["won", "wons", "wones"]),
        (new("RUB", "roubles", false), ["₽", "RUB"], ["roubles", "rubles", "Rubel", "rublos", "rubli"]),
        (new("PLN", "zlotys", false), ["PLN"], ["zlotys", "zloty", "złoty", "złotys", "złotych", "esloti", "eslotis"]),
        (new("BRL", "R$", true), ["R$", "BRL"], ["reais", "Brazilian reals", "reales brasileños"]),
        (new("TRY", "lira", false), ["₺"], ["lira", "liras", "Turkish lira", "livres turques"]),
        (new("ILS", "shekels", false), ["₪", "NIS", "ILS"], ["shekels", "new shekels", "Schekel"]),
        (new("ZAR", "rand", false), ["ZAR"], ["rand"]),
        (new("NGN", "naira", false), ["₦", "NGN"], ["naira"]),
        (new("UAH", "hryvnias", false), ["₴", "UAH"], ["hryvnias", "hryvnia", "Hrywnja", "grivnas"]),
        (new("IDR", "rupiah", false), ["Rp", "IDR"], ["rupiah", "roupies indonésiennes"]),
        (new("SEK", "Swedish kronor", false), ["SEK"], ["Swedish kronor", "kronor", "schwedische Kronen"]),
        (new("NOK", "Norwegian kroner", false), ["NOK"], ["Norwegian kroner", "norwegische Kronen"]),
        (new("DKK", "Danish kroner", false), ["DKK"], ["Danish kroner", "dänische Kronen"]),
        (new("EGP", "Egyptian pounds", false), ["EGP"], ["Egyptian pounds"]),
        (new("SAR", "riyals", false), ["SAR"], ["riyals", "Saudi riyals"]),
        (new("AED", "dirhams", false), ["AED"], ["dirhams", "UAE dirhams"]),
        (new("MXN", "Mexican pesos", false), ["MXN"], ["Mexican pesos", "pesos mexicanos"]),
    ];

    private static readonly Dictionary<string, Currency> Written = Index();

    /// <summary>A regex alternation of the symbols and codes written before a figure, longest first ("US$" before "$").</summary>
    /// <remarks>Capture it as <c>cur</c>; a code or letter symbol must not continue a word ("ZAR" in "BAZAR").</remarks>
    public static readonly string Symbols = Alternation(Table.SelectMany(t => t.Symbols));

    /// <summary>A regex alternation of the names written after a figure, in every language read, longest first.</summary>
    public static readonly string Names = Alternation(Table.SelectMany(t => t.Names).Concat(Table.SelectMany(t => t.Symbols).Where(IsCode)));

    /// <summary>The currency a symbol, code or name stands for ("€", "CHF", "Franken", "dólares"), or null when none.</summary>
    public static Currency? Of(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return Written.GetValueOrDefault(Normalise(written));
    }

    private static Dictionary<string, Currency> Index()
    {
        var index = new Dictionary<string, Currency>(StringComparer.Ordinal);
        foreach (var (currency, symbols, names) in Table)
        {
            foreach (var written in symbols.Concat(names))
            {
                // The first currency to claim a form keeps it: the table lists the commonest first.
                index.TryAdd(Normalise(written), currency);
            }
        }
        return index;
    }

    private static string Normalise(string written) => string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static bool IsCode(string symbol) => symbol.Length == 3 && symbol.All(char.IsAsciiLetterUpper);

    // Longest first, so an alternation tried left to right takes "US dollars" before "dollars"; a space matches any run of spaces.
    private static string Alternation(IEnumerable<string> forms) =>
        string.Join('|', forms.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => Regex.Escape(f).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
}
