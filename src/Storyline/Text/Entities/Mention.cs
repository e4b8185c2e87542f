namespace Storyline.Text.Entities;

/// <summary>What kind of thing a name refers to.</summary>
public enum EntityType
{
    /// <summary>Not known: a capitalised name with no cue.</summary>
    Other,
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: agency, ministry, party, company, news outlet, international body.</summary>
    Organization,
    /// <summary>A country, city or region.</summary>
    Place,
}

/// <summary>A name found in a text.</summary>
/// <param name="Text">The name as written, without titles or a possessive ending ("Choe Son-hui", "DPRK", "North Korean").</param>
/// <param name="Start">Offset of the name in the text.</param>
/// <param name="SentenceIndex">Index of the sentence it is in.</param>
public sealed record Mention(string Text, EntityType Type, int Start, int SentenceIndex)
{
    /// <summary>The gazetteer's name for it when the name is a known country, place or organisation ("North Korea" for "DPRK").</summary>
    public string? Known { get; init; }

    /// <summary>The title or office written before a person's name ("Foreign Minister").</summary>
    public string? Title { get; init; }

    /// <summary>For an acronym written in brackets after a name, that name ("Korean Central News Agency" for "(KCNA)").</summary>
    public string? Expansion { get; init; }

    /// <summary>True when a cue typed it (gazetteer, title, head word, context); false when only the shape of the name did.</summary>
    public bool Confident { get; init; }

    /// <summary>True when the name opens its sentence, where any word is capitalised.</summary>
    public bool Initial { get; init; }

    public int Length => Text.Length;
}
