namespace Storyline.Text.Dates;

/// <summary>The days an undated text must have been published between: no earlier than the latest date it gives, no later than its arrival.</summary>
public sealed record PublicationWindow(DateOnly NotBefore, DateOnly NotAfter)
{
    /// <summary>
    /// The window of an undated text received on <paramref name="received"/>: from the latest calendar date the text itself
    /// gives ("met on 16 January 2024", "in July 2000"), no later than its arrival; null when it gives none.
    /// </summary>
    public static PublicationWindow? Of(string text, DateOnly received, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var given = DateResolver.Find(text, null, locale)
            .Where(m => m.IsResolved && m.Granularity is not DateGranularity.Duration && m.From <= received)
            .Select(m => m.From!.Value)
            .DefaultIfEmpty()
            .Max();
        return given == default ? null : new PublicationWindow(given, received);
    }
}
