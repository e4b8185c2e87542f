using System.Globalization;
using Storyline.Extraction;
using Storyline.Ingest;

namespace Storyline.Bench.Extraction;

/// <summary><c>extraction-titles [DIR] [--list]</c>: how often a text dump's headline, byline and date agree with those read from the same page's HTML.</summary>
/// <remarks>
/// The dev set's gold has bodies only, so the HTML extractor's title (metadata, Open Graph, JSON-LD, the first
/// heading) stands in as the reference. Agreement is the word-level F1 of the two headlines; 0.8 or more counts
/// as the same headline, which forgives a site name or an "Opinion |" label on one side.
/// </remarks>
internal static class DumpTitleHarness
{
    public const string Help = "[DIR] [--list]: text-dump headlines, bylines and dates against those of the same page's HTML";

    public static int Run(string[] args)
    {
        var list = args.Contains("--list");
        var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? ExtractionHarness.DefaultDirectory();
        if (dir is null || !File.Exists(Path.Combine(dir, "ground-truth.json")))
        {
            Console.Error.WriteLine($"no dev set at {dir ?? "../shared/data/extraction-dev"}");
            return 1;
        }
        var pages = ExtractionHarness.Load(dir).Where(p => p.Dump is not null).ToList();
        var extractor = new ArticleExtractor();
        var html = pages.ToDictionary(p => p.Key, p => extractor.Extract(new RawDocument(p.Key, p.Html, DocumentFormat.Html) { Url = p.Url }).Article, StringComparer.Ordinal);
        ExtractedArticle? Dump(ExtractionHarness.Page page, bool withUrl) =>
            extractor.Extract(new RawDocument(page.Key, page.Dump!, DocumentFormat.TextDump) { Url = withUrl ? page.Url : null }).Article;
        // Bylines and dates are compared on the dumps read from the text alone.
        var textAlone = pages.ToDictionary(p => p.Key, p => Dump(p, withUrl: false), StringComparer.Ordinal);
        foreach (var withUrl in new[] { false, true })
        {
            int agree = 0, empty = 0;
            var total = 0.0;
            foreach (var page in pages)
            {
                var reference = html[page.Key]?.Title ?? "";
                var title = (withUrl ? Dump(page, withUrl: true) : textAlone[page.Key])?.Title ?? "";
                var f1 = WordF1(title, reference);
                total += f1;
                agree += f1 >= 0.8 ? 1 : 0;
                empty += title.Length == 0 ? 1 : 0;
                if (list && withUrl && f1 < 0.8)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {page.Key[..12]} {f1:F2}  html: {Cut(reference)}  |  text: {Cut(title)}"));
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dump headlines {(withUrl ? "with the page URL" : "from the text alone")}: {agree}/{pages.Count} agree with HTML, mean word F1 {total / pages.Count:F3}, {empty} empty"));
        }
        int same = 0, missing = 0, extra = 0, other = 0, sameDay = 0, noDay = 0;
        foreach (var page in pages)
        {
            var reference = html[page.Key]?.Byline ?? "";
            var article = textAlone[page.Key];
            var byline = article?.Byline ?? "";
            var day = Day(article?.Published);
            var htmlDay = Day(html[page.Key]?.Published);
            sameDay += day == htmlDay ? 1 : 0;
            if (list && day != htmlDay)
            {
                Console.WriteLine($"  {page.Key[..12]} date    html: {htmlDay}  |  text: {day}");
            }
            noDay += day.Length == 0 ? 1 : 0;
            var agrees = WordF1(byline, reference) >= 0.8;
            same += agrees ? 1 : 0;
            missing += !agrees && byline.Length == 0 ? 1 : 0;
            extra += !agrees && reference.Length == 0 ? 1 : 0;
            other += !agrees && byline.Length > 0 && reference.Length > 0 ? 1 : 0;
            if (list && !agrees)
            {
                Console.WriteLine($"  {page.Key[..12]} byline  html: {Cut(reference)}  |  text: {Cut(byline)}");
            }
        }
        Console.WriteLine($"dump bylines: {same}/{pages.Count} agree with HTML (both empty counts), {missing} missing, {extra} where HTML has none, {other} different");
        Console.WriteLine($"dump dates: {sameDay}/{pages.Count} on the same day as the HTML date (both missing counts), {noDay} missing");
        return 0;
    }

    // The calendar day as written, not converted to UTC: the two dates of a page may carry different offsets.
    private static string Day(DateTimeOffset? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Cut(string text) => text.Length <= 70 ? text : text[..70] + "…";

    private static double WordF1(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return left.Count == right.Count ? 1 : 0;
        }
        var pool = right.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var word in left)
        {
            if (pool.TryGetValue(word, out var n) && n > 0)
            {
                pool[word] = n - 1;
                common++;
            }
        }
        if (common == 0)
        {
            return 0;
        }
        double precision = (double)common / left.Count, recall = (double)common / right.Count;
        return 2 * precision * recall / (precision + recall);
    }

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToList();
}
