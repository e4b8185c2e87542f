using System.Text;
using System.Globalization;

namespace Storyline.Text.Language;

/// <summary>A language guess: an ISO 639-1 code (null when unknown) and a confidence in [0, 1].</summary>
public readonly record struct LanguageGuess(string? Code, double Confidence)
{
    public static LanguageGuess Unknown { get; } = new(null, 0);

    public bool IsKnown => Code is not null;
}

/// <summary>Identifies the language of a text from its script, its function words and its telltale letters.</summary>
/// <remarks>
/// The script decides first (Hangul → ko, Kana → ja, Han → zh, Thai, Greek, Hebrew, Devanagari...); within a shared
/// script, function-word profiles and letters peculiar to one language decide (Cyrillic: ru/uk/bg/sr; Arabic: ar/fa/ur;
/// Latin: 20 languages). Texts shorter than <see cref="MinWords"/> words, or mixing scripts with no clear majority,
/// are unknown rather than guessed. A long text is judged from its first <see cref="SampleCharacters"/> characters, or
/// its first <see cref="MaxCharacters"/> when those leave the language unknown. Stateless and thread-safe.
/// </remarks>
public static class LanguageIdentifier
{
    /// <summary>Fewer words than this (or CJK characters / 2) are too little evidence.</summary>
    public const int MinWords = 20;

    /// <summary>The characters read first, cut back to a word boundary: a few hundred words decide almost every text.</summary>
    public const int SampleCharacters = 3_000;

    /// <summary>The most characters read, when the first sample leaves the language unknown; the rest of a long text adds little.</summary>
    public const int MaxCharacters = 10_000;

    /// <summary>The language of an article: its title, then as much of its body as is ever read, copied once.</summary>
    public static LanguageGuess Identify(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        return Identify(string.Concat(title, "\n", body.AsSpan(0, Math.Min(body.Length, MaxCharacters))));
    }

    public static LanguageGuess Identify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LanguageGuess.Unknown;
        }
        var sample = Sample(text, SampleCharacters);
        var guess = Identify(sample);
        // A long text whose first part is thin (a list, a table, a quote in another script) gets a longer reading.
        return guess.IsKnown || sample.Length == text.Length ? guess : Identify(Sample(text, MaxCharacters));
    }

    private static LanguageGuess Identify(ReadOnlySpan<char> sample)
    {
        var counts = new Counts(sample);
        if (counts.Letters == 0)
        {
            return LanguageGuess.Unknown;
        }
        var scripts = counts.Scripts;
        var cjk = scripts[(int)Script.Han] + scripts[(int)Script.Kana] + scripts[(int)Script.Hangul];
        if (counts.Words < MinWords && cjk < 2 * MinWords)
        {
            return LanguageGuess.Unknown;
        }

        // CJK scripts share Han characters: Kana means Japanese, Hangul means Korean, Han alone Chinese.
        if (cjk >= 0.5 * counts.Letters)
        {
            var share = (double)cjk / counts.Letters;
            if (scripts[(int)Script.Hangul] >= 0.3 * cjk)
            {
                return new LanguageGuess("ko", share);
            }
            if (scripts[(int)Script.Kana] >= 0.1 * cjk)
            {
                return new LanguageGuess("ja", share);
            }
            return new LanguageGuess("zh", share);
        }

        var top = Script.Other;
        for (var script = Script.Other; script <= Script.Han; script++)
        {
            if (scripts[(int)script] > scripts[(int)top])
            {
                top = script;
            }
        }
        var topShare = (double)scripts[(int)top] / counts.Letters;
        if (topShare < 0.6)
        {
            return LanguageGuess.Unknown; // mixed scripts: no honest single answer
        }
        return top switch
        {
            Script.Latin => Profiles.Best(counts, Profiles.Latin, topShare),
            Script.Cyrillic => Profiles.Best(counts, Profiles.Cyrillic, topShare),
            Script.Arabic => Profiles.Best(counts, Profiles.Arabic, topShare, fallback: "ar"),
            Script.Devanagari => new LanguageGuess("hi", topShare),
            Script.Greek => new LanguageGuess("el", topShare),
            Script.Hebrew => new LanguageGuess("he", topShare),
            Script.Thai => new LanguageGuess("th", topShare),
            Script.Bengali => new LanguageGuess("bn", topShare),
            Script.Tamil => new LanguageGuess("ta", topShare),
            Script.Georgian => new LanguageGuess("ka", topShare),
            Script.Armenian => new LanguageGuess("hy", topShare),
            _ => LanguageGuess.Unknown,
        };
    }

    /// <summary>
    /// The start of a text: at most <paramref name="limit"/> characters, ending before a word that the limit would
    /// cut, so no word is counted as a shorter one.
    /// </summary>
    internal static ReadOnlySpan<char> Sample(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }
        var end = limit;
        if (IsWordCharacter(text[end]))
        {
            while (end > 0 && IsWordCharacter(text[end - 1]))
            {
                end--;
            }
        }
        // A single word longer than the whole sample has no boundary to cut at.
        return text.AsSpan(0, end > 0 ? end : limit);
    }

    private static bool IsWordCharacter(char c) =>
        c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>What the decision reads from a text, counted in one pass: letters per script, words, function words, telltale letters.</summary>
    internal sealed class Counts
    {
        public int[] Scripts { get; } = new int[(int)Script.Han + 1];

        public int Letters { get; private set; }

        public int Words { get; private set; }

        /// <summary>Occurrences of each function word of any profile, by its index in <see cref="Profiles.WordIndex"/>.</summary>
        public int[] FunctionWords { get; } = new int[Profiles.WordIndex.Count];

        /// <summary>Occurrences of each telltale letter of any profile in the lower-cased text, by its index in <see cref="Profiles.LetterIndex"/>.</summary>
        public int[] TelltaleLetters { get; } = new int[Profiles.LetterIndex.Count];

        /// <summary>The length of the text read.</summary>
        public int Length { get; }

        public Counts(ReadOnlySpan<char> text)
        {
            Length = text.Length;
            Span<char> lower = stackalloc char[Profiles.LongestWord];
            var wordStart = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (i < text.Length)
                {
                    CountLetter(text, i);
                }
                var inWord = i < text.Length && IsWordCharacter(c);
                if (inWord && wordStart < 0)
                {
                    wordStart = i;
                }
                else if (!inWord && wordStart >= 0)
                {
                    Words++;
                    var word = text[wordStart..i];
                    // Longer words are in no profile, and lower-casing keeps the length.
                    if (word.Length <= lower.Length)
                    {
                        var length = word.ToLowerInvariant(lower);
                        if (length == word.Length && Profiles.WordLookup.TryGetValue(lower[..length], out var index))
                        {
                            FunctionWords[index]++;
                        }
                    }
                    wordStart = -1;
                }
            }
        }

        private void CountLetter(ReadOnlySpan<char> text, int i)
        {
            var c = text[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    Letters++;
                    Scripts[(int)Script.Latin]++;
                }
                return;
            }
            if (Profiles.LetterIndex.TryGetValue(char.ToLowerInvariant(c), out var letter))
            {
                TelltaleLetters[letter]++;
            }
            if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                return; // counted with its high surrogate
            }
            Rune.DecodeFromUtf16(text[i..], out var rune, out _);
            if (Rune.IsLetter(rune))
            {
                Letters++;
                Scripts[(int)Text.Scripts.Of(rune.Value)]++;
            }
        }
    }

    /// <summary>Function words and telltale letters of languages that share a script.</summary>
    internal static class Profiles
    {
        internal sealed record Profile(string Code, HashSet<string> Words, string Letters);

        private static Profile P(string code, string words, string letters = "") =>
            new(code, words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), letters);

        // Hand-picked high-frequency function words per language; letters are ones the language uses and its
        // script neighbours rarely do.
        internal static readonly Profile[] Latin =
        [
            P("en", "the of and to in is that for it was on with as he his by at from are be this have has had not but they which an were their been said who will would its or more"),
            P("es", "de la que el en y los del se las por un para con una su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también fue había ha", "ñ¿¡"),
            P("fr", "de la le et les des en un du une que est pour qui dans par sur au pas plus ne se il ce avec sont mais ou été aux cette leur elle nous", "çœ"),
            P("de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um", "ßäöü"),
            P("it", "di e il la che per un in del della non è le si da una sono dei alla con al ha gli nel lo più come anche ma delle degli questo sua suo", "ìò"),
            P("pt", "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito", "ãõç"),
            P("nl", "de van het een en in is dat op te zijn voor met die niet aan er om ook als bij of door naar maar worden nog wordt deze heeft ze werd uit dan", "ĳ"),
            P("sv", "och i att det som en på är av för med till den har de inte om ett var jag men hade sig från vi så kan man när år ska efter också", "åäö"),
            P("da", "og i at det er en til på som de med af for ikke der den har var et han jeg vi men kan om fra så skal efter også blev hun", "æøå"),
            P("no", "og i det er som en til på at av for med har de ikke den var et om seg fra han vi men kan så skal etter også ble hun blir", "æøå"),
            P("fi", "ja on ei se että oli hän ovat mutta kun myös tai jos niin kuin joka sen ole ovat olla tämä vain sitä ja nyt jo koska mukaan", "äö"),
            P("pl", "i w na z do się nie że to jest o jak a po co przez dla od za są tak ale jego jej oraz być może już było tym które który", "ąęłńśźż"),
            P("cs", "a v se na je že to s z do o jako ve by k i ale jsou pro za od po jeho již bylo které který než také jen byl", "ěščřžůň"),
            P("tr", "ve bir bu da de için ile olarak çok daha gibi ama olan en sonra ne kadar var her o ki mi şey değil diye ise yeni göre", "şğıİ"),
            P("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena saat bisa telah atau mereka sudah kata lebih para"),
            P("vi", "của và là có trong được cho không những người một các với này đã để từ khi đến về cũng như năm tại sẽ theo", "đơưạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
            P("ro", "și de la în a cu pe care din că nu o un pentru este mai să se au fost sau ca dar fi lui acest ei sunt", "ăâîșțş"),
            P("hu", "a az és hogy nem is egy van de meg ki már csak azt el mint volt ha be még vagy kell lesz pedig után", "őű"),
            P("ca", "de la i el que a en les per del un una amb no es els al va són com més però també seu dels", "ç·"),
            P("sw", "na ya wa kwa ni za katika la kuwa hiyo huo hilo ambao ambayo pia lakini watu sana hadi"),
            P("tl", "ang ng sa na at mga ay si ni para kay hindi ito nang mula kung pero rin din"),
        ];

        internal static readonly Profile[] Cyrillic =
        [
            P("ru", "и в не на что с по это как он к из но за то от его для же все они так было о бы у она только же уже", "ыэё"),
            P("uk", "і в на що не з та до у як це за від для по він але його є вона які також так буде було", "іїєґ"),
            P("bg", "и на в да се за от с не е че по са като това но ще си които той а му или", "ъ"),
            P("sr", "и у је да се на за са не од то као из а су али који које по", "јљњћђџ"),
        ];

        internal static readonly Profile[] Arabic =
        [
            P("ar", "في من على أن إلى التي الذي عن مع هذا كان هذه ما بين لا قد كما بعد أو ذلك", "ةى"),
            P("fa", "و در به از که این را با است برای آن یک خود تا می شد بر نیز های", "پچژگکی"),
            P("ur", "کے کی میں اور ہے کا کو سے نے پر یہ ہیں کہ تھا بھی", "ٹڈڑںےہ"),
        ];

        /// <summary>Every function word of every profile, numbered.</summary>
        internal static readonly Dictionary<string, int> WordIndex = Number(Latin.Concat(Cyrillic).Concat(Arabic).SelectMany(p => p.Words));

        internal static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup = WordIndex.GetAlternateLookup<ReadOnlySpan<char>>();

        internal static readonly int LongestWord = WordIndex.Keys.Max(w => w.Length);

        /// <summary>Every telltale letter of every profile, numbered.</summary>
        internal static readonly Dictionary<char, int> LetterIndex = Latin.Concat(Cyrillic).Concat(Arabic).SelectMany(p => p.Letters)
            .Distinct().Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);

        private static readonly Dictionary<Profile, (int[] Words, int[] Letters)> Indices =
            Latin.Concat(Cyrillic).Concat(Arabic).ToDictionary(p => p, p => (p.Words.Select(w => WordIndex[w]).ToArray(), p.Letters.Distinct().Select(c => LetterIndex[c]).ToArray()));

        private static Dictionary<string, int> Number(IEnumerable<string> words)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in words)
            {
                index.TryAdd(word, index.Count);
            }
            return index;
        }

        public static LanguageGuess Best(Counts counts, Profile[] profiles, double scriptShare, string? fallback = null)
        {
            var scores = new double[profiles.Length];
            for (var p = 0; p < profiles.Length; p++)
            {
                var (words, letters) = Indices[profiles[p]];
                var hits = 0;
                foreach (var word in words)
                {
                    hits += counts.FunctionWords[word];
                }
                var letterHits = 0;
                foreach (var letter in letters)
                {
                    letterHits += counts.TelltaleLetters[letter];
                }
                // Function-word coverage carries the decision; telltale letters break ties between neighbours.
                scores[p] = (double)hits / counts.Words + Math.Min(0.15, 3.0 * letterHits / Math.Max(1, counts.Length));
            }
            var order = Enumerable.Range(0, profiles.Length).OrderByDescending(i => scores[i]).ToArray();
            var best = scores[order[0]];
            var second = order.Length > 1 ? scores[order[1]] : 0;
            if (best < 0.08)
            {
                return fallback is null ? LanguageGuess.Unknown : new LanguageGuess(fallback, 0.3 * scriptShare);
            }
            var margin = (best - second) / best;
            var confidence = Math.Clamp(scriptShare * (0.5 + margin) * Math.Min(1, best / 0.25), 0, 1);
            return margin < 0.05 ? LanguageGuess.Unknown : new LanguageGuess(profiles[order[0]].Code, confidence);
        }
    }
}
