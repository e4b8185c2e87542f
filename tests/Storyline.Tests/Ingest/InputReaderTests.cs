using System.IO.Compression;
using Storyline.Ingest;
using Storyline.Tests.Support;

namespace Storyline.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Read_AFolder_WalksItRecursivelyInOrder_AndPassesOverOtherFiles()
    {
        Directory.CreateDirectory(_dir.File("b"));
        File.WriteAllText(_dir.File("b/page.html"), "<html></html>");
        File.WriteAllText(_dir.File("a.txt"), "Title\n\nBody");
        File.WriteAllText(_dir.File("notes.md"), "# not an article");
        File.WriteAllText(_dir.File(".hidden.txt"), "skip me");

        var items = InputReader.Read([_dir.Path], IngestHints.None).ToList();

        Assert.Equal([_dir.File("a.txt"), _dir.File("b/page.html")], items.Select(i => i.Origin));
        Assert.Equal([DocumentFormat.TextDump, DocumentFormat.Html], items.Select(i => i.Document!.Format));
    }

    [Fact]
    public void Read_GzippedFiles_AreDecompressedAndTypedByTheInnerName()
    {
        var path = _dir.File("page.html.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write("<html><p>Hello</p></html>"u8);
        }

        var item = Assert.Single(InputReader.Read([path], IngestHints.None));

        Assert.Equal(DocumentFormat.Html, item.Document!.Format);
        Assert.Equal("<html><p>Hello</p></html>", System.Text.Encoding.UTF8.GetString(item.Document.Content.Span));
    }

    [Fact]
    public void Read_JsonLines_YieldsArticles_AndNamesTheBadLine()
    {
        var path = _dir.File("feed.jsonl");
        File.WriteAllLines(path, [Some.JsonLine("x1", "Putin to visit", "Body one."), "{not json", "", Some.JsonLine("x2", "Choe in Moscow", "Body two.")]);

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.Equal(["x1", null, "x2"], items.Select(i => i.Article?.Id));
        Assert.Equal($"{path}:2", items[1].Origin);
        Assert.StartsWith("invalid JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 1, 21, 9, 0, 0, TimeSpan.FromHours(9)), items[0].Article!.Published);
    }

    [Fact]
    public void Read_JsonArticle_WithoutDateOrSource_TakesTheHints()
    {
        var path = _dir.File("one.json");
        File.WriteAllText(path, """{"title": "Floods in Jakarta", "text": "Heavy rain."}""");
        var hints = new IngestHints(Some.Day, "Antara");

        var article = Assert.Single(InputReader.Read([path], hints)).Article!;

        Assert.Equal((Some.Day, "Antara"), (article.Published!.Value, article.Source!));
        Assert.Equal(16, article.Id.Length);
    }

    [Theory]
    [InlineData("""{"title": "", "text": ""}""", "neither")]
    [InlineData("""{"title": "T", "text": "B", "published": "last tuesday"}""", "not a date")]
    [InlineData("""[1, 2]""", "expected a JSON object")]
    public void Read_JsonThatIsNotAnArticle_SaysWhy(string json, string reason)
    {
        var path = _dir.File("bad.json");
        File.WriteAllText(path, json);

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.All(items, i => Assert.Contains(reason, i.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingOrUnsupportedPaths_AreFailedItems()
    {
        File.WriteAllText(_dir.File("image.png"), "x");

        var items = InputReader.Read([_dir.File("missing.html"), _dir.File("image.png")], IngestHints.None).ToList();

        Assert.Equal(["no such file or folder", "unsupported file type"], items.Select(i => i.Error![..Math.Min(i.Error!.Length, i.Error.StartsWith("no such", StringComparison.Ordinal) ? 22 : 21)]));
    }

    [Fact]
    public void Read_ACorruptGzip_IsAFailedItemNotACrash()
    {
        var path = _dir.File("broken.txt.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, 8, 0, 1, 2, 3]);

        var item = Assert.Single(InputReader.Read([path], IngestHints.None));

        Assert.StartsWith("cannot read", item.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AFileOverTheSizeLimit_IsRefusedByName_AndTheNextFileIsStillRead()
    {
        File.WriteAllText(_dir.File("a-big.txt"), new string('x', 5000));
        File.WriteAllText(_dir.File("b-small.txt"), "Title\n\nBody");

        var items = InputReader.Read([_dir.Path], IngestHints.None, maxFileBytes: 4096).ToList();

        Assert.Equal(2, items.Count);
        Assert.Contains("larger than the 4096 bytes limit", items[0].Error, StringComparison.Ordinal);
        Assert.NotNull(items[1].Document);
    }

    [Fact]
    public void Read_TheDefaultLimit_Is20MB() => Assert.Equal(20L * 1024 * 1024, InputReader.DefaultMaxFileBytes);

    [Fact]
    public void Read_JsonLines_AreStreamed_SoTheSizeLimitDoesNotApplyToThem()
    {
        var path = _dir.File("many.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 50).Select(i => Some.JsonLine($"x{i}", $"Title {i}", new string('b', 200))));

        var items = InputReader.Read([path], IngestHints.None, maxFileBytes: 1024).ToList();

        Assert.Equal(50, items.Count(i => i.Article is not null));
    }

    [Fact]
    public void Read_ATruncatedGzippedJsonLinesFile_YieldsTheLinesBeforeTheCut_ThenOneError()
    {
        var whole = new MemoryStream();
        using (var gz = new GZipStream(whole, CompressionLevel.Fastest, leaveOpen: true))
        {
            foreach (var i in Enumerable.Range(0, 400))
            {
                gz.Write(System.Text.Encoding.UTF8.GetBytes(Some.JsonLine($"x{i}", $"Title {i}", $"Body number {i} of the stream.") + "\n"));
            }
        }
        var path = _dir.File("cut.jsonl.gz");
        File.WriteAllBytes(path, whole.ToArray()[..(int)(whole.Length * 2 / 3)]);

        var items = InputReader.Read([path], IngestHints.None).ToList();

        Assert.InRange(items.Count(i => i.Article is not null), 1, 399);
        var failure = Assert.Single(items, i => i.Error is not null);
        // Depending on where the cut falls, the decompressor reports it or the last line is left half-written.
        Assert.StartsWith(path, failure.Origin, StringComparison.Ordinal);
        Assert.Same(failure, items[^1]);
    }

    [Fact]
    public void Read_AnEmptyJsonLinesFile_SaysSo()
    {
        var path = _dir.File("empty.jsonl");
        File.WriteAllText(path, "");

        var item = Assert.Single(InputReader.Read([path], IngestHints.None));

        Assert.Equal("the file is empty", item.Error);
    }
}
