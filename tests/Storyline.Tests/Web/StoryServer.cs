using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Storyline.Ingest;
using Storyline.Storage;
using Storyline.Tests.Support;
using Storyline.Web;

namespace Storyline.Tests.Web;

/// <summary>A temp store seeded through the pipeline, and the web app over it: in memory (test server) or on a loopback port.</summary>
internal sealed class StoryServer : IAsyncDisposable
{
    private readonly TempDir _dir;

    private StoryServer(WebApplication app, string db, TempDir dir)
    {
        App = app;
        Db = db;
        _dir = dir;
    }

    public WebApplication App { get; }

    public string Db { get; }

    /// <summary>The address the app listens on (loopback servers only).</summary>
    public string Address => App.Urls.First();

    public HttpClient Client() => App.GetTestClient();

    public static IReadOnlyList<IngestItem> Seed() =>
    [
        Item("a1", "Putin plans to visit North Korea",
            "Russian President Vladimir Putin plans to visit North Korea, the Kremlin said on Sunday.\n\nNo date was set for the visit to Pyongyang.",
            "inews24", "2024-01-21T09:00:00+09:00"),
        Item("a2", "Kremlin: Putin will visit Pyongyang",
            "Vladimir Putin will visit Pyongyang in North Korea, the Kremlin said on Sunday, without setting a date for the visit.",
            "Yonhap", "2024-01-22T10:00:00+09:00"),
        Item("b1", "Floods close schools across southern Brazil",
            "Heavy rain flooded rivers in Rio Grande do Sul, and the state closed hundreds of schools on Monday.",
            "Reuters", "2024-05-06T12:00:00Z"),
        Item("x1", "<img src=x onerror=alert(1)>",
            "A headline made of markup <script>alert(2)</script> must show as text.\n\nSecond paragraph about the harbour.",
            "Mischief Daily", "2024-03-01T08:00:00Z"),
    ];

    public static IngestItem Item(string id, string title, string text, string source, string published) =>
        IngestItem.FromArticle(new Storyline.Articles.Article
        {
            Id = id,
            Title = title,
            Text = text,
            Source = source,
            Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            Url = $"https://example.com/{id}",
        });

    /// <summary>Seeds a store and builds the app; <paramref name="listen"/> serves on a free loopback port instead of the in-memory test server.</summary>
    public static async Task<StoryServer> StartAsync(Pipeline? pipeline = null, string? token = "s3cret", long maxBodyBytes = 5 * 1024 * 1024, bool listen = false, IEnumerable<IngestItem>? more = null)
    {
        pipeline ??= new PipelineBuilder().Build();
        var dir = new TempDir();
        var db = dir.File("web.db");
        using (var store = StoreLocator.Open(db))
        {
            pipeline.Ingest(store, Seed().Concat(more ?? []));
        }
        var options = new WebOptions
        {
            Db = db,
            Pipeline = pipeline,
            Token = token,
            MaxBodyBytes = maxBodyBytes,
            Urls = "http://127.0.0.1:0",
            Time = new FixedClock(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero)),
            MinimumLogLevel = LogLevel.Warning,
        };
        var app = StorylineWeb.Build(options, listen ? null : builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new StoryServer(app, db, dir);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        _dir.Dispose();
    }
}
