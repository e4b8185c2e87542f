using System.CommandLine;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Workers;

namespace Storyline.Cli.Commands;

/// <summary><c>worker --db postgres://... [PATH...]</c>: queue inputs, then extract and assign from the shared queue with any number of other workers.</summary>
internal static class WorkerCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders to queue first (as for ingest: pages, dumps, .json/.jsonl, .warc); workers given the same inputs queue them once.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var follow = new Option<bool>("--follow") { Description = "Keep polling the queue for new items after it is drained; Ctrl+C stops." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable report instead of the summary line." };
        var command = new Command("worker", "Run one ingest worker against a PostgreSQL store: extraction in parallel with other workers, story assignment one at a time.")
        {
            paths, follow, json,
        };
        command.SetAction((parse, cancellation) =>
        {
            var context = new CommandContext(parse, globals);
            if (!PostgresStoryStore.Names(context.Db))
            {
                context.Error.WriteLine("error: worker needs a PostgreSQL store: --db postgres://user@host/db or --db \"Host=...;Database=...\"");
                return Task.FromResult(ExitCodes.Usage);
            }
            return Task.FromResult(context.Guard(() =>
            {
                using var store = PostgresStoryStore.Open(context.Db);
                var worker = new IngestWorker(context.Pipeline, store);
                var enqueued = worker.Enqueue(InputReader.Read(parse.GetValue(paths) ?? [], IngestHints.None), cancellation);
                var report = worker.Run(new WorkerOptions(Follow: parse.GetValue(follow)), cancellation) with { Enqueued = enqueued };
                Print(context, report, store, parse.GetValue(json));
                return report.Failures.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
            }));
        });
        return command;
    }

    private static void Print(CommandContext context, WorkerReport report, PostgresStoryStore store, bool json)
    {
        foreach (var failure in report.Failures)
        {
            context.Error.WriteLine($"error: {failure.Origin}: {failure.Reason}");
        }
        if (json)
        {
            context.Out.WriteLine(StorylineJson.Line(new
            {
                enqueued = report.Enqueued,
                extracted = report.Extracted,
                assigned = report.Assigned,
                @new = report.New,
                duplicates = report.Duplicates,
                copies = report.Copies,
                failed = report.Failures.Count,
                failures = report.Failures.Select(f => new { origin = f.Origin, reason = f.Reason }),
            }));
            return;
        }
        context.Out.WriteLine(
            $"queued {report.Enqueued}, extracted {report.Extracted}, assigned {report.Assigned}: new {report.New}, duplicates {report.Duplicates}, " +
            $"copies {report.Copies}, failed {report.Failures.Count}; {store.CountArticles()} articles in {store.Name}");
    }
}
