namespace Storyline.Text.Language;

/// <summary>Readings of the ISO 639-1 codes articles carry ("en", "de", "en-GB"); a missing code is an unknown language.</summary>
public static class LanguageCodes
{
    /// <summary>True for English or an unknown language, which the pipeline reads as English.</summary>
    public static bool IsEnglishOrUnknown(string? language) => language is not { Length: > 0 } || Is(language, "en");

    /// <summary>True for a known language other than English.</summary>
    public static bool IsForeign(string? language) => language is { Length: >= 2 } && !Is(language, "en");

    /// <summary>True for German.</summary>
    public static bool IsGerman(string? language) => Is(language, "de");

    /// <summary>True for French.</summary>
    public static bool IsFrench(string? language) => Is(language, "fr");

    /// <summary>True for Spanish.</summary>
    public static bool IsSpanish(string? language) => Is(language, "es");

    /// <summary>True for Italian.</summary>
    public static bool IsItalian(string? language) => Is(language, "it");

    /// <summary>True for Portuguese.</summary>
    public static bool IsPortuguese(string? language) => Is(language, "pt");

    /// <summary>True for French, Spanish, Italian or Portuguese, whose reports the claims read with one set of rules.</summary>
    public static bool IsRomance(string? language) => IsFrench(language) || IsSpanish(language) || IsItalian(language) || IsPortuguese(language);

    /// <summary>True when both languages are known and differ ("de" against "en-GB").</summary>
    public static bool Differ(string? a, string? b) =>
        a is { Length: >= 2 } && b is { Length: >= 2 } && !a.AsSpan(0, 2).Equals(b.AsSpan(0, 2), StringComparison.OrdinalIgnoreCase);

    private static bool Is(string? language, string code) =>
        language is { Length: >= 2 } && language.StartsWith(code, StringComparison.OrdinalIgnoreCase);
}
