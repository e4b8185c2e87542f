using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Storyline.Text.Tokens;

/// <summary>One index term cut from a text: its stem and where its surface form sits.</summary>
/// <param name="Term">The normalised term (lower-cased, stop words dropped, stemmed for the language, folded to ASCII letters).</param>
/// <param name="Start">Offset of the surface form in the analysed text.</param>
/// <param name="Length">Length of the surface form.</param>
/// <param name="Shape">What the surface form looked like.</param>
public readonly record struct Token(string Term, int Start, int Length, TokenShape Shape)
{
    public bool IsNumeric => (Shape & TokenShape.Numeric) != 0;
    public bool IsSentenceInitial => (Shape & TokenShape.SentenceInitial) != 0;

    /// <summary>A capitalised word that does not open a sentence: a likely name.</summary>
    public bool IsNameLike => Shape.IsNameLike();
}

/// <summary>Readings of a <see cref="TokenShape"/>.</summary>
public static class TokenShapes
{
    /// <summary>A capitalised word that does not open a sentence: a likely name.</summary>
    public static bool IsNameLike(this TokenShape shape) => (shape & (TokenShape.Capitalised | TokenShape.SentenceInitial)) == TokenShape.Capitalised;
}

/// <summary>Receives one term of <see cref="TokenAnalyzer.Scan"/>: the term, where its surface form sits, and what it looked like.</summary>
public delegate void TermVisitor(ReadOnlySpan<char> term, int start, int length, TokenShape shape);

/// <summary>Surface features of a token that the stem no longer shows.</summary>
[System.Flags]
public enum TokenShape
{
    None = 0,
    /// <summary>The surface form starts with an upper-case letter.</summary>
    Capitalised = 1,
    /// <summary>The surface form is made of digits (and separators).</summary>
    Numeric = 2,
    /// <summary>The token is the first word of a sentence, paragraph or the text.</summary>
    SentenceInitial = 4,
}

/// <summary>Language-aware tokenizer and stemmer over Lucene.Net analyzers.</summary>
/// <remarks>
/// Thread-safe: Lucene analyzers keep their token-stream components per thread, so one instance
/// (e.g. <see cref="Shared"/>) serves every stage. The language is an ISO 639-1 code; unknown or
/// missing codes fall back to English.
/// </remarks>
public sealed class TokenAnalyzer : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly ConcurrentDictionary<string, Lazy<Analyzer>> _analyzers = new(StringComparer.Ordinal);

    /// <summary>A process-wide instance.</summary>
    public static TokenAnalyzer Shared { get; } = new();

    /// <summary>The language codes with a dedicated analyzer; others use English.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "fr", "es", "it", "pt", "nl", "ru", "sv", "da", "no", "fi", "tr", "ar", "zh", "ja", "ko"];

    /// <summary>Analyses <paramref name="text"/> and returns its tokens in order.</summary>
    public List<Token> Tokenize(string text, string? language = null)
    {
        var tokens = new List<Token>();
        Tokenize(text, language, tokens);
        return tokens;
    }

    /// <summary>Analyses <paramref name="text"/> and appends its tokens to <paramref name="into"/>.</summary>
    public void Tokenize(string text, string? language, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        Scan(text, language, (term, start, length, shape) => into.Add(new Token(term.ToString(), start, length, shape)));
    }

    /// <summary>
    /// Analyses <paramref name="text"/> and hands each term to <paramref name="visit"/> as it is cut, without making a
    /// string of it: the span is the analyzer's own buffer, valid only during the call.
    /// </summary>
    public void Scan(string text, string? language, TermVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(visit);
        if (text.Length == 0)
        {
            return;
        }
        var analyzer = AnalyzerFor(language);
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var start = offset.StartOffset;
            var length = Math.Max(0, offset.EndOffset - start);
            visit(term.Buffer.AsSpan(0, term.Length), start, length, ShapeOf(text, start, length));
        }
        stream.End();
    }

    /// <summary>Just the terms (stems) of <paramref name="text"/>, in order.</summary>
    public List<string> Terms(string text, string? language = null) => Tokenize(text, language).ConvertAll(t => t.Term);

    public void Dispose()
    {
        foreach (var lazy in _analyzers.Values)
        {
            if (lazy.IsValueCreated)
            {
                lazy.Value.Dispose();
            }
        }
        _analyzers.Clear();
    }

    private Analyzer AnalyzerFor(string? language)
    {
        var code = Normalise(language);
        return _analyzers.GetOrAdd(code, c => new Lazy<Analyzer>(() => Create(c))).Value;
    }

    private static string Normalise(string? language)
    {
        if (string.IsNullOrWhiteSpace(language) || language.Length < 2)
        {
            return "en";
        }
        var code = language[..2].ToLowerInvariant();
        return Languages.Contains(code) ? code : "en";
    }

    // Names are written with and without their marks ("Kłodawin", "Klodawin"; "Erdoğan", "Erdogan"), so every language's
    // terms lose them last, after stemming.
    private static Unmarked Create(string code) => new(Stock(code));

    private static Analyzer Stock(string code) => code switch
    {
        "de" => new Lucene.Net.Analysis.De.GermanAnalyzer(Version),
        "fr" => new Lucene.Net.Analysis.Fr.FrenchAnalyzer(Version),
        "es" => new Lucene.Net.Analysis.Es.SpanishAnalyzer(Version),
        "it" => new Lucene.Net.Analysis.It.ItalianAnalyzer(Version),
        "pt" => new Lucene.Net.Analysis.Pt.PortugueseAnalyzer(Version),
        "nl" => new Lucene.Net.Analysis.Nl.DutchAnalyzer(Version),
        "ru" => new Lucene.Net.Analysis.Ru.RussianAnalyzer(Version),
        "sv" => new Lucene.Net.Analysis.Sv.SwedishAnalyzer(Version),
        "da" => new Lucene.Net.Analysis.Da.DanishAnalyzer(Version),
        "no" => new Lucene.Net.Analysis.No.NorwegianAnalyzer(Version),
        "fi" => new Lucene.Net.Analysis.Fi.FinnishAnalyzer(Version),
        "tr" => new Lucene.Net.Analysis.Tr.TurkishAnalyzer(Version),
        "ar" => new Lucene.Net.Analysis.Ar.ArabicAnalyzer(Version),
        "zh" or "ja" or "ko" => new Lucene.Net.Analysis.Cjk.CJKAnalyzer(Version),
        _ => new Lucene.Net.Analysis.En.EnglishAnalyzer(Version),
    };

    /// <summary>A stock analyzer whose terms are folded to ASCII letters where they have an equivalent ("ł" to "l", "ó" to "o").</summary>
    private sealed class Unmarked(Analyzer inner) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

        protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
            new(components.Tokenizer, new Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter(components.TokenStream));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    private static TokenShape ShapeOf(string text, int start, int length)
    {
        if (start < 0 || start >= text.Length || length == 0)
        {
            return TokenShape.None;
        }
        var shape = TokenShape.None;
        var first = text[start];
        if (char.IsUpper(first))
        {
            shape |= TokenShape.Capitalised;
        }
        else if (char.IsDigit(first))
        {
            shape |= TokenShape.Numeric;
        }
        if (OpensSentence(text, start))
        {
            shape |= TokenShape.SentenceInitial;
        }
        return shape;
    }

    // Walks back over spaces and opening quotes: a sentence opens after terminal punctuation, a
    // line break or at the very start.
    private static bool OpensSentence(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '.' or '!' or '?' or ':' or '•')
            {
                return true;
            }
            if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '-' || c == '—')
            {
                continue;
            }
            return false;
        }
        return true;
    }
}
