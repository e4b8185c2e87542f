using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Storyline.Storage;
using Storyline.Web;

namespace Storyline.Cli.Commands;

/// <summary><c>serve</c>: the reader page, the JSON API and the Atom feed over the store, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, separated by ';'. Loopback by default: put a reverse proxy in front to publish it.",
            DefaultValueFactory = _ => WebOptions.DefaultUrls,
        };
        var token = new Option<string?>("--token")
        {
            Description = "The bearer token that POST /api/articles requires (default $STORYLINE_TOKEN). Without one, writes are refused.",
        };
        var command = new Command("serve", "Serve the stories: a web page at /, a JSON API under /api, an Atom feed at /feed.atom.") { urls, token };
        command.SetAction(async (parse, cancellation) =>
        {
            var context = new CommandContext(parse, globals);
            var options = new WebOptions
            {
                Db = context.Db,
                Pipeline = context.Pipeline,
                Urls = parse.GetValue(urls)!,
                Token = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("STORYLINE_TOKEN"),
            };
            try
            {
                // Fail now, with the store's own message, rather than on the first request.
                using (StoreLocator.Open(options.Db))
                {
                }
                await using var app = StorylineWeb.Build(options);
                await app.StartAsync(cancellation);
                foreach (var address in app.Urls)
                {
                    context.Out.WriteLine($"Serving {context.Db} at {address}");
                    if (!IsLoopback(address))
                    {
                        context.Error.WriteLine($"warning: {address} is reachable from other machines");
                    }
                }
                context.Out.WriteLine(string.IsNullOrEmpty(options.Token)
                    ? "Writes are disabled (no --token or STORYLINE_TOKEN). Press Ctrl+C to stop."
                    : "Writes are enabled with the bearer token. Press Ctrl+C to stop.");
                await app.WaitForShutdownAsync(cancellation);
                return ExitCodes.Success;
            }
            catch (StoreException e)
            {
                context.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (IOException e)
            {
                context.Error.WriteLine($"error: cannot listen on {options.Urls}: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return ExitCodes.Success;
            }
        });
        return command;
    }

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
