namespace Storyline.Text.Language;

/// <summary>A language guess: an ISO 639-1 code (null when unknown) and a confidence in [0, 1].</summary>
public readonly record struct LanguageGuess(string? Code, double Confidence)
{
    public static LanguageGuess Unknown { get; } = new(null, 0);
}

/// <summary>Identifies the language of a text.</summary>
public static class LanguageIdentifier
{
    public static LanguageGuess Identify(string text) => LanguageGuess.Unknown;
}
