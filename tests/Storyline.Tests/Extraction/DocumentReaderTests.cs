using System.IO.Compression;
using System.Text;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("a.html", DocumentFormat.Html)]
    [InlineData("a.HTM", DocumentFormat.Html)]
    [InlineData("a.html.gz", DocumentFormat.Html)]
    [InlineData("a.txt", DocumentFormat.TextDump)]
    [InlineData("a.txt.gz", DocumentFormat.TextDump)]
    [InlineData("a.pdf", null)]
    public void FormatOf_FollowsExtension(string name, DocumentFormat? format) => Assert.Equal(format, DocumentReader.FormatOf(name));

    [Fact]
    public void Read_GzippedHtml_IsDecompressed()
    {
        var path = Path.Combine(_folder, "page.html.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<html><body><p>hello</p></body></html>"));
        }
        var (document, error) = DocumentReader.Read(path);
        Assert.Null(error);
        Assert.Equal(DocumentFormat.Html, document!.Format);
        Assert.StartsWith("<html>", Encoding.UTF8.GetString(document.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadGzip_IsAnError_NotAnException()
    {
        var path = Path.Combine(_folder, "broken.txt.gz");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
        var (document, error) = DocumentReader.Read(path);
        Assert.Null(document);
        Assert.NotNull(error);
    }

    [Fact]
    public void Enumerate_WalksFoldersSorted_AndSkipsUnknownFiles()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "b"));
        File.WriteAllText(Path.Combine(_folder, "b", "2.txt"), "x");
        File.WriteAllText(Path.Combine(_folder, "a.html"), "x");
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "x");
        var files = DocumentReader.Enumerate([_folder]).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/')).ToList();
        Assert.Equal(["a.html", "b/2.txt"], files);
    }
}
