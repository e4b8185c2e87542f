using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;
using Storyline.Storage;

namespace Storyline.Web;

/// <summary>Builds the Storyline web application: the JSON API, the reader page, the Atom feed and the OpenAPI description.</summary>
/// <remarks>
/// A thin layer: endpoints parse the request, call the <see cref="Pipeline"/> or the store, and format
/// the answer. Every response carries a strict Content-Security-Policy; errors are RFC 7807 problem details.
/// </remarks>
public static class StorylineWeb
{
    /// <summary>The Content-Security-Policy of every response: only this origin's scripts and styles, nothing inline.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Builds the application; <paramref name="configure"/> may adjust the host (a test server, say) before it is built.</summary>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(StorylineWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel);
        // One line per request is noise at a terminal; start-up, shutdown and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(_ => new Newsroom(options));
        builder.Services.AddProblemDetails();
        builder.Services.Configure<JsonOptions>(json =>
        {
            // The OpenAPI document describes the JSON as the endpoints write it: snake_case.
            json.SerializerOptions.PropertyNamingPolicy = StorylineJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.Encoder = StorylineJson.Options.Encoder;
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Storyline API",
                Version = "1",
                Description = "News stories reconciled across their sources: list, read, search and add articles.",
            };
            return Task.CompletedTask;
        }));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(SecurityHeaders);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is StoreException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        StoryApi.Map(app);
        AtomFeed.Map(app);
        ReaderPage.Map(app);
        app.MapOpenApi("/openapi.json");
        return app;
    }

    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
