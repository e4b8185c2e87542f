using Storyline.Articles;
using Storyline.Ingest;

namespace Storyline.Tests.Support;

/// <summary>Builders for test data with sensible defaults.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Day = new(2024, 1, 21, 9, 0, 0, TimeSpan.FromHours(9));

    public static Article Article(string title = "Putin plans to visit North Korea", string? text = null, string? id = null, string? source = "inews24", DateTimeOffset? published = null)
    {
        text ??= $"{title}. The Kremlin said no date had been set for the visit, but preparations were under way.";
        return new Article
        {
            Id = id ?? ContentHashing.ShortId(ContentHashing.Of(title, text)),
            Title = title,
            Text = text,
            Source = source,
            Published = published ?? Day,
        };
    }

    public static IngestItem Item(string title = "Putin plans to visit North Korea", string? text = null, string? id = null, string? source = "inews24") =>
        IngestItem.FromArticle(Article(title, text, id, source));

    public static string JsonLine(string id, string title, string text, string? published = "2024-01-21T09:00:00+09:00", string source = "Example News") =>
        System.Text.Json.JsonSerializer.Serialize(new { id, title, text, published, source, url = $"https://example.com/{id}" });
}

/// <summary>A temporary folder deleted with the test.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "storyline-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a killed child process; the OS temp cleaner will get it.
        }
    }
}

/// <summary>A clock that stands still unless moved.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
