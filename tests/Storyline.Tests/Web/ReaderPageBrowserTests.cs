using Microsoft.Playwright;
using Storyline.Ingest;
using static Microsoft.Playwright.Assertions;

namespace Storyline.Tests.Web;

/// <summary>A served store and one headless Chromium, shared by the browser tests.</summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private StoryServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Address => _server!.Address;

    /// <summary>More reports of the Putin story, so its page has several sources, a wire copy and a spread of days.</summary>
    private static IEnumerable<IngestItem> MoreReports =>
    [
        StoryServer.Item("a3", "Kremlin: Putin will visit Pyongyang",
            "SEOUL (Yonhap) -- Vladimir Putin will visit Pyongyang in North Korea, the Kremlin said on Sunday, without setting a date for the visit.",
            "Korea Times", "2024-01-22T15:00:00+09:00"),
        StoryServer.Item("a4", "Putin's trip to North Korea could come within weeks, officials say",
            "Officials in Seoul said on Thursday that President Putin could travel to Pyongyang within weeks.\n\nThe Kremlin has not confirmed a date.",
            "The Guardian", "2024-01-25T08:00:00Z"),
        StoryServer.Item("a5", "What Putin wants from Kim Jong Un",
            "Analysts say the Kremlin seeks artillery shells while Pyongyang wants technology.",
            "Financial Times", "2024-01-28T06:00:00Z"),
        Unnamed("u1", "Putin visit to deepen military ties", "Putin's visit to Pyongyang is expected to deepen military ties, diplomats in Moscow said.", "2024-01-29T10:00:00Z"),
        Unnamed("u2", "Putin accepts Kim's invitation", "Putin has accepted Kim Jong Un's invitation, a North Korean state outlet reported on Tuesday.", "2024-01-30T10:00:00Z"),
    ];

    // A report that names no outlet and has no address: each such report is a source of its own.
    private static IngestItem Unnamed(string id, string title, string text, string published) =>
        IngestItem.FromArticle(new Storyline.Articles.Article
        {
            Id = id,
            Title = title,
            Text = text,
            Published = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        });

    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Executable))
        {
            return;
        }
        var pipeline = new PipelineBuilder()
            .WithSynthesizer(new ReaderSynthesizer())
            .WithClusterer(KeywordClusterer.Factory("Putin"))
            .Build();
        _server = await StoryServer.StartAsync(pipeline, listen: true, more: MoreReports);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Artifacts);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

public sealed class ReaderPageBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string MarkupTitle = "<img src=x onerror=alert(1)>";

    private async Task<(IPage Page, List<string> Dialogs)> Open(int width = 1100, int height = 900)
    {
        Assert.True(session.Browser is not null, $"{ChromiumFactAttribute.Executable} is missing; CI installs it (.ci/run).");
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(session.Address);
        await Expect(page.Locator(".story-card").First).ToBeVisibleAsync();
        Assert.Empty(errors);
        return (page, dialogs);
    }

    [ChromiumFact]
    public async Task Reader_SearchesOpensAStoryAndACitedArticle()
    {
        var (page, dialogs) = await Open();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "stories.png"), FullPage = true });

        await page.FillAsync("#search-input", "Pyongyang");
        await page.PressAsync("#search-input", "Enter");
        await Expect(page.Locator("h1.page-title")).ToHaveTextAsync("Stories about “Pyongyang”");
        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();
        await page.Locator(".story-card h2 a").First.ClickAsync();

        await Expect(page.Locator("h1.headline")).ToBeVisibleAsync();
        await Expect(page.Locator(".section-title", new PageLocatorOptions { HasText = "Timeline" })).ToBeVisibleAsync();
        await Expect(page.Locator(".claim.conflict .badge")).ToHaveTextAsync("Sources disagree");
        await Expect(page.Locator(".claim.updated .badge")).ToHaveTextAsync("Figure updated");
        await Expect(page.Locator(".claim.updated .claim-about")).ToHaveTextAsync("people killed: now 5");
        await Expect(page.Locator(".claim.updated .claim-values time").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^from 19 Jan,? 08:00 UTC$"));
        await Expect(page.Locator(".entity-list")).ToContainTextAsync("also Putin, President Putin");
        await Expect(page.Locator(".article-list .tag")).ToHaveTextAsync("copy of Yonhap");
        await Expect(page.Locator(".source-list .unnamed-sources")).ToContainTextAsync("2 articles from outlets not named");
        await Expect(page.Locator(".source-list .source-name", new PageLocatorOptions { HasTextString = "unknown" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".timeline .citation", new PageLocatorOptions { HasTextString = "Putin accepts Kim's invitat" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".timeline-list .tag")).ToHaveTextAsync(["background", "expected"]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "story.png"), FullPage = true });

        await page.Locator(".claim.conflict .citation").First.ClickAsync();
        await Expect(page.Locator(".article-body p").First).ToContainTextAsync("Putin");
        await Expect(page.Locator(".crumbs a")).ToHaveTextAsync("← Back to the story");
        Assert.Empty(dialogs);
    }

    [ChromiumFact]
    public async Task Reader_OnAPhoneWidth_StacksTheMastheadAndStillListsStories()
    {
        var (page, _) = await Open(390, 844);

        var brand = await page.Locator(".brand").BoundingBoxAsync();
        var search = await page.Locator("#search-input").BoundingBoxAsync();
        Assert.True(search!.Y > brand!.Y + brand.Height - 1, "the search box sits below the brand on a phone");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways on a phone");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.Artifacts, "stories-phone.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task Reader_ATitleMadeOfMarkup_ShowsAsText_AndNeverRuns()
    {
        var (page, dialogs) = await Open();

        await Expect(page.GetByText(MarkupTitle, new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main img").CountAsync());

        await page.GetByText(MarkupTitle, new PageGetByTextOptions { Exact = true }).ClickAsync();
        await Expect(page.Locator("h1.headline")).ToHaveTextAsync(MarkupTitle);
        await page.Locator(".article-list a").First.ClickAsync();
        await Expect(page.Locator(".article-body")).ToContainTextAsync("<script>alert(2)</script>");
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        // An onerror handler would fire as soon as the broken image loads; give it the chance.
        await page.WaitForTimeoutAsync(300);
        Assert.Empty(dialogs);
    }
}
