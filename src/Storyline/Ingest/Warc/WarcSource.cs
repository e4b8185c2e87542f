using System.IO.Compression;

namespace Storyline.Ingest.Warc;

/// <summary>Turns a WARC archive (<c>.warc</c> or <c>.warc.gz</c>) into ingest items: one page per HTML response.</summary>
/// <remarks>
/// Only <c>response</c> records with a 2xx status and an HTML payload become documents; requests,
/// metadata, warcinfo, revisits, redirects, errors and non-HTML payloads are passed over without a
/// word, as are records over <see cref="WarcReader.DefaultMaxBlockBytes"/>. Each document keeps the
/// record's target URI and date. An archive cut short yields every complete record, then one
/// failure naming the offset where the cut record starts.
/// </remarks>
public static class WarcSource
{
    public static IEnumerable<IngestItem> Read(string path, IngestHints hints)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(hints);
        Stream file;
        try
        {
            file = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? Read(path, new GZipStream(file, CompressionMode.Decompress), hints, where: " of the decompressed archive")
            : Read(path, file, hints);
    }

    /// <summary>Reads an archive from an already decompressed stream, which is disposed at the end.</summary>
    /// <param name="where">Said after an offset in a failure, to tell what it counts (decompressed bytes for <c>.gz</c>).</param>
    public static IEnumerable<IngestItem> Read(string origin, Stream stream, IngestHints hints, string where = "")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(hints);
        using (stream)
        {
            var reader = new WarcReader(stream, type => type.Equals("response", StringComparison.OrdinalIgnoreCase));
            using var records = reader.Records().GetEnumerator();
            var complete = 0;
            while (true)
            {
                WarcRecord? record;
                string? failure = null;
                // An iterator cannot yield inside try/catch, so the failure is carried out of it.
                try
                {
                    record = records.MoveNext() ? records.Current : null;
                }
                catch (WarcFormatException e)
                {
                    record = null;
                    failure = e.Message;
                }
                if (failure is not null)
                {
                    yield return IngestItem.Failed(origin, complete == 0 ? $"{failure}{where} (is this a WARC file?)" : failure + where);
                    yield break;
                }
                if (record is null)
                {
                    yield break;
                }
                complete++;
                if (ItemOf(origin, record, hints) is { } item)
                {
                    yield return item;
                }
            }
        }
    }

    private static IngestItem? ItemOf(string archive, WarcRecord record, IngestHints hints)
    {
        if (record.Block is null)
        {
            return null;
        }
        var origin = $"{archive}@{record.Offset}";
        if (HttpPayload.Parse(record.Block, WarcReader.DefaultMaxBlockBytes, out var error) is not { } payload)
        {
            return IngestItem.Failed(origin, $"bad HTTP response in WARC record: {error}");
        }
        if (payload.Status is < 200 or > 299 || !IsHtml(payload) || payload.Body.Length == 0)
        {
            return null;
        }
        var date = record.Date;
        return IngestItem.FromDocument(new RawDocument(origin, payload.Body, DocumentFormat.Html)
        {
            Url = record.TargetUri,
            ContentType = payload.ContentType,
            Published = hints.Published ?? date,
            Source = hints.Source,
            Fetched = date,
        });
    }

    private static bool IsHtml(HttpPayload payload)
    {
        if (payload.ContentType is { Length: > 0 } type)
        {
            return type.Contains("html", StringComparison.OrdinalIgnoreCase);
        }
        var head = System.Text.Encoding.Latin1.GetString(payload.Body, 0, Math.Min(payload.Body.Length, 1024));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }
}
