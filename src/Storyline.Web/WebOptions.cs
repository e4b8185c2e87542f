using Microsoft.Extensions.Logging;

namespace Storyline.Web;

/// <summary>How the web front end is set up: which store, which pipeline, where it listens and who may write.</summary>
/// <remarks>
/// Defaults: the standard pipeline, loopback port 5057, writes refused (no token), request bodies up
/// to 5 MB, the system clock.
/// </remarks>
public sealed record WebOptions
{
    /// <summary>The store, as the CLI's <c>--db</c> names it; opened once per request.</summary>
    public required string Db { get; init; }

    public Pipeline Pipeline { get; init; } = new PipelineBuilder().Build();

    /// <summary>Addresses to listen on, separated by ';'. Port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The bearer token that <c>POST /api/articles</c> requires; null or empty refuses every write.</summary>
    public string? Token { get; init; }

    public long MaxBodyBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Used only where a response needs "now": the date of an empty feed.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    public const string DefaultUrls = "http://127.0.0.1:5057";
}
