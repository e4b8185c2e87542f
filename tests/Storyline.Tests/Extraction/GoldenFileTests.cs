using System.Globalization;
using System.Text;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Tests.Extraction;

/// <summary>
/// Each <c>Fixtures/Extraction/CASE.html|.txt</c> beside <c>CASE.expected.txt</c>: header lines (<c>field: value</c>)
/// for the metadata a case checks, <c>---</c>, then the exact body text.
/// </summary>
public class GoldenFileTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".expected.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void Fixtures_AreCopiedToOutput()
    {
        Assert.True(Cases().Count >= 6, $"expected fixtures in {Folder}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_MatchesExpectedFile(string name)
    {
        var path = Path.Combine(Folder, name);
        var format = name.EndsWith(".txt", StringComparison.Ordinal) ? DocumentFormat.TextDump : DocumentFormat.Html;
        var expectedPath = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".expected.txt");
        var expected = File.ReadAllText(expectedPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = expected.IndexOf("\n---\n", StringComparison.Ordinal);
        Assert.True(split >= 0, $"{expectedPath} needs a --- line between header and body");

        var outcome = new ArticleExtractor().Extract(new RawDocument(path, File.ReadAllBytes(path), format));

        Assert.True(outcome.Succeeded, outcome.Error);
        var article = outcome.Article!;
        Assert.Equal(expected[(split + 5)..].TrimEnd(), article.Text);
        foreach (var line in expected[..split].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var actual = field switch
            {
                "title" => article.Title,
                "byline" => article.Byline,
                "published" => article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                "site" => article.Site,
                "url" => article.Url,
                "language" => article.Language,
                _ => throw new InvalidOperationException($"unknown field {field} in {expectedPath}"),
            };
            Assert.True(value == actual, $"{name}: {field} expected '{value}' but was '{actual}'");
        }
    }
}
