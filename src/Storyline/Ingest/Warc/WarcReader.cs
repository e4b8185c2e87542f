using System.Globalization;
using System.Text;

namespace Storyline.Ingest.Warc;

/// <summary>One WARC record: its headers, and its block when it was asked for and not too large.</summary>
/// <param name="Offset">Where the record starts in the (decompressed) archive.</param>
/// <param name="Block">The record's content, or null when it was read past unloaded.</param>
public sealed record WarcRecord(long Offset, string Type, IReadOnlyDictionary<string, string> Headers, long Length, byte[]? Block)
{
    public string? TargetUri => Headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>', ' ');

    public DateTimeOffset? Date =>
        Headers.GetValueOrDefault("WARC-Date") is { } raw
        && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}

/// <summary>A WARC archive that cannot be read further: truncated or not WARC at all.</summary>
public sealed class WarcFormatException : Exception
{
    public WarcFormatException()
    {
    }

    public WarcFormatException(string message)
        : base(message)
    {
    }

    public WarcFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public WarcFormatException(long offset, string message, Exception? inner = null)
        : base($"{message} at offset {offset}", inner) => Offset = offset;

    /// <summary>Where the record that could not be read starts.</summary>
    public long Offset { get; }
}

/// <summary>Reads the records of a WARC 1.0 or 1.1 archive from a stream, one at a time, in constant memory.</summary>
/// <remarks>
/// The caller decompresses (a <see cref="System.IO.Compression.GZipStream"/> reads straight through
/// the one-member-per-record layout of <c>.warc.gz</c>). Only blocks that <c>wantBlock</c> accepts
/// and that fit <c>maxBlockBytes</c> are loaded; every other block is read past without being kept,
/// so memory stays flat however large the archive. A record cut short throws
/// <see cref="WarcFormatException"/> after every complete record before it has been yielded.
/// </remarks>
public sealed class WarcReader
{
    /// <summary>The default cap on a loaded block: larger records are skipped.</summary>
    public const int DefaultMaxBlockBytes = 20 * 1024 * 1024;

    private const int MaxLineBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly Func<string, bool> _wantBlock;
    private readonly int _maxBlockBytes;
    private readonly byte[] _buffer = new byte[128 * 1024];
    private int _start;
    private int _end;
    private long _position;

    public WarcReader(Stream stream, Func<string, bool> wantBlock, int maxBlockBytes = DefaultMaxBlockBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(wantBlock);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBlockBytes);
        _stream = stream;
        _wantBlock = wantBlock;
        _maxBlockBytes = maxBlockBytes;
    }

    /// <summary>The records in archive order.</summary>
    /// <exception cref="WarcFormatException">A record is truncated or malformed; the records before it were yielded.</exception>
    public IEnumerable<WarcRecord> Records()
    {
        while (ReadRecord() is { } record)
        {
            yield return record;
        }
    }

    private WarcRecord? ReadRecord()
    {
        var offset = _position;
        try
        {
            string? line;
            // Records end with two CRLFs; tolerate more or fewer blank lines between them.
            do
            {
                offset = _position;
                line = ReadLine();
                if (line is null)
                {
                    return null;
                }
            }
            while (line.Length == 0);
            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                throw new WarcFormatException(offset, "not a WARC record (no WARC/1.x version line)");
            }
            var headers = ReadHeaders(offset);
            if (!headers.TryGetValue("Content-Length", out var rawLength)
                || !long.TryParse(rawLength, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new WarcFormatException(offset, "WARC record without a valid Content-Length");
            }
            var type = headers.GetValueOrDefault("WARC-Type") ?? "";
            byte[]? block = null;
            if (length <= _maxBlockBytes && _wantBlock(type))
            {
                block = new byte[length];
                if (Read(block) < length)
                {
                    throw new WarcFormatException(offset, "truncated WARC record");
                }
            }
            else if (Skip(length) < length)
            {
                throw new WarcFormatException(offset, "truncated WARC record");
            }
            return new WarcRecord(offset, type, headers, length, block);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            throw new WarcFormatException(offset, $"unreadable WARC record ({e.Message})", e);
        }
    }

    private Dictionary<string, string> ReadHeaders(long offset)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            var line = ReadLine() ?? throw new WarcFormatException(offset, "truncated WARC record headers");
            if (line.Length == 0)
            {
                return headers;
            }
            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
    }

    /// <summary>The next line without its line break, or null at the end of the stream.</summary>
    private string? ReadLine()
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var length = newline - _start;
                var text = Encoding.UTF8.GetString(_buffer, _start, length > 0 && _buffer[newline - 1] == '\r' ? length - 1 : length);
                Consume(newline + 1 - _start);
                return text;
            }
            if (_end - _start >= MaxLineBytes)
            {
                throw new InvalidDataException($"a header line longer than {MaxLineBytes} bytes");
            }
            if (!Fill())
            {
                if (_start == _end)
                {
                    return null;
                }
                // A last line without a line break.
                var rest = Encoding.UTF8.GetString(_buffer, _start, _end - _start);
                Consume(_end - _start);
                return rest;
            }
        }
    }

    /// <summary>Reads into <paramref name="target"/> as far as the stream allows; returns the count read.</summary>
    private int Read(Span<byte> target)
    {
        var done = 0;
        while (done < target.Length)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var take = Math.Min(_end - _start, target.Length - done);
            _buffer.AsSpan(_start, take).CopyTo(target[done..]);
            Consume(take);
            done += take;
        }
        return done;
    }

    private long Skip(long count)
    {
        var done = 0L;
        while (done < count)
        {
            if (_start == _end && !Fill())
            {
                break;
            }
            var take = (int)Math.Min(_end - _start, count - done);
            Consume(take);
            done += take;
        }
        return done;
    }

    private void Consume(int count)
    {
        _start += count;
        _position += count;
    }

    /// <summary>Reads more bytes after those buffered; false at the end of the stream.</summary>
    private bool Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        return read > 0;
    }
}
