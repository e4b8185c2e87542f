using System.CommandLine;
using System.Globalization;

namespace Storyline.Cli.Commands;

/// <summary><c>search QUERY</c>: full-text search over articles, each hit with its story.</summary>
internal static class SearchCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var query = new Argument<string[]>("query") { Description = "Words to find (all must occur).", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit") { Description = "How many hits to show.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of hits." };
        var command = new Command("search", "Full-text search over stored articles.") { query, limit, json };
        command.SetAction(parse =>
        {
            var context = new CommandContext(parse, globals);
            return context.Guard(() =>
            {
                using var store = context.OpenStore();
                var hits = store.Search(string.Join(' ', parse.GetValue(query)!), Math.Max(1, parse.GetValue(limit)));
                if (parse.GetValue(json))
                {
                    context.Out.WriteLine(StorylineJson.Line(hits.Select(h => new
                    {
                        article = h.ArticleId,
                        title = h.Title,
                        source = h.Source,
                        published = h.Published,
                        story = h.StoryId,
                        story_headline = h.StoryHeadline,
                        snippet = h.Snippet,
                    })));
                    return ExitCodes.Success;
                }
                if (hits.Count == 0)
                {
                    context.Out.WriteLine("No articles match.");
                }
                foreach (var hit in hits)
                {
                    var date = hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
                    context.Out.WriteLine($"{hit.Title} ({hit.Source ?? "unknown source"}, {date})");
                    context.Out.WriteLine($"  story {hit.StoryId}: {hit.StoryHeadline}");
                    context.Out.WriteLine($"  {hit.Snippet.ReplaceLineEndings(" ")}");
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
