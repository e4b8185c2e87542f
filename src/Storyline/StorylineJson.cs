using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Storyline;

/// <summary>The JSON form Storyline speaks everywhere (CLI output, API): snake_case names, ISO dates, readable non-ASCII text.</summary>
public static class StorylineJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);
}
