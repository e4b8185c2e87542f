using System.CommandLine;
using System.Globalization;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary><c>stories</c>: the story list, most recently active first.</summary>
internal static class StoriesCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var limit = new Option<int>("--limit") { Description = "How many stories to list.", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {id, headline, articles, sources, first_seen, last_seen}." };
        var command = new Command("stories", "List stories, most recently active first.") { limit, json };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--limit must be a positive number.");
            }
        });
        command.SetAction(parse =>
        {
            var context = new CommandContext(parse, globals);
            return context.Guard(() =>
            {
                using var store = context.OpenStore();
                var stories = store.ListStories(parse.GetValue(limit));
                if (parse.GetValue(json))
                {
                    context.Out.WriteLine(StorylineJson.Line(stories.Select(s => new
                    {
                        id = s.Id,
                        headline = s.Headline,
                        articles = s.Articles,
                        sources = s.Sources,
                        first_seen = s.FirstSeen,
                        last_seen = s.LastSeen,
                    })));
                }
                else
                {
                    Print(context.Out, stories);
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }

    public static void Print(TextWriter output, IReadOnlyList<StorySummary> stories)
    {
        if (stories.Count == 0)
        {
            output.WriteLine("No stories yet: ingest some articles first (storyline ingest PATH...).");
            return;
        }
        output.WriteLine($"{"story",6}  {"articles",8}  {"sources",7}  {"first seen",-16}  {"last seen",-16}  headline");
        foreach (var s in stories)
        {
            output.WriteLine($"{s.Id,6}  {s.Articles,8}  {s.Sources,7}  {Day(s.FirstSeen),-16}  {Day(s.LastSeen),-16}  {s.Headline}");
        }
    }

    private static string Day(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
