using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Storyline.Clustering;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary><c>cluster [FILE|-] [--json]</c>: groups JSON Lines articles into stories without touching the store.</summary>
internal static class ClusterCommand
{
    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        var file = new Argument<string>("file")
        {
            Description = "Articles as JSON Lines (id, title, text, published, source, url), optionally gzipped (.gz); - or nothing for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var json = new Option<bool>("--json") { Description = "One JSON object per line (the default output form)." };
        var command = new Command("cluster", "Cluster articles into stories in file order and print each article's story and original.") { file, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file) ?? "-";
            if (path != "-" && !File.Exists(path))
            {
                error.WriteLine($"cluster: no such file: {path}");
                return ExitCodes.Usage;
            }
            var clusterer = new StoryClusterer();
            var assignments = new List<ClusterAssignment>();
            var failed = false;
            try
            {
                foreach (var line in ArticleJson.ReadLabelledFile(path))
                {
                    if (line.Article is null)
                    {
                        failed = true;
                        error.WriteLine($"cluster: line {line.LineNumber.ToString(CultureInfo.InvariantCulture)}: {line.Error}");
                        continue;
                    }
                    if (line.Warning is not null)
                    {
                        error.WriteLine($"cluster: line {line.LineNumber.ToString(CultureInfo.InvariantCulture)}: {line.Warning}; clustered as undated");
                    }
                    assignments.Add(clusterer.Add(ClusterItem.FromArticle(line.Article)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // A truncated or mislabelled .gz: the articles read before the fault are still printed.
                failed = true;
                error.WriteLine($"cluster: cannot read {path} after {assignments.Count.ToString(CultureInfo.InvariantCulture)} articles: {e.Message}");
            }
            // Stories merge as later articles arrive, so ids are only final once the whole stream is in.
            foreach (var assignment in assignments)
            {
                output.WriteLine(JsonSerializer.Serialize(new ClusterLine(
                    assignment.ArticleId,
                    clusterer.Resolve(assignment.StoryId).ToString(CultureInfo.InvariantCulture),
                    assignment.DuplicateOf)));
            }
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    private sealed record ClusterLine(
        [property: System.Text.Json.Serialization.JsonPropertyName("id")] string Id,
        [property: System.Text.Json.Serialization.JsonPropertyName("story")] string Story,
        [property: System.Text.Json.Serialization.JsonPropertyName("duplicate_of")] string? DuplicateOf);
}
