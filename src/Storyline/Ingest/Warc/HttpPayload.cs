using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Ingest.Warc;

/// <summary>An HTTP response as archived in a WARC <c>response</c> record: status, headers and the decoded body.</summary>
public sealed record HttpPayload(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>Parses a response record's block and undoes chunked transfer and gzip, brotli or deflate content encoding.</summary>
    /// <remarks>
    /// Crawlers often store the body already decoded but keep the original headers, so an
    /// encoding is undone only when the bytes really are in it; otherwise they are taken as they are.
    /// </remarks>
    public static HttpPayload? Parse(ReadOnlySpan<byte> block, int maxBodyBytes, out string? error)
    {
        error = null;
        var headerEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        if (headerEnd < 0)
        {
            headerEnd = block.IndexOf("\n\n"u8);
            separator = 2;
        }
        if (headerEnd < 0)
        {
            error = "the HTTP headers never end";
            return null;
        }
        var lines = Encoding.Latin1.GetString(block[..headerEnd]).Split('\n');
        var statusLine = lines[0].Trim().Split(' ', 3);
        if (statusLine.Length < 2 || !statusLine[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(statusLine[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            error = $"not an HTTP status line: '{lines[0].Trim()}'";
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
            }
        }
        var body = block[(headerEnd + separator)..].ToArray();
        if (headers.GetValueOrDefault("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true && Dechunk(body) is { } joined)
        {
            body = joined;
        }
        if (headers.GetValueOrDefault("Content-Encoding") is { Length: > 0 } encoding)
        {
            var decoded = Decode(body, encoding.Trim().ToLowerInvariant(), maxBodyBytes, out error);
            if (decoded is null)
            {
                return null;
            }
            body = decoded;
        }
        return new HttpPayload(status, headers, body);
    }

    /// <summary>Joins the chunks of a chunked body; null when the bytes are not chunked after all.</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        using var joined = new MemoryStream(body.Length);
        var at = 0;
        var chunks = 0;
        while (at < body.Length)
        {
            var lineEnd = body[at..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                break;
            }
            var sizeText = Encoding.Latin1.GetString(body.Slice(at, lineEnd)).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return chunks > 0 ? joined.ToArray() : null;
            }
            at += lineEnd + 1;
            if (size == 0)
            {
                return joined.ToArray();
            }
            // A last chunk cut short by the crawler is kept as far as it goes.
            var take = Math.Min(size, body.Length - at);
            joined.Write(body.Slice(at, take));
            chunks++;
            at += take;
            if (at < body.Length && body[at] == '\r')
            {
                at++;
            }
            if (at < body.Length && body[at] == '\n')
            {
                at++;
            }
        }
        return chunks > 0 ? joined.ToArray() : null;
    }

    private static byte[]? Decode(byte[] body, string encoding, int maxBytes, out string? error)
    {
        error = null;
        try
        {
            switch (encoding)
            {
                case "gzip" or "x-gzip" when body is [0x1f, 0x8b, ..]:
                    return Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
                case "deflate" when body is [0x78, ..]:
                    return Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
                case "br" when !LooksLikeText(body):
                    return Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
                default:
                    return body;
            }
        }
        catch (InvalidDataException e)
        {
            error = $"cannot decode the {encoding} body: {e.Message}";
            return null;
        }
        catch (IOException e)
        {
            error = $"cannot decode the {encoding} body: {e.Message}";
            return null;
        }
    }

    private static byte[] Inflate(Stream decoder, int maxBytes)
    {
        using (decoder)
        {
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = decoder.Read(chunk)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    throw new InvalidDataException($"it decompresses to more than {maxBytes / (1024 * 1024)} MB");
                }
                output.Write(chunk, 0, read);
            }
            return output.ToArray();
        }
    }

    // Brotli has no magic number; a body already decoded by the crawler starts with markup or text.
    private static bool LooksLikeText(byte[] body) =>
        body.Take(64).SkipWhile(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF).FirstOrDefault() == (byte)'<';
}
