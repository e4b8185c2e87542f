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
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.html, .htm, .txt, optionally .gz); folders are walked recursively.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line (the default output form)." };
        var command = new Command("extract", "Extract articles from web pages and text dumps without storing them.") { paths, json };
        command.SetAction(parse =>
        {
            var extractor = new ArticleExtractor();
            var output = parse.InvocationConfiguration.Output;
            var failed = false;
            foreach (var file in DocumentReader.Enumerate(parse.GetValue(paths) ?? []))
            {
                var (document, readError) = DocumentReader.Read(file);
                var outcome = document is null ? ExtractionOutcome.Failure(file, readError ?? "cannot read") : extractor.Extract(document);
                failed |= !outcome.Succeeded;
                var article = outcome.Article;
                output.WriteLine(JsonSerializer.Serialize(new Line(
                    file, article?.Url, article?.Title, article?.Byline, article?.Published?.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
                    article?.Site, article?.Language, article?.Text, outcome.Error), Json));
            }
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

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
