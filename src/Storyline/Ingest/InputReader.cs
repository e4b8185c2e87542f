using System.IO.Compression;
using System.Text;

namespace Storyline.Ingest;

/// <summary>Turns the paths a user names (files and folders, gzip or not) into ingest items, lazily.</summary>
/// <remarks>
/// The kind of a file comes from its name with any <c>.gz</c> removed: <c>.html</c>/<c>.htm</c> are
/// pages, <c>.txt</c> text dumps, <c>.json</c> an article or an array, <c>.jsonl</c>/<c>.ndjson</c>
/// JSON Lines, <c>.warc</c> a web archive (read as a stream, see <see cref="Warc.WarcSource"/>). A named file of another kind, a missing path or an unreadable file becomes a failed
/// item; inside folders, other kinds are passed over. Folders are walked recursively in ordinal
/// order so runs are repeatable. A page, dump or JSON file larger than the size limit (after
/// decompression) is refused rather than read into memory; JSON Lines files and archives are read
/// as streams, an item at a time, so they may be of any size.
/// </remarks>
public static class InputReader
{
    /// <summary>The default size limit of one page, dump or JSON file: 20 MB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Reads the named files and folders in order.</summary>
    /// <param name="maxFileBytes">The largest page, dump or JSON file read (decompressed size); null for <see cref="DefaultMaxFileBytes"/>.</param>
    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, IngestHints hints, long? maxFileBytes = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(hints);
        var limit = maxFileBytes ?? DefaultMaxFileBytes;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return ReadAll(paths, hints, limit);
    }

    private static IEnumerable<IngestItem> ReadAll(IEnumerable<string> paths, IngestHints hints, long limit)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => KindOf(f) is not null && !IsHidden(path, f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in ReadFile(file, hints, limit))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, hints, limit))
                {
                    yield return item;
                }
            }
            else
            {
                yield return IngestItem.Failed(path, "no such file or folder");
            }
        }
    }

    /// <summary>Reads one file into items: one for a page or dump, one per article for JSON.</summary>
    /// <param name="maxFileBytes">The largest page, dump or JSON file read (decompressed size); null for <see cref="DefaultMaxFileBytes"/>.</param>
    public static IEnumerable<IngestItem> ReadFile(string path, IngestHints hints, long? maxFileBytes = null)
    {
        ArgumentNullException.ThrowIfNull(hints);
        var limit = maxFileBytes ?? DefaultMaxFileBytes;
        var kind = KindOf(path);
        if (kind is null)
        {
            return [IngestItem.Failed(path, "unsupported file type (expected .html, .htm, .txt, .json, .jsonl, .warc, optionally .gz)")];
        }
        if (kind == InputKind.Warc)
        {
            // Archives run to gigabytes: streamed record by record, never read whole.
            return Warc.WarcSource.Read(path, hints);
        }
        if (kind == InputKind.JsonLines)
        {
            return ReadJsonLines(path, hints);
        }
        byte[] bytes;
        try
        {
            bytes = ReadBytes(path, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
        return kind switch
        {
            InputKind.Html => [IngestItem.FromDocument(new RawDocument(path, bytes, DocumentFormat.Html) { Published = hints.Published, Source = hints.Source })],
            InputKind.Text => [IngestItem.FromDocument(new RawDocument(path, bytes, DocumentFormat.TextDump) { Published = hints.Published, Source = hints.Source })],
            _ => ArticleJson.ReadDocument(Encoding.UTF8.GetString(bytes), path, hints),
        };
    }

    internal static InputKind? KindOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".html" or ".htm" => InputKind.Html,
            ".txt" => InputKind.Text,
            ".json" => InputKind.Json,
            ".jsonl" or ".ndjson" => InputKind.JsonLines,
            ".warc" => InputKind.Warc,
            _ => null,
        };
    }

    private static bool IsHidden(string root, string file) =>
        Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    /// <summary>Streams a JSON Lines file a line at a time; a read error ends the file with one failed item after the lines read before it.</summary>
    private static IEnumerable<IngestItem> ReadJsonLines(string path, IngestHints hints)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(OpenDecompressed(path), Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
        return ReadJsonLines(reader, path, hints);
    }

    private static IEnumerable<IngestItem> ReadJsonLines(StreamReader reader, string path, IngestHints hints)
    {
        using (reader)
        {
            var lines = new GuardedLines(reader);
            foreach (var item in ArticleJson.ReadLines(lines, path, hints))
            {
                yield return item;
            }
            if (lines.Failure is { } failure)
            {
                yield return IngestItem.Failed(path, $"cannot read past line {lines.LinesRead}: {failure}");
            }
            else if (lines.LinesRead == 0)
            {
                yield return IngestItem.Failed(path, "the file is empty");
            }
        }
    }

    /// <summary>Opens a file for reading, decompressing it on the fly when its name ends in <c>.gz</c>.</summary>
    internal static Stream OpenDecompressed(string path)
    {
        var file = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static byte[] ReadBytes(string path, long limit)
    {
        using var file = File.OpenRead(path);
        Stream input = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using (input)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = input.Read(chunk)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new InvalidDataException($"larger than the {FormatSize(limit)} limit (see --max-file-size)");
                }
                buffer.Write(chunk, 0, read);
            }
            if (buffer.Length == 0)
            {
                throw new InvalidDataException(file.Length == 0 ? "the file is empty" : "nothing could be decompressed (truncated or corrupt gzip)");
            }
            return buffer.ToArray();
        }
    }

    private static string FormatSize(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";

    /// <summary>Lines of a reader that end, instead of throwing, at a read error (a truncated gzip member, an I/O error), keeping the error.</summary>
    private sealed class GuardedLines(TextReader inner) : TextReader
    {
        public string? Failure { get; private set; }

        public int LinesRead { get; private set; }

        public override string? ReadLine()
        {
            if (Failure is not null)
            {
                return null;
            }
            try
            {
                var line = inner.ReadLine();
                if (line is not null)
                {
                    LinesRead++;
                }
                return line;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                Failure = e.Message;
                return null;
            }
        }
    }
}

/// <summary>The kinds of input files ingest reads.</summary>
internal enum InputKind
{
    Html,
    Text,
    Json,
    JsonLines,
    Warc,
}
