using System.CommandLine;
using Storyline.Storage;

namespace Storyline.Cli.Commands;

/// <summary>What a command's action needs: its writers, the pipeline and a way to open the store.</summary>
internal sealed class CommandContext(ParseResult parse, GlobalOptions globals, string? db = null)
{
    public TextWriter Out { get; } = parse.InvocationConfiguration.Output;

    public TextWriter Error { get; } = parse.InvocationConfiguration.Error;

    public Pipeline Pipeline { get; } = new PipelineBuilder().Build();

    public string Db { get; } = db ?? parse.GetValue(globals.Db)!;

    public IStoryStore OpenStore() => StoreLocator.Open(Db);

    /// <summary>Runs a command body, turning store failures into a message and exit code 1.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (StoreException e)
        {
            Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
