using System.IO.Compression;

namespace Storyline.Ingest;

/// <summary>Reads files into raw documents: format from the extension, gzip undone, folders walked in sorted order.</summary>
/// <remarks>
/// <c>.html</c>/<c>.htm</c> are web pages and <c>.txt</c> text dumps, each optionally <c>.gz</c>.
/// Reading is capped at <see cref="MaxBytes"/> so a huge or hostile file cannot exhaust memory; the extractor
/// caps what it parses on its own too. Stateless and thread-safe.
/// </remarks>
public static class DocumentReader
{
    /// <summary>The most bytes read from one file (after decompression).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The format a path's extension names, or null when it is not a document we read.</summary>
    public static DocumentFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var extension = Path.GetExtension(name).ToUpperInvariant();
        return extension switch
        {
            ".HTML" or ".HTM" or ".XHTML" => DocumentFormat.Html,
            ".TXT" => DocumentFormat.TextDump,
            _ => null,
        };
    }

    /// <summary>The document files under each path (a file is taken as it is; a folder is walked recursively, sorted ordinally).</summary>
    /// <remarks>Files given explicitly are kept whatever their extension (they are read as text dumps unless they look like HTML); files found in folders are kept only when <see cref="FormatOf"/> knows them.</remarks>
    public static IEnumerable<string> Enumerate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => FormatOf(f) is not null)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }

    /// <summary>Reads one file as a raw document, or says why it could not.</summary>
    /// <returns>The document and a null error, or a null document and the reason (missing file, bad gzip, I/O error).</returns>
    public static (RawDocument? Document, string? Error) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var bytes = ReadBytes(path);
            var format = FormatOf(path) ?? GuessFormat(bytes);
            return (new RawDocument(path, bytes, format), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            return (null, $"cannot read {path}: {e.Message}");
        }
    }

    private static byte[] ReadBytes(string path)
    {
        using var file = File.OpenRead(path);
        using Stream source = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxBytes && (read = source.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxBytes - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static DocumentFormat GuessFormat(byte[] bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase))
            ? DocumentFormat.Html
            : DocumentFormat.TextDump;
    }
}
