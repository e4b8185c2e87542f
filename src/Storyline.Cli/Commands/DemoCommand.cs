using System.CommandLine;
using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary><c>demo</c>: the bundled sample corpus into a fresh store, then the stories and the largest one in full.</summary>
internal static class DemoCommand
{
    public const string DefaultDb = "storyline-demo.db";

    public static Command Create(GlobalOptions globals)
    {
        var command = new Command("demo", $"Ingest the bundled sample articles into a fresh store ({DefaultDb} unless --db names a new file) and show the stories.");
        command.SetAction(parse =>
        {
            var explicitDb = parse.GetResult(globals.Db) is { Implicit: false };
            var db = explicitDb ? parse.GetValue(globals.Db)! : DefaultDb;
            var context = new CommandContext(parse, globals, db);
            if (explicitDb && File.Exists(db))
            {
                context.Error.WriteLine($"error: {db} exists; the demo needs a fresh store (name a new file, or omit --db to use {DefaultDb})");
                return ExitCodes.Usage;
            }
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
            if (SampleCorpus.Entries.Count == 0)
            {
                context.Error.WriteLine("error: this build carries no sample corpus");
                return ExitCodes.Usage;
            }
            context.Out.WriteLine($"Ingesting {SampleCorpus.Entries.Count} sample documents (web pages, text dumps, machine translations) into {db}…");
            var exit = IngestCommand.Run(context, SampleCorpus.Items(), json: false);
            return context.Guard(() =>
            {
                using var store = context.OpenStore();
                var stories = store.ListStories(50);
                context.Out.WriteLine();
                StoriesCommand.Print(context.Out, stories);
                var largest = stories.OrderByDescending(s => s.Sources).ThenByDescending(s => s.Articles).ThenBy(s => s.Id).FirstOrDefault();
                if (largest is not null && context.Pipeline.Show(store, largest.Id) is { } view)
                {
                    context.Out.WriteLine();
                    StoryPrinter.Print(context.Out, view);
                }
                context.Out.WriteLine();
                context.Out.WriteLine($"Explore further: storyline show ID --db {db}   |   storyline search WORDS --db {db}");
                return exit;
            });
        });
        return command;
    }
}
