using System.Security.Cryptography;
using System.Text;
using Storyline.Storage;

namespace Storyline.Web;

/// <summary>What every endpoint shares: the pipeline, a way to open the store, the write gate and the write token.</summary>
/// <remarks>
/// A store connection is not thread-safe, so each request opens its own. Ingest is single-writer:
/// the clusterer's state is read at the start of a run and saved at its end, so two concurrent
/// runs would lose each other's work; <see cref="WriteGate"/> lets one through at a time.
/// </remarks>
internal sealed class Newsroom(WebOptions options) : IDisposable
{
    private readonly byte[]? _tokenHash = string.IsNullOrEmpty(options.Token) ? null : Hash(options.Token);

    public Pipeline Pipeline { get; } = options.Pipeline;

    public TimeProvider Time { get; } = options.Time;

    public long MaxBodyBytes { get; } = options.MaxBodyBytes;

    public SemaphoreSlim WriteGate { get; } = new(1, 1);

    public bool AcceptsWrites => _tokenHash is not null;

    public IStoryStore OpenStore() => StoreLocator.Open(options.Db);

    /// <summary>Whether the presented token is the configured one; always false when none is configured.</summary>
    public bool IsWriteToken(string? presented)
    {
        if (_tokenHash is null || string.IsNullOrEmpty(presented))
        {
            return false;
        }
        // Comparing fixed-length digests in constant time leaks neither the content nor the length of the token.
        return CryptographicOperations.FixedTimeEquals(Hash(presented), _tokenHash);
    }

    public void Dispose() => WriteGate.Dispose();

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
