using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Storyline.Ingest;
using Storyline.Ingest.Web;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary><c>ingest PATH...</c>: extract, deduplicate, cluster and store.</summary>
internal static class IngestCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders (.html/.htm pages, .txt dumps, .json/.jsonl articles, any of them .gz; .warc/.warc.gz archives; "
                + ".xml/.rss/.atom/.opml feeds), and http(s) URLs of pages, feeds or OPML outlines.",
            Arity = ArgumentArity.OneOrMore,
        };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching from private, loopback and link-local addresses (refused by default)." };
        var published = new Option<string?>("--published") { Description = "Publication date (ISO 8601) for inputs that carry none." };
        var source = new Option<string?>("--source") { Description = "Outlet name for inputs that carry none." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable report instead of the summary line." };
        var maxFileSize = new Option<int>("--max-file-size")
        {
            Description = "Largest page, dump or JSON file read, in MB after decompression (JSON Lines and WARC files are streamed and not limited).",
            DefaultValueFactory = _ => (int)(InputReader.DefaultMaxFileBytes / (1024 * 1024)),
        };
        maxFileSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-file-size must be at least 1 (MB).");
            }
        });
        var command = new Command("ingest", "Ingest articles into the store: extract, drop exact duplicates, mark wire copies, cluster into stories.")
        {
            paths, published, source, json, allowPrivate, maxFileSize,
        };
        command.SetAction(parse =>
        {
            var context = new CommandContext(parse, globals);
            DateTimeOffset? date = null;
            if (parse.GetValue(published) is { } raw)
            {
                if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    context.Error.WriteLine($"error: --published '{raw}' is not a date (use ISO 8601, e.g. 2024-01-21 or 2024-01-21T09:00+09:00)");
                    return ExitCodes.Usage;
                }
                date = parsed;
            }
            var hints = new IngestHints(date, parse.GetValue(source));
            // URLs and feed files go to the web source, which fetches; everything else is read from disk.
            var targets = parse.GetValue(paths)!;
            var web = targets.Where(t => WebSource.IsUrl(t) || (WebSource.IsFeedFile(t) && File.Exists(t))).ToList();
            using var fetcher = new WebSource(FetchOptions.Default with { AllowPrivate = parse.GetValue(allowPrivate) });
            var items = InputReader.Read(targets.Where(t => !web.Contains(t)), hints, parse.GetValue(maxFileSize) * 1024L * 1024).Concat(web.Count == 0 ? [] : fetcher.Read(web, hints));
            return context.Guard(() => Run(context, items, parse.GetValue(json)));
        });
        return command;
    }

    /// <summary>Ingests the items into the context's store and prints the report; shared with <c>demo</c>.</summary>
    public static int Run(CommandContext context, IEnumerable<IngestItem> items, bool json)
    {
        using var store = context.OpenStore();
        var report = WithProgress(context, progress => context.Pipeline.Ingest(store, items, progress));
        foreach (var failure in report.Failures)
        {
            context.Error.WriteLine($"error: {failure.Origin}: {failure.Reason}");
        }
        if (json)
        {
            context.Out.WriteLine(StorylineJson.Line(new
            {
                read = report.Read,
                @new = report.New,
                duplicates = report.Duplicates,
                copies = report.Copies,
                failed = report.Failed,
                failures = report.Failures.Select(f => new { origin = f.Origin, reason = f.Reason }),
                stories = report.Stories,
            }));
        }
        else
        {
            context.Out.WriteLine(
                $"read {report.Read}, new {report.New}, duplicates {report.Duplicates}, copies {report.Copies}, failed {report.Failed}; " +
                $"{report.Stories.Count} stories updated, {store.CountArticles()} articles in {context.Db}");
        }
        return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static IngestReport WithProgress(CommandContext context, Func<IProgress<IngestProgress>?, IngestReport> run)
    {
        // A progress bar only for a person at a terminal; pipes and tests get plain output.
        if (Console.IsErrorRedirected || !ReferenceEquals(context.Error, Console.Error))
        {
            return run(null);
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestReport? report = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Ingesting").IsIndeterminate();
                report = run(new InlineProgress(p =>
                    task.Description = $"read {p.Read}, new {p.New}, duplicates {p.Duplicates}, failed {p.Failed}"));
                task.StopTask();
            });
        return report!;
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so updates arrive in order.</summary>
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
