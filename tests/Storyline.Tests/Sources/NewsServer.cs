using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Storyline.Ingest.Web;

namespace Storyline.Tests.Sources;

/// <summary>A real HTTP server on 127.0.0.1 whose routes each test adds; it records every request it answers.</summary>
public sealed class NewsServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private NewsServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Paths requested, with the time each arrived and a copy of its headers, in order.</summary>
    public ConcurrentQueue<(string Path, DateTimeOffset At, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = new();

    /// <summary>Fetch options for tests: loopback allowed, no politeness delay, quick retries.</summary>
    public static FetchOptions Options { get; } = FetchOptions.Default with
    {
        AllowPrivate = true,
        HostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<NewsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new NewsServer(app);
        app.Run(server.Handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public string At(string path) => Url(path).AbsoluteUri;

    public void Map(string path, Func<HttpContext, Task> handler) => _routes["/" + path.TrimStart('/')] = handler;

    public void Text(string path, string body, string contentType = "text/html; charset=utf-8") =>
        Map(path, context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body);
        });

    public void Redirect(string path, string location, int status = 302) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public int Count(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        // Kestrel reuses the header collection once the request ends, so the test keeps a copy.
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue((path, DateTimeOffset.UtcNow, headers));
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }
        context.Response.StatusCode = 404;
        return context.Response.WriteAsync("not here");
    }

    /// <summary>A page the extractor reads as an article.</summary>
    public static string Page(string title, string body = "The minister said the talks would continue next week in the capital.") =>
        $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{title}</title></head>
        <body><article><h1>{title}</h1>
        <p>{title}. {body}</p>
        <p>Officials from both sides met for several hours on Tuesday, according to people familiar with the discussions, and agreed to keep the details private until a final text was ready.</p>
        <p>Observers said the outcome would depend on whether the two delegations could settle the remaining questions about timing, verification and the sequence of the next steps.</p>
        </article></body></html>
        """;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
