using System.IO.Compression;
using System.Runtime.CompilerServices;
using Storyline.Cli;
using Storyline.Tests.Support;

namespace Storyline.Tests.Clustering;

/// <summary>Golden files: <c>Fixtures/NAME.jsonl</c> in, <c>Fixtures/NAME.expected.jsonl</c> out of <c>storyline cluster</c>.</summary>
public class ClusterCommandTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureDirectory(), "*.jsonl").Where(f => !f.EndsWith(".expected.jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cluster_Fixture_PrintsExpectedLines(string name)
    {
        var input = Path.Combine(FixtureDirectory(), name + ".jsonl");
        var expected = File.ReadAllText(Path.Combine(FixtureDirectory(), name + ".expected.jsonl")).ReplaceLineEndings("\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = StorylineCli.Run(["cluster", input, "--json"], output, error);

        Assert.Equal(expected, output.ToString().ReplaceLineEndings("\n"));
        Assert.Equal(error.ToString().Length == 0 ? 0 : 2, exit);
    }

    [Fact]
    public void Cluster_BadLine_ReportsLineNumberAndGoesOn()
    {
        var path = Path.Combine(FixtureDirectory(), "bad-line.jsonl");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = StorylineCli.Run(["cluster", path], output, error);

        Assert.Equal(2, exit);
        Assert.Contains("line 2:", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Cluster_DateItCannotRead_ClustersTheArticleUndated_AndSaysSo()
    {
        using var dir = new TempDir();
        var path = dir.File("articles.jsonl");
        File.WriteAllLines(path,
        [
            """{"id":"x1","title":"Floods in Valencia","text":"Flash floods swept through Valencia on Tuesday.","published":"last Tuesday"}""",
            """{"id":"x2","title":"Valencia floods","text":"Flash floods swept through Valencia on Tuesday, officials said.","published":1709294400}""",
        ]);

        var (exit, output, error) = Run(path);

        Assert.Equal(0, exit);
        Assert.Equal(["x1", "x2"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.Equal($"cluster: line 1: \"published\" is not a date: 'last Tuesday'; clustered as undated{Environment.NewLine}", error);
    }

    [Fact]
    public void Cluster_GzippedFile_PrintsTheSameLinesAsThePlainFile()
    {
        var plain = Path.Combine(FixtureDirectory(), "bad-line.jsonl");
        using var dir = new TempDir();
        var gzipped = dir.File("articles.jsonl.gz");
        using (var target = new GZipStream(File.Create(gzipped), CompressionLevel.Fastest))
        {
            target.Write(File.ReadAllBytes(plain));
        }

        Assert.Equal(Run(plain), Run(gzipped));
    }

    [Fact]
    public void Cluster_FileNamedGzButNotGzipped_ReportsTheFileAndExitsTwo()
    {
        using var dir = new TempDir();
        var fake = dir.File("articles.jsonl.gz");
        File.WriteAllText(fake, "{\"id\":\"a\",\"title\":\"Not compressed\"}\n");

        var (exit, _, error) = Run(fake);

        Assert.Equal(2, exit);
        Assert.Contains($"cannot read {fake}", error, StringComparison.Ordinal);
    }

    private static (int Exit, string Out, string Err) Run(string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = StorylineCli.Run(["cluster", path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static string FixtureDirectory([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Fixtures");
}
