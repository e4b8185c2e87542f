using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Storyline.Ingest;

/// <summary>One file of the bundled sample corpus, as its manifest describes it.</summary>
/// <param name="Story">The gold story label, for tests; the pipeline never sees it.</param>
/// <param name="Source">The outlet, as a crawler would know it.</param>
/// <param name="Published">The fetch-time publication date, used only when the document gives none.</param>
public sealed record SampleEntry(string File, string Story, string Source, DateTimeOffset Published);

/// <summary>The sample articles shipped inside the library for <c>storyline demo</c>: pages, text dumps and translations of a few invented stories.</summary>
/// <remarks>The corpus is described in <c>samples/README.md</c>; <c>samples/manifest.json</c> lists every file.</remarks>
public static class SampleCorpus
{
    private const string Prefix = "samples/";
    private static readonly Assembly Assembly = typeof(SampleCorpus).Assembly;

    /// <summary>The manifest, in publication order.</summary>
    public static IReadOnlyList<SampleEntry> Entries { get; } = LoadManifest();

    /// <summary>The corpus as ingest items, in publication order, with the manifest's source and date as hints.</summary>
    public static IEnumerable<IngestItem> Items()
    {
        foreach (var entry in Entries)
        {
            var name = Prefix + entry.File;
            var hints = new IngestHints(entry.Published, entry.Source);
            using var stream = Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The sample '{entry.File}' listed in the manifest is not embedded.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var origin = "samples/" + entry.File;
            var format = InputReader.KindOf(entry.File);
            if (format == InputKind.Html || format == InputKind.Text)
            {
                yield return IngestItem.FromDocument(new RawDocument(origin, buffer.ToArray(), format == InputKind.Html ? DocumentFormat.Html : DocumentFormat.TextDump)
                {
                    Published = hints.Published,
                    Source = hints.Source,
                });
            }
            else
            {
                foreach (var item in ArticleJson.ReadDocument(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), origin, hints))
                {
                    yield return item;
                }
            }
        }
    }

    private static List<SampleEntry> LoadManifest()
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + "manifest.json");
        if (stream is null)
        {
            return [];
        }
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateArray()
            .Select(e => new SampleEntry(
                e.GetProperty("file").GetString()!,
                e.GetProperty("story").GetString()!,
                e.GetProperty("source").GetString()!,
                DateTimeOffset.Parse(e.GetProperty("published").GetString()!, CultureInfo.InvariantCulture)))
            .OrderBy(e => e.Published)
            .ThenBy(e => e.File, StringComparer.Ordinal)
            .ToList();
    }
}
