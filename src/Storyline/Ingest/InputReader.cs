using System.IO.Compression;
using System.Text;

namespace Storyline.Ingest;

/// <summary>Turns the paths a user names (files and folders, gzip or not) into ingest items, lazily.</summary>
/// <remarks>
/// The kind of a file comes from its name with any <c>.gz</c> removed: <c>.html</c>/<c>.htm</c> are
/// pages, <c>.txt</c> text dumps, <c>.json</c> an article or an array, <c>.jsonl</c>/<c>.ndjson</c>
/// JSON Lines, <c>.warc</c> a web archive (read as a stream, see <see cref="Warc.WarcSource"/>). A named file of another kind, a missing path or an unreadable file becomes a failed
/// item; inside folders, other kinds are passed over. Folders are walked recursively in ordinal
/// order so runs are repeatable.
/// </remarks>
public static class InputReader
{
    /// <summary>The most a file may decompress to; larger ones are refused rather than filling memory.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, IngestHints hints)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(hints);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => KindOf(f) is not null && !IsHidden(path, f))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    foreach (var item in ReadFile(file, hints))
                    {
                        yield return item;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var item in ReadFile(path, hints))
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
    public static IEnumerable<IngestItem> ReadFile(string path, IngestHints hints)
    {
        ArgumentNullException.ThrowIfNull(hints);
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
        byte[] bytes;
        try
        {
            bytes = ReadBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
        return kind switch
        {
            InputKind.Html => [IngestItem.FromDocument(new RawDocument(path, bytes, DocumentFormat.Html) { Published = hints.Published, Source = hints.Source })],
            InputKind.Text => [IngestItem.FromDocument(new RawDocument(path, bytes, DocumentFormat.TextDump) { Published = hints.Published, Source = hints.Source })],
            InputKind.Json => ArticleJson.ReadDocument(Encoding.UTF8.GetString(bytes), path, hints),
            _ => ArticleJson.ReadLines(new StringReader(Encoding.UTF8.GetString(bytes)), path, hints),
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

    private static byte[] ReadBytes(string path)
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
                if (buffer.Length + read > MaxFileBytes)
                {
                    throw new InvalidDataException($"larger than {MaxFileBytes / (1024 * 1024)} MB");
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
