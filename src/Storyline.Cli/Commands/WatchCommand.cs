using System.CommandLine;
using System.Globalization;
using Storyline.Ingest;
using Storyline.Ingest.Feeds;
using Storyline.Ingest.Web;

namespace Storyline.Cli.Commands;

/// <summary><c>watch FEEDS...</c>: poll feeds on an interval and ingest their new articles until stopped.</summary>
internal static class WatchCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var feeds = new Argument<string[]>("feeds")
        {
            Description = "Feed URLs, OPML outlines, or text files listing feed URLs one per line (# starts a comment).",
            Arity = ArgumentArity.OneOrMore,
        };
        var interval = new Option<string>("--interval") { Description = "Time between polls: 90s, 15m, 1h, or minutes as a number.", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Poll once and exit (exit code 2 when something failed)." };
        var source = new Option<string?>("--source") { Description = "Outlet name for articles that carry none (default: the feed's title)." };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow fetching from private, loopback and link-local addresses (refused by default)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per poll instead of a summary line." };
        var command = new Command("watch", "Watch feeds: poll them with conditional requests and ingest only new items; the state lives in the store, so a restart resumes. Ctrl+C stops.")
        {
            feeds, interval, once, source, allowPrivate, json,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var context = new CommandContext(parse, globals);
            if (ParseInterval(parse.GetValue(interval)!) is not { } every)
            {
                context.Error.WriteLine($"error: --interval '{parse.GetValue(interval)}' is not a duration (use e.g. 90s, 15m, 1h)");
                return ExitCodes.Usage;
            }
            var problems = new List<IngestFailure>();
            var list = FeedWatcher.LoadFeedList(parse.GetValue(feeds)!, problems);
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"error: {problem.Origin}: {problem.Reason}");
            }
            if (list.Count == 0)
            {
                context.Error.WriteLine("error: no feeds to watch");
                return ExitCodes.Usage;
            }
            var hints = new IngestHints(Source: parse.GetValue(source));
            using var web = new WebSource(FetchOptions.Default with { AllowPrivate = parse.GetValue(allowPrivate) });
            var watcher = new FeedWatcher(context.Pipeline, web);
            var failed = problems.Count > 0;
            try
            {
                using var store = context.OpenStore();
                void Print(WatchReport report)
                {
                    failed |= report.Failures.Any();
                    Report(context, report, parse.GetValue(json));
                }
                if (parse.GetValue(once))
                {
                    Print(await watcher.PollAsync(store, list, hints, cancellation));
                }
                else
                {
                    var period = every.TotalMinutes >= 1 ? $"{every.TotalMinutes:0.##} min" : $"{every.TotalSeconds:0.##} s";
                    context.Error.WriteLine($"watching {list.Count} feeds every {period}; Ctrl+C stops");
                    await watcher.RunAsync(store, list, hints, every, Print, cancellation);
                    return ExitCodes.Success;
                }
            }
            catch (Storage.StoreException e)
            {
                context.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
        });
        return command;
    }

    private static void Report(CommandContext context, WatchReport report, bool json)
    {
        foreach (var failure in report.Failures)
        {
            context.Error.WriteLine($"error: {failure.Origin}: {failure.Reason}");
        }
        var ingest = report.Ingest;
        if (json)
        {
            context.Out.WriteLine(StorylineJson.Line(new
            {
                feeds = report.Feeds,
                unchanged = report.Unchanged,
                entries = report.NewEntries,
                read = ingest.Read,
                @new = ingest.New,
                duplicates = ingest.Duplicates,
                copies = ingest.Copies,
                failed = report.Failures.Count(),
                failures = report.Failures.Select(f => new { origin = f.Origin, reason = f.Reason }),
                stories = ingest.Stories,
            }));
        }
        else
        {
            context.Out.WriteLine(
                $"feeds {report.Feeds} ({report.Unchanged} unchanged), new entries {report.NewEntries}; " +
                $"read {ingest.Read}, new {ingest.New}, duplicates {ingest.Duplicates}, copies {ingest.Copies}, failed {report.Failures.Count()}; " +
                $"{ingest.Stories.Count} stories updated");
        }
        context.Out.Flush();
    }

    internal static TimeSpan? ParseInterval(string text)
    {
        text = text.Trim().ToLowerInvariant();
        var (number, unit) = text.Length > 0 && char.IsLetter(text[^1]) ? (text[..^1], text[^1]) : (text, 'm');
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return unit switch
            {
                's' => TimeSpan.FromSeconds(value),
                'm' => TimeSpan.FromMinutes(value),
                'h' => TimeSpan.FromHours(value),
                _ => null,
            };
        }
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero ? span : null;
    }
}
