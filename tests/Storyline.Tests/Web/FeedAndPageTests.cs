using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace Storyline.Tests.Web;

public sealed class FeedAndPageTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private StoryServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await StoryServer.StartAsync();
        _client = _server.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<HttpResponseMessage> Get(string path) => await _client.GetAsync(new Uri(path, UriKind.Relative));

    [Fact]
    public async Task Feed_IsWellFormedAtom_WithOneEntryPerStory()
    {
        using var response = await Get("/feed.atom");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.True(entries.Count >= 3, $"expected an entry per seeded story, got {entries.Count}");
        foreach (var entry in entries)
        {
            foreach (var required in new[] { "id", "title", "updated", "link", "summary" })
            {
                Assert.NotNull(entry.Element(Atom + required));
            }
            Assert.Contains("#/stories/", entry.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
            XmlConvert.ToDateTimeOffset(entry.Element(Atom + "updated")!.Value);
        }
    }

    [Fact]
    public async Task Feed_CarriesMarkupInTitles_AsEscapedText()
    {
        using var response = await Get("/feed.atom");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<img", xml, StringComparison.Ordinal);
        var titles = XDocument.Parse(xml).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
        Assert.Contains("<img src=x onerror=alert(1)>", titles);
    }

    [Fact]
    public async Task Page_IsServedWithItsScriptAndStylesheet()
    {
        using var page = await Get("/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/assets/app.js\"", html, StringComparison.Ordinal);
        foreach (var (path, type) in new[] { ("/assets/app.js", "text/javascript"), ("/assets/app.css", "text/css"), ("/assets/favicon.svg", "image/svg+xml") })
        {
            using var asset = await Get(path);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(type, asset.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Page_HasNoInlineScript_AndTheScriptNeverWritesMarkup()
    {
        var html = await (await Get("/")).Content.ReadAsStringAsync();
        var script = await (await Get("/assets/app.js")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/stories")]
    [InlineData("/api/stories/987654")]
    [InlineData("/feed.atom")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await Get(path);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Asset_Unknown_Is404()
    {
        using var response = await Get("/assets/secrets.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
