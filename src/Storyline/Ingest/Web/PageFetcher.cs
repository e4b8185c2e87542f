using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Storyline.Ingest.Web;

/// <summary>Fetches pages and feeds over HTTP(S): size and time limits, checked redirects, per-host politeness, retries and an address guard.</summary>
/// <remarks>
/// Thread-safe; share one per run so that politeness holds across all requests. At most
/// <see cref="FetchOptions.MaxConcurrency"/> requests are in flight, one per host. Redirects are
/// followed here rather than by the handler so that every hop is limited and checked, and every
/// connection goes through <see cref="AddressGuard"/> after DNS resolution, to the very address
/// that was checked. A failed fetch is a <see cref="FetchResult"/> with an error, never an
/// exception; only cancellation by the caller throws.
/// </remarks>
public sealed class PageFetcher : IDisposable
{
    private const string Accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, HostTurn> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _slots;

    public PageFetcher(FetchOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? FetchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.MaxConcurrency);
        _time = time ?? TimeProvider.System;
        _slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            // A proxy would make the guard check the proxy's address instead of the target's.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        _client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", Accept);
    }

    public FetchOptions Options => _options;

    /// <summary>Fetches <paramref name="url"/>, following redirects and retrying 429 and 5xx answers.</summary>
    /// <param name="validators">From an earlier response; an unchanged resource then answers 304 (<see cref="FetchResult.NotModified"/>).</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public async Task<FetchResult> FetchAsync(Uri url, CacheValidators? validators = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        for (var attempt = 0; ; attempt++)
        {
            var result = await FollowRedirectsAsync(url, validators, cancellation);
            if (!result.Retryable || attempt >= _options.MaxRetries)
            {
                return result;
            }
            var wait = result.RetryAfter ?? _options.RetryDelay * Math.Pow(2, attempt);
            if (wait > _options.MaxRetryWait)
            {
                return result with { Error = $"{result.Error} (the server asks to wait {wait.TotalSeconds:0}s, longer than {_options.MaxRetryWait.TotalSeconds:0}s)" };
            }
            await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, _time, cancellation);
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _slots.Dispose();
    }

    private async Task<FetchResult> FollowRedirectsAsync(Uri requested, CacheValidators? validators, CancellationToken cancellation)
    {
        var current = requested;
        for (var hop = 0; ; hop++)
        {
            if (!current.IsAbsoluteUri || (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps))
            {
                return FetchResult.Failed(requested, current, $"only http and https URLs are fetched, not '{current}'");
            }
            var (result, next) = await TakeTurnAsync(requested, current, validators, cancellation);
            if (result is not null)
            {
                return result;
            }
            if (hop >= _options.MaxRedirects)
            {
                return FetchResult.Failed(requested, current, $"more than {_options.MaxRedirects} redirects");
            }
            current = next!;
        }
    }

    /// <summary>One request, when the host's turn comes: one at a time per host, the next starting <see cref="FetchOptions.HostDelay"/> after the last ended.</summary>
    private async Task<(FetchResult? Result, Uri? Redirect)> TakeTurnAsync(Uri requested, Uri url, CacheValidators? validators, CancellationToken cancellation)
    {
        var turn = _hosts.GetOrAdd(url.IdnHost, _ => new HostTurn());
        await turn.Gate.WaitAsync(cancellation);
        try
        {
            var wait = turn.NextStart - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellation);
            }
            // The global slot is taken only once the host's turn has come, so requests queued for a
            // busy host never hold up those for other hosts.
            await _slots.WaitAsync(cancellation);
            try
            {
                return await SendAsync(requested, url, validators, cancellation);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            // Counted from the end of the response, so a slow server is given more room, not less.
            turn.NextStart = _time.GetUtcNow() + _options.HostDelay;
            turn.Gate.Release();
        }
    }

    private async Task<(FetchResult? Result, Uri? Redirect)> SendAsync(Uri requested, Uri url, CacheValidators? validators, CancellationToken cancellation)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (validators?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                return response.Headers.Location is { } location
                    ? (null, location.IsAbsoluteUri ? location : new Uri(url, location))
                    : (FetchResult.Failed(requested, url, $"HTTP {status} redirect without a Location", status), null);
            }
            if (status == (int)HttpStatusCode.NotModified)
            {
                return (new FetchResult { Requested = requested, Url = url, Status = status, Validators = validators }, null);
            }
            if (!response.IsSuccessStatusCode)
            {
                var error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd();
                return (FetchResult.Failed(requested, url, error, status) with { RetryAfter = RetryAfterOf(response) }, null);
            }
            if (response.Content.Headers.ContentLength > _options.MaxBytes && response.Content.Headers.ContentEncoding.Count == 0)
            {
                return (FetchResult.Failed(requested, url, TooLarge, status), null);
            }
            var body = await ReadCappedAsync(response.Content, linked.Token);
            if (body is null)
            {
                return (FetchResult.Failed(requested, url, TooLarge, status), null);
            }
            return (new FetchResult
            {
                Requested = requested,
                Url = url,
                Status = status,
                Content = body,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Validators = ValidatorsOf(response),
            }, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            return (FetchResult.Failed(requested, url, $"timed out after {_options.Timeout.TotalSeconds:0.#}s"), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (FetchResult.Failed(requested, url, Describe(e)), null);
        }
    }

    private string TooLarge => $"the response is larger than {_options.MaxBytes / 1024.0 / 1024.0:0.##} MB";

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellation)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow(),
        _ => null,
    };

    private static CacheValidators? ValidatorsOf(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        // Echoed back exactly as the server wrote it; some servers compare the string, not the date.
        var modified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        return etag is null && modified is null ? null : new CacheValidators(etag, modified);
    }

    private static string Describe(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case RefusedAddressException refused:
                    return refused.Message;
                case SocketException socket when socket.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain:
                    return $"cannot resolve the host: {socket.Message}";
                case SocketException socket:
                    return $"cannot connect: {socket.Message}";
                case AuthenticationException tls:
                    return $"TLS failed: {tls.Message}";
            }
        }
        return e.Message;
    }

    /// <summary>Resolves the host, refuses addresses the policy forbids, and connects to a checked address.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellation);
        string? refusal = null;
        SocketException? failure = null;
        foreach (var address in addresses)
        {
            if (_options.WhyRefused(address) is { } why)
            {
                refusal ??= why;
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                failure = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        if (failure is not null)
        {
            throw failure;
        }
        throw new RefusedAddressException(string.Create(CultureInfo.InvariantCulture, $"refused to connect to {host}: {refusal ?? "it has no address"}"));
    }

    /// <summary>A host's place in line.</summary>
    private sealed class HostTurn
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }
}
