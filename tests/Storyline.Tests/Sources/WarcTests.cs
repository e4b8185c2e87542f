using System.IO.Compression;
using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Warc;
using Storyline.Storage;
using Storyline.Tests.Support;

namespace Storyline.Tests.Sources;

public sealed class WarcTests : IDisposable
{
    private static readonly string Html = NewsServer.Page("Harbour reopens after the storm");
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Record(string type, string? uri, byte[] block, string date = "2024-01-21T09:00:00Z", string version = "1.1")
    {
        var header = new StringBuilder()
            .Append($"WARC/{version}\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
            .Append($"WARC-Date: {date}\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }
        header.Append(type == "response" ? "Content-Type: application/http; msgtype=response\r\n" : "Content-Type: application/warc-fields\r\n")
            .Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Bytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Http(int status, string? contentType, byte[] body, params string[] headers)
    {
        var head = $"HTTP/1.1 {status} Whatever\r\n" + (contentType is null ? "" : $"Content-Type: {contentType}\r\n") + string.Concat(headers.Select(h => h + "\r\n")) + "\r\n";
        return [.. Bytes(head), .. body];
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }

    private static byte[] Chunked(byte[] data, int size)
    {
        var output = new List<byte>();
        foreach (var chunk in data.Chunk(size))
        {
            output.AddRange(Bytes($"{chunk.Length:x}\r\n"));
            output.AddRange(chunk);
            output.AddRange("\r\n"u8.ToArray());
        }
        output.AddRange("0\r\n\r\n"u8.ToArray());
        return [.. output];
    }

    private string Write(string name, params byte[][] parts)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, parts.SelectMany(p => p).ToArray());
        return path;
    }

    private static byte[] Page(string uri, string? html = null, string date = "2024-01-21T09:00:00Z") =>
        Record("response", uri, Http(200, "text/html; charset=utf-8", Bytes(html ?? Html)), date);

    [Fact]
    public void Read_PlainWarc_YieldsOnlySuccessfulHtmlResponses_WithTheirUriAndDate()
    {
        var path = Write("mixed.warc",
            Record("warcinfo", null, Bytes("software: test\r\n")),
            Record("request", "https://news.example/a", Bytes("GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n")),
            Record("response", "https://news.example/a", Http(200, "text/html; charset=iso-8859-1", Bytes(Html)), "2024-01-21T09:15:30Z"),
            Record("metadata", "https://news.example/a", Bytes("fetchTimeMs: 120\r\n")),
            Record("response", "https://news.example/logo.png", Http(200, "image/png", [0x89, 0x50, 0x4e, 0x47])),
            Record("response", "https://news.example/missing", Http(404, "text/html", Bytes("<p>not found</p>"))),
            Record("response", "https://news.example/moved", Http(301, "text/html", [], "Location: https://news.example/a")),
            Record("revisit", "https://news.example/a", Http(200, "text/html", [])),
            PageV10("https://news.example/b"));

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.Equal(2, items.Count);
        var first = items[0].Document!;
        Assert.Equal("https://news.example/a", first.Url);
        Assert.Equal("text/html; charset=iso-8859-1", first.ContentType);
        Assert.Equal(new DateTimeOffset(2024, 1, 21, 9, 15, 30, TimeSpan.Zero), first.Fetched);
        Assert.Equal(first.Fetched, first.Published);
        Assert.Equal(Html, Encoding.UTF8.GetString(first.Content.Span));
        Assert.StartsWith(path + "@", first.Origin, StringComparison.Ordinal);
        Assert.Equal("https://news.example/b", items[1].Document!.Url);
    }

    private static byte[] PageV10(string uri) =>
        Record("response", uri, Http(200, "text/html", Bytes(NewsServer.Page("Second story"))), version: "1.0");

    [Fact]
    public void Read_GzipPerRecordArchive_ReadsThroughEveryMember()
    {
        var members = Enumerable.Range(1, 3).Select(i => Gzip(Page($"https://news.example/{i}", NewsServer.Page($"Story {i}")))).ToArray();
        var path = Write("crawl.warc.gz", [Gzip(Record("warcinfo", null, Bytes("software: test\r\n"))), .. members]);

        var items = InputReader.Read([_dir.Path], IngestHints.None).ToList();

        Assert.Equal(["https://news.example/1", "https://news.example/2", "https://news.example/3"], items.Select(i => i.Document!.Url));
        Assert.All(items, i => Assert.StartsWith(path + "@", i.Origin, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ChunkedGzipPayload_IsDecoded()
    {
        var body = Chunked(Gzip(Bytes(Html)), 100);
        var path = Write("chunked.warc", Record("response", "https://news.example/c",
            Http(200, "text/html", body, "Transfer-Encoding: chunked", "Content-Encoding: gzip")));

        var item = Assert.Single(InputReader.Read([path], IngestHints.None));

        Assert.Equal(Html, Encoding.UTF8.GetString(item.Document!.Content.Span));
    }

    [Fact]
    public void Read_BrotliAndDeflatePayloads_AreDecoded()
    {
        using var brotli = new MemoryStream();
        using (var encoder = new BrotliStream(brotli, CompressionLevel.Fastest, leaveOpen: true))
        {
            encoder.Write(Bytes(Html));
        }
        using var zlib = new MemoryStream();
        using (var encoder = new ZLibStream(zlib, CompressionLevel.Fastest, leaveOpen: true))
        {
            encoder.Write(Bytes(Html));
        }
        var path = Write("encoded.warc",
            Record("response", "https://news.example/br", Http(200, "text/html", brotli.ToArray(), "Content-Encoding: br")),
            Record("response", "https://news.example/deflate", Http(200, "text/html", zlib.ToArray(), "Content-Encoding: deflate")));

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.All(items, i => Assert.Equal(Html, Encoding.UTF8.GetString(i.Document!.Content.Span)));
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Read_BodyAlreadyDecodedByTheCrawler_IsTakenAsItIs()
    {
        // Crawlers often store the decoded body but keep the original headers.
        var path = Write("decoded.warc", Record("response", "https://news.example/d",
            Http(200, "text/html", Bytes(Html), "Transfer-Encoding: chunked", "Content-Encoding: gzip")));

        var item = Assert.Single(InputReader.Read([path], IngestHints.None));

        Assert.Equal(Html, Encoding.UTF8.GetString(item.Document!.Content.Span));
    }

    [Fact]
    public void Read_TruncatedWarc_YieldsTheCompleteRecords_ThenOneFailureNamingTheOffset()
    {
        var first = Page("https://news.example/1");
        var second = Page("https://news.example/2");
        var third = Page("https://news.example/3");
        var path = Write("cut.warc", first, second, third[..(third.Length / 2)]);

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal(["https://news.example/1", "https://news.example/2"], items.Take(2).Select(i => i.Document!.Url));
        Assert.Equal(path, items[2].Origin);
        Assert.Equal($"truncated WARC record at offset {first.Length + second.Length}", items[2].Error);
    }

    [Fact]
    public void Read_TruncatedWarcGz_YieldsTheCompleteRecords_ThenOneFailure()
    {
        var members = Enumerable.Range(1, 3).Select(i => Gzip(Page($"https://news.example/{i}", NewsServer.Page($"Story {i}")))).ToArray();
        var whole = members.SelectMany(m => m).ToArray();
        var path = Write("cut.warc.gz", whole[..(members[0].Length + members[1].Length + (members[2].Length / 2))]);

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.Equal(["https://news.example/1", "https://news.example/2"], items.Where(i => i.Document is not null).Select(i => i.Document!.Url));
        var failure = Assert.Single(items, i => i.Error is not null);
        Assert.Contains("at offset", failure.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotAWarc_IsOneFailure()
    {
        var path = Write("fake.warc", Bytes("<html>not an archive</html>"));

        var item = Assert.Single(InputReader.Read([path], IngestHints.None));

        Assert.Contains("not a WARC record", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_RecordOverTheCap_IsReadPastWithoutLoading()
    {
        var big = Page("https://news.example/big", NewsServer.Page("Big", new string('x', 5000)));
        var small = Record("response", "https://news.example/small", Http(200, "text/html", Bytes("<p>s</p>")));
        using var stream = new MemoryStream([.. big, .. small]);

        var records = new WarcReader(stream, _ => true, maxBlockBytes: 1000).Records().ToList();

        Assert.Equal(2, records.Count);
        Assert.Null(records[0].Block);
        Assert.Equal("https://news.example/small", records[1].TargetUri);
        Assert.NotNull(records[1].Block);
        Assert.Equal(big.Length, records[1].Offset);
    }

    [Fact]
    public void Reader_ManyRecords_AreStreamedOneAtATime()
    {
        // An endless archive: if the reader tried to load it whole, this would never finish.
        using var stream = new EndlessArchive(Record("response", "https://news.example/x", Http(200, "text/html", Bytes("<p>x</p>"))));

        var records = new WarcReader(stream, _ => true).Records().Take(10_000).Count();

        Assert.Equal(10_000, records);
    }

    [Fact]
    public void Ingest_WarcGz_StoresTheArticleWithItsUrl()
    {
        var path = Write("one.warc.gz", Gzip(Page("https://news.example/harbour")));
        using var store = SqliteStoryStore.Open(_dir.File("warc.db"));

        var report = new PipelineBuilder().Build().Ingest(store, InputReader.Read([path], IngestHints.None));

        Assert.Equal(1, report.New);
        var article = store.GetStoryArticles(report.Stories.Single()).Single().Article;
        Assert.Equal("https://news.example/harbour", article.Url);
    }

    /// <summary>Repeats one record forever.</summary>
    private sealed class EndlessArchive(byte[] record) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = record[(int)(_position++ % record.Length)];
            }
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
