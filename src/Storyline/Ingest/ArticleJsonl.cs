using System.Globalization;
using System.Text.Json;
using Storyline.Articles;

namespace Storyline.Ingest;

/// <summary>The outcome of reading one line of an articles JSON Lines file.</summary>
/// <param name="LineNumber">1-based line number in the input.</param>
/// <param name="Article">The article, or null when the line is bad.</param>
/// <param name="Error">Why the line is bad, or null.</param>
/// <param name="Story">The <c>story</c> label when the line carries one (gold data); ignored by the pipeline.</param>
public sealed record ArticleLine(int LineNumber, Article? Article, string? Error, string? Story = null)
{
    public bool Succeeded => Article is not null;
}

/// <summary>Reads articles from JSON Lines: one object per line with <c>id, title, text, published, source, url</c>.</summary>
/// <remarks>
/// <c>text</c> is required (it may be empty or null); <c>title</c>, <c>published</c>, <c>source</c>, <c>url</c> may be null or absent;
/// <c>published</c> is ISO-8601 (a date without offset is taken as UTC). A missing <c>id</c> is replaced by a
/// short hash of the content. Blank lines are skipped. A bad line yields an <see cref="ArticleLine"/> with an
/// error and reading goes on.
/// </remarks>
public static class ArticleJsonl
{
    /// <summary>Reads every line of <paramref name="reader"/> lazily.</summary>
    public static IEnumerable<ArticleLine> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLines(reader);
    }

    /// <summary>Reads the file at <paramref name="path"/>, or standard input when the path is <c>-</c>.</summary>
    public static IEnumerable<ArticleLine> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path == "-" ? ReadLines(Console.In) : ReadFileLines(path);
    }

    /// <summary>Parses one line; <paramref name="lineNumber"/> only labels the result.</summary>
    public static ArticleLine Parse(string line, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            // System.Text.Json appends its own (0-based, single-line) position; the line number is ours.
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd(' ', '.');
            return Bad(lineNumber, $"not valid JSON: {reason}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Bad(lineNumber, "not a JSON object");
            }
            if (!TryString(root, "text", out var text, out var error) || !TryString(root, "title", out var title, out error)
                || !TryString(root, "id", out var id, out error) || !TryString(root, "source", out var source, out error)
                || !TryString(root, "url", out var url, out error) || !TryString(root, "published", out var publishedText, out error))
            {
                return Bad(lineNumber, error!);
            }
            var story = root.TryGetProperty("story", out var storyElement) ? storyElement.ValueKind switch
            {
                JsonValueKind.String => storyElement.GetString(),
                JsonValueKind.Number => storyElement.GetRawText(),
                _ => null,
            } : null;
            // An empty body is kept (the title may still place it); a line without the member is malformed.
            if (!root.TryGetProperty("text", out _))
            {
                return Bad(lineNumber, "\"text\" is missing");
            }
            text ??= "";
            DateTimeOffset? published = null;
            if (!string.IsNullOrWhiteSpace(publishedText))
            {
                if (!DateTimeOffset.TryParse(publishedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                {
                    return Bad(lineNumber, $"\"published\" is not an ISO-8601 date: {publishedText}");
                }
                published = parsed;
            }
            title ??= "";
            var article = new Article
            {
                Id = string.IsNullOrWhiteSpace(id) ? ContentHashing.ShortId(ContentHashing.Of(title, text)) : id,
                Title = title,
                Text = text,
                Published = published,
                Source = string.IsNullOrWhiteSpace(source) ? null : source,
                Url = string.IsNullOrWhiteSpace(url) ? null : url,
            };
            return new ArticleLine(lineNumber, article, null, story);
        }
    }

    private static IEnumerable<ArticleLine> ReadFileLines(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var line in ReadLines(reader))
        {
            yield return line;
        }
    }

    private static IEnumerable<ArticleLine> ReadLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, number);
            }
        }
    }

    private static ArticleLine Bad(int lineNumber, string error) => new(lineNumber, null, error);

    // Accepts a string, null or an absent member; numbers are taken as their text (ids are sometimes numeric).
    private static bool TryString(JsonElement root, string name, out string? value, out string? error)
    {
        value = null;
        error = null;
        if (!root.TryGetProperty(name, out var element))
        {
            return true;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                value = element.GetString();
                return true;
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Number:
                value = element.GetRawText();
                return true;
            default:
                error = $"\"{name}\" must be a string, not {element.ValueKind.ToString().ToLowerInvariant()}";
                return false;
        }
    }
}
