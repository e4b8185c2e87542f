namespace Storyline.Extraction;

/// <summary>How much prose a piece of text holds, in Latin-character equivalents.</summary>
internal static class TextWeight
{
    /// <summary>The length, with each CJK or Hangul character counted three times: one of them carries about a word.</summary>
    public static int Of(string text)
    {
        var weight = text.Length;
        // Latin text holds none of these characters: one vectorised search finds that, and counting starts at the first.
        var first = text.AsSpan().IndexOfAnyInRange('\u2E80', '\uD7FF');
        if (first < 0)
        {
            return weight;
        }
        foreach (var c in text.AsSpan(first))
        {
            if (c >= '\u2E80' && c <= '\uD7FF')
            {
                weight += 2;
            }
        }
        return weight;
    }
}
