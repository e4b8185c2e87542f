using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Fuzz;

/// <summary>The fuzz target: one input, read as a web page, a text dump and a batch; any exception is a finding.</summary>
/// <remarks>The extractor promises never to throw for bad input, so the target lets every exception escape to the fuzzer.</remarks>
public static class ExtractionTarget
{
    private static readonly ArticleExtractor Extractor = new(new ExtractionOptions(MaxInputBytes: 256 * 1024));

    public static void Run(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        var page = new RawDocument("fuzz.html", bytes, DocumentFormat.Html) { ContentType = ContentTypeFor(bytes) };
        var dump = new RawDocument("fuzz.txt", bytes, DocumentFormat.TextDump);
        Check(Extractor.Extract(page));
        Check(Extractor.Extract(dump));
        foreach (var outcome in Extractor.ExtractBatch([dump, page, dump]))
        {
            Check(outcome);
        }
    }

    // Let the first byte pick a declared charset sometimes, so the HTTP path is fuzzed too.
    private static string? ContentTypeFor(byte[] bytes) => bytes.Length == 0 ? null : (bytes[0] % 5) switch
    {
        0 => "text/html; charset=windows-1251",
        1 => "text/html; charset=shift_jis",
        2 => "text/html; charset=no-such-charset",
        _ => null,
    };

    private static void Check(ExtractionOutcome outcome)
    {
        if (outcome.Succeeded == (outcome.Error is not null) || (outcome.Article is null && outcome.Error is null))
        {
            throw new InvalidOperationException($"inconsistent outcome for {outcome.Origin}");
        }
    }
}
