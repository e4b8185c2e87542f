using System.CommandLine;
using Storyline.Cli.Commands;

namespace Storyline.Cli;

/// <summary>Exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int SomeInputsFailed = 2;
}

/// <summary>Builds the storyline command tree and runs it.</summary>
internal static class StorylineCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Build();
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error };
        return parse.Invoke(config);
    }

    public static RootCommand Build()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Storyline: clean, deduplicated, cross-checked news stories from raw reports.");
        root.Options.Add(globals.Db);
        root.Subcommands.Add(IngestCommand.Create(globals));
        root.Subcommands.Add(StoriesCommand.Create(globals));
        root.Subcommands.Add(ShowCommand.Create(globals));
        root.Subcommands.Add(SearchCommand.Create(globals));
        root.Subcommands.Add(DemoCommand.Create(globals));
        root.Subcommands.Add(ExtractCommand.Create(globals));
        root.Subcommands.Add(ClusterCommand.Create(globals));
        root.Subcommands.Add(WatchCommand.Create(globals));
        root.Subcommands.Add(ServeCommand.Create(globals));
        root.Subcommands.Add(WorkerCommand.Create(globals));
        return root;
    }
}

/// <summary>Options every command understands.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file path (default storyline.db, or $STORYLINE_DB), or a PostgreSQL database (postgres://user@host/db or \"Host=...;Database=...\").",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("STORYLINE_DB") is { Length: > 0 } env ? env : "storyline.db",
    };
}
