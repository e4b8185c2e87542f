using System.Net;

namespace Storyline.Ingest.Web;

/// <summary>How pages and feeds are fetched: limits, politeness, retries and the address policy.</summary>
/// <remarks>
/// Defaults suit a polite crawler of news sites: 30 s per request, 10 MB per response, 5
/// redirects, one request at a time per host with 1 s between them, 3 retries on 429 and 5xx.
/// </remarks>
public sealed record FetchOptions
{
    public static FetchOptions Default { get; } = new();

    /// <summary>Sent with every request so that site owners can see who is reading and how to reach us.</summary>
    public string UserAgent { get; init; } = "Storyline/1.0 (news story reader; +https://github.com/storyline-news/storyline)";

    /// <summary>The most one request may take, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most a response body may hold once decompressed; larger ones are abandoned.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The least time between the end of one request to a host and the start of the next.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after a 429 or 5xx answer, each after the server's <c>Retry-After</c> or an exponential backoff.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff; each retry doubles it.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A server asking to wait longer than this is treated as a failure instead.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Fetches in flight at once across all hosts.</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>Allow private, loopback, link-local and unique-local addresses (never cloud metadata ones).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Replaces the address policy: returns why an address is refused, or null. For tests that need loopback but not the rest.</summary>
    internal Func<IPAddress, string?>? AddressPolicy { get; init; }

    internal string? WhyRefused(IPAddress address) =>
        AddressPolicy is { } policy ? policy(address) : AddressGuard.WhyRefused(address, AllowPrivate);
}

/// <summary>The validators of an earlier response, sent back so that an unchanged resource costs a 304.</summary>
public sealed record CacheValidators(string? ETag, string? LastModified);

/// <summary>The outcome of one fetch: the body of the final response, a 304, or why it failed.</summary>
public sealed record FetchResult
{
    /// <summary>The URL asked for.</summary>
    public required Uri Requested { get; init; }

    /// <summary>The URL the body came from, after redirects.</summary>
    public required Uri Url { get; init; }

    /// <summary>The final HTTP status, or 0 when no response came.</summary>
    public int Status { get; init; }

    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The Content-Type header, charset included.</summary>
    public string? ContentType { get; init; }

    public CacheValidators? Validators { get; init; }

    public string? Error { get; init; }

    /// <summary>The server's Retry-After, when it gave one with an error.</summary>
    internal TimeSpan? RetryAfter { get; init; }

    public bool NotModified => Error is null && Status == (int)HttpStatusCode.NotModified;

    public bool Succeeded => Error is null && Status is >= 200 and < 300;

    internal bool Retryable => Status is 429 or 500 or 502 or 503 or 504;

    internal static FetchResult Failed(Uri requested, Uri url, string error, int status = 0) =>
        new() { Requested = requested, Url = url, Error = error, Status = status };
}
