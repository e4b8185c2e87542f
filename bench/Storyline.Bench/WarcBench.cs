using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Warc;

namespace Storyline.Bench;

/// <summary>Reads a synthetic CC-NEWS-like <c>.warc.gz</c> through <see cref="WarcSource"/>, beside a bare gunzip of the same file, and prints throughput and peak memory.</summary>
/// <remarks>Usage: <c>warc [records=5000] [page-kb=25]</c>. The archive is written to the temp folder and deleted afterwards.</remarks>
internal static class WarcBench
{
    public static int Run(string[] args)
    {
        var records = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var pageKb = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
        var path = Path.Combine(Path.GetTempPath(), $"storyline-bench-{Environment.ProcessId}.warc.gz");
        try
        {
            var uncompressed = Write(path, records, pageKb);
            var compressed = new FileInfo(path).Length;
            Console.WriteLine($"archive: {records} response records (+ as many requests and metadata), {uncompressed / 1e6:0.0} MB uncompressed, {compressed / 1e6:0.0} MB gzip-per-record");

            var watch = Stopwatch.StartNew();
            using (var gunzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
            {
                gunzip.CopyTo(Stream.Null);
            }
            var baseline = watch.Elapsed;
            Console.WriteLine($"gunzip only (peer):  {baseline.TotalSeconds,6:0.00} s  {uncompressed / 1e6 / baseline.TotalSeconds,7:0.0} MB/s");

            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            var documents = 0;
            long bytes = 0;
            foreach (var item in InputReader.Read([path], IngestHints.None))
            {
                if (item.Document is { } document)
                {
                    documents++;
                    bytes += document.Content.Length;
                }
            }
            var elapsed = watch.Elapsed;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"WarcSource:          {elapsed.TotalSeconds,6:0.00} s  {uncompressed / 1e6 / elapsed.TotalSeconds,7:0.0} MB/s  {documents / elapsed.TotalSeconds,8:0} pages/s  ({documents} pages, {bytes / 1e6:0.0} MB of HTML)");
            Console.WriteLine($"allocated {allocated / 1e6:0} MB in total; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
            return documents == records ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static long Write(string path, int records, int pageKb)
    {
        var paragraph = "<p>Officials met on Tuesday to discuss the reopening of the harbour after the storm, and said the ferries would run again within days.</p>\n";
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story</title></head><body><article><h1>Story</h1>\n");
        while (page.Length < pageKb * 1024)
        {
            page.Append(paragraph);
        }
        var html = Encoding.UTF8.GetBytes(page.Append("</article></body></html>").ToString());
        long total = 0;
        using var file = File.Create(path);
        for (var i = 0; i < records; i++)
        {
            var uri = $"https://news.example/{i}";
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {html.Length}\r\n\r\n");
            total += Member(file, "request", uri, Encoding.ASCII.GetBytes($"GET /{i} HTTP/1.1\r\nHost: news.example\r\n\r\n"));
            total += Member(file, "response", uri, [.. http, .. html]);
            total += Member(file, "metadata", uri, Encoding.ASCII.GetBytes("fetchTimeMs: 100\r\n"));
        }
        return total;
    }

    private static long Member(Stream file, string type, string uri, byte[] block)
    {
        var header = Encoding.ASCII.GetBytes(
            $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-21T09:00:00Z\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Length: {block.Length}\r\n\r\n");
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(header);
            gzip.Write(block);
            gzip.Write("\r\n\r\n"u8);
        }
        return header.Length + block.Length + 4;
    }
}
