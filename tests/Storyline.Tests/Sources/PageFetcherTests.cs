using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Storyline.Ingest.Web;

namespace Storyline.Tests.Sources;

public sealed class PageFetcherTests : IAsyncLifetime
{
    private NewsServer _server = null!;

    public async Task InitializeAsync() => _server = await NewsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static PageFetcher Fetcher(FetchOptions? options = null) => new(options ?? NewsServer.Options);

    [Fact]
    public async Task Fetch_Page_ReturnsTheBodyAndTheContentTypeWithItsCharset()
    {
        _server.Map("latin", context =>
        {
            context.Response.ContentType = "text/html; charset=iso-8859-1";
            return context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("<p>Café</p>")).AsTask();
        });
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("latin"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("text/html; charset=iso-8859-1", result.ContentType);
        Assert.Equal(Encoding.Latin1.GetBytes("<p>Café</p>"), result.Content.ToArray());
    }

    [Fact]
    public async Task Fetch_SendsADescriptiveUserAgent()
    {
        _server.Text("ua", "<p>hi</p>");
        using var fetcher = Fetcher();

        await fetcher.FetchAsync(_server.Url("ua"));

        var agent = _server.Requests.Single(r => r.Path == "/ua").Headers["User-Agent"];
        Assert.StartsWith("Storyline/1.0 (", agent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_GzipBody_IsDecompressed()
    {
        _server.Map("zipped", async context =>
        {
            using var packed = new MemoryStream();
            await using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes("<p>compressed page</p>"));
            }
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(packed.ToArray());
        });
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("zipped"));

        Assert.Equal("<p>compressed page</p>", Encoding.UTF8.GetString(result.Content.Span));
    }

    [Fact]
    public async Task Fetch_Redirects_AreFollowedToTheFinalUrl()
    {
        _server.Redirect("old", "/middle", 301);
        _server.Redirect("middle", "new", 307);
        _server.Text("new", "<p>moved</p>");
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("old"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(_server.Url("new"), result.Url);
        Assert.Equal(_server.Url("old"), result.Requested);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_FailsAfterTheRedirectLimit()
    {
        _server.Redirect("loop", "/loop");
        using var fetcher = Fetcher(NewsServer.Options with { MaxRedirects = 3 });

        var result = await fetcher.FetchAsync(_server.Url("loop"));

        Assert.Contains("more than 3 redirects", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, _server.Count("loop"));
    }

    [Fact]
    public async Task Fetch_RedirectToAPrivateAddress_IsRefusedOnThatHop()
    {
        _server.Redirect("to-internal", "http://10.1.2.3/admin");
        _server.Redirect("to-metadata", "http://169.254.169.254/latest/meta-data/");
        // Loopback is let through for the test server itself; everything else keeps the default policy.
        var options = NewsServer.Options with { AddressPolicy = a => IPAddress.IsLoopback(a) ? null : AddressGuard.WhyRefused(a, allowPrivate: false) };
        using var fetcher = Fetcher(options);

        var internalHop = await fetcher.FetchAsync(_server.Url("to-internal"));
        var metadataHop = await fetcher.FetchAsync(_server.Url("to-metadata"));

        Assert.Contains("10.1.2.3 is a private address", internalHop.Error, StringComparison.Ordinal);
        Assert.Equal(new Uri("http://10.1.2.3/admin"), internalHop.Url);
        Assert.Contains("169.254.169.254 is a cloud metadata address", metadataHop.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_Loopback_IsRefusedByDefault_AndAllowedWithAllowPrivate()
    {
        _server.Text("local", "<p>local</p>");
        using var guarded = Fetcher(NewsServer.Options with { AllowPrivate = false });
        using var open = Fetcher();

        var refused = await guarded.FetchAsync(_server.Url("local"));
        var allowed = await open.FetchAsync(_server.Url("local"));

        Assert.Contains("127.0.0.1 is a loopback address", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--allow-private", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, _server.Count("local") - 1);
        Assert.True(allowed.Succeeded, allowed.Error);
    }

    [Fact]
    public async Task Fetch_MetadataAddress_IsRefusedEvenWithAllowPrivate()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri("http://169.254.169.254/latest/meta-data/"));

        Assert.Contains("cloud metadata", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    public async Task Fetch_NonWebScheme_IsRefused(string url)
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(new Uri(url));

        Assert.Contains("only http and https", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_SlowResponse_TimesOut()
    {
        _server.Map("slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        });
        using var fetcher = Fetcher(NewsServer.Options with { Timeout = TimeSpan.FromMilliseconds(300) });

        var result = await fetcher.FetchAsync(_server.Url("slow"));

        Assert.Contains("timed out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_OversizedResponse_IsAbandonedAtTheCap()
    {
        var big = new string('x', 50_000);
        _server.Text("big-declared", big);
        _server.Map("big-streamed", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 50; i++)
            {
                await context.Response.WriteAsync(new string('y', 1000));
                await context.Response.Body.FlushAsync();
            }
        });
        using var fetcher = Fetcher(NewsServer.Options with { MaxBytes = 10_000 });

        var declared = await fetcher.FetchAsync(_server.Url("big-declared"));
        var streamed = await fetcher.FetchAsync(_server.Url("big-streamed"));

        Assert.Contains("larger than", declared.Error, StringComparison.Ordinal);
        Assert.Contains("larger than", streamed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_TooManyRequestsWithRetryAfter_WaitsAndRetries()
    {
        var calls = 0;
        _server.Map("busy", context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return Task.CompletedTask;
            }
            return context.Response.WriteAsync("<p>now</p>");
        });
        using var fetcher = Fetcher();

        var started = DateTimeOffset.UtcNow;
        var result = await fetcher.FetchAsync(_server.Url("busy"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, calls);
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(900), "Retry-After: 1 was not honoured");
    }

    [Fact]
    public async Task Fetch_ServerErrorEveryTime_FailsAfterTheRetries()
    {
        _server.Map("broken", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher(NewsServer.Options with { MaxRetries = 2 });

        var result = await fetcher.FetchAsync(_server.Url("broken"));

        Assert.StartsWith("HTTP 503", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, _server.Count("broken"));
    }

    [Fact]
    public async Task Fetch_RetryAfterTooLong_FailsWithoutWaiting()
    {
        _server.Map("later", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("later"));

        Assert.Contains("asks to wait 3600s", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, _server.Count("later"));
    }

    [Fact]
    public async Task Fetch_NotFound_FailsWithTheStatus()
    {
        using var fetcher = Fetcher();

        var result = await fetcher.FetchAsync(_server.Url("missing"));

        Assert.Equal("HTTP 404 Not Found", result.Error);
    }

    [Fact]
    public async Task Fetch_OneHost_RequestsAreSpacedByTheHostDelay()
    {
        _server.Text("a", "<p>a</p>");
        _server.Text("b", "<p>b</p>");
        _server.Text("c", "<p>c</p>");
        using var fetcher = Fetcher(NewsServer.Options with { HostDelay = TimeSpan.FromMilliseconds(200) });

        await Task.WhenAll(fetcher.FetchAsync(_server.Url("a")), fetcher.FetchAsync(_server.Url("b")), fetcher.FetchAsync(_server.Url("c")));

        var times = _server.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(3, times.Count);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(180), $"gap {(pair.Second - pair.First).TotalMilliseconds} ms"));
    }

    [Fact]
    public async Task Fetch_RequestsQueuedForABusyHost_DoNotHoldUpAnotherHost()
    {
        for (var i = 0; i < 4; i++)
        {
            _server.Text($"busy/{i}", "<p>busy</p>");
        }
        _server.Text("other", "<p>other</p>");
        using var fetcher = Fetcher(NewsServer.Options with { MaxConcurrency = 2, HostDelay = TimeSpan.FromMilliseconds(300) });
        // "localhost" and "127.0.0.1" are two hosts to the fetcher, though one server answers both.
        var other = new UriBuilder(_server.Url("other")) { Host = "localhost" }.Uri;

        var busy = Enumerable.Range(0, 4).Select(i => fetcher.FetchAsync(_server.Url($"busy/{i}"))).ToList();
        var result = await fetcher.FetchAsync(other);
        await Task.WhenAll(busy);

        Assert.True(result.Succeeded, result.Error);
        var order = _server.Requests.Select(r => r.Path).ToList();
        Assert.True(order.IndexOf("/other") < 3, string.Join(", ", order));
    }

    [Fact]
    public async Task Fetch_WithValidators_SendsThemAndReportsNotModified()
    {
        _server.Map("feed", context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = "Tue, 21 Jan 2024 09:00:00 GMT";
            return context.Response.WriteAsync("<rss/>");
        });
        using var fetcher = Fetcher();

        var first = await fetcher.FetchAsync(_server.Url("feed"));
        var second = await fetcher.FetchAsync(_server.Url("feed"), first.Validators);

        Assert.Equal(new CacheValidators("\"v1\"", "Tue, 21 Jan 2024 09:00:00 GMT"), first.Validators);
        Assert.True(second.NotModified);
        Assert.Equal("Tue, 21 Jan 2024 09:00:00 GMT", _server.Requests.Last().Headers["If-Modified-Since"]);
    }
}
