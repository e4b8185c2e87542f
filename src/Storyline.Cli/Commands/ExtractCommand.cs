using System.CommandLine;
using System.Text.Json;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary><c>extract PATH...</c>: one JSON object per input document.</summary>
internal static class ExtractCommand
{
    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.html, .htm, .txt, optionally .gz).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per line (the default output form)." };
        var command = new Command("extract", "Extract articles from web pages and text dumps without storing them.") { paths, json };
        command.SetAction(parse =>
        {
            var extractor = new ArticleExtractor();
            var output = parse.InvocationConfiguration.Output;
            var failed = false;
            foreach (var path in parse.GetValue(paths) ?? [])
            {
                foreach (var file in Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : new[] { path })
                {
                    var format = file.Contains(".htm", StringComparison.OrdinalIgnoreCase) ? DocumentFormat.Html : DocumentFormat.TextDump;
                    var outcome = extractor.Extract(new RawDocument(file, File.ReadAllBytes(file), format));
                    failed |= !outcome.Succeeded;
                    output.WriteLine(JsonSerializer.Serialize(new
                    {
                        path = file,
                        url = outcome.Article?.Url,
                        title = outcome.Article?.Title,
                        text = outcome.Article?.Text,
                        error = outcome.Error,
                    }));
                }
            }
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }
}
