using System.CommandLine;
using System.Text.Json;

namespace Storyline.Cli.Commands;

/// <summary><c>show STORY</c>: one story, reconciled across its sources.</summary>
internal static class ShowCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var story = new Argument<long>("story") { Description = "The story id, as listed by 'stories'." };
        var json = new Option<bool>("--json") { Description = "Print the story view as JSON." };
        var command = new Command("show", "Show one story: headline, summary, timeline, entities, claims and sources.") { story, json };
        command.SetAction(parse =>
        {
            var context = new CommandContext(parse, globals);
            return context.Guard(() =>
            {
                using var store = context.OpenStore();
                var id = parse.GetValue(story);
                var view = context.Pipeline.Show(store, id);
                if (view is null)
                {
                    context.Error.WriteLine($"error: no story {id} in {context.Db}");
                    return ExitCodes.Usage;
                }
                if (parse.GetValue(json))
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(view, StorylineJson.Options));
                }
                else
                {
                    StoryPrinter.Print(context.Out, view);
                }
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
