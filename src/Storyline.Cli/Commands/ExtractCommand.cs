using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary><c>extract PATH... [--json]</c>: one JSON object per input document, one per line.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (.html, .htm, .txt, optionally .gz; .warc archives); folders are walked recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "One JSON object per line (the default output form)." };
        var command = new Command("extract", "Extract articles from web pages and text dumps without storing them.") { paths, json };
        command.SetAction(parse =>
        {
            var extractor = new ArticleExtractor();
            var output = parse.InvocationConfiguration.Output;
            var failed = false;
            // The same reader and the same batches as ingest, so pages of one site are read against each other's templates.
            foreach (var chunk in InputReader.Read(parse.GetValue(paths) ?? [], IngestHints.None).Chunk(BatchSize))
            {
                var documents = chunk.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
                using var outcomes = (documents.Count == 0 ? [] : extractor.ExtractBatch(documents)).GetEnumerator();
                foreach (var item in chunk)
                {
                    var outcome = item.Document is not null && outcomes.MoveNext() ? outcomes.Current : null;
                    var line = (item, outcome) switch
                    {
                        ({ Article: { } a }, _) => new Line(item.Origin, a.Url, a.Title, a.Byline, Iso(a.Published), a.Source, a.Language, a.Text, null),
                        (_, { Article: { } a }) => new Line(item.Origin, a.Url, a.Title, a.Byline, Iso(a.Published), a.Site, a.Language, a.Text, null),
                        _ => new Line(item.Origin, null, null, null, null, null, null, null, item.Error ?? outcome?.Error ?? "no article found"),
                    };
                    failed |= line.Error is not null;
                    output.WriteLine(JsonSerializer.Serialize(line, Json));
                }
            }
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    private const int BatchSize = 256;

    private static string? Iso(DateTimeOffset? value) => value?.ToString("o", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Line(
        [property: System.Text.Json.Serialization.JsonPropertyName("path")] string Path,
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string? Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string? Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("byline")] string? Byline,
        [property: System.Text.Json.Serialization.JsonPropertyName("published")] string? Published,
        [property: System.Text.Json.Serialization.JsonPropertyName("site")] string? Site,
        [property: System.Text.Json.Serialization.JsonPropertyName("language")] string? Language,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string? Text,
        [property: System.Text.Json.Serialization.JsonPropertyName("error"), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Error);
}
