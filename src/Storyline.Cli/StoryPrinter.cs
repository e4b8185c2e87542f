using System.Globalization;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Cli;

/// <summary>Renders a story view as readable text for a terminal.</summary>
internal static class StoryPrinter
{
    public static void Print(TextWriter output, StoryView view)
    {
        output.WriteLine($"Story {view.Id}: {view.Headline}");
        output.WriteLine(new string('=', Math.Min(100, view.Headline.Length + 8 + view.Id.ToString(CultureInfo.InvariantCulture).Length)));
        output.WriteLine($"{Count(view.Articles.Count, "article")} from {Count(view.Sources.Count, "source")} ({view.IndependentSources} independent)");
        output.WriteLine();
        if (view.Summary.Length > 0)
        {
            output.WriteLine("Summary");
            output.WriteLine(Indent(view.Summary));
            output.WriteLine();
        }
        if (view.Timeline.Count > 0)
        {
            output.WriteLine("Timeline");
            foreach (var e in view.Timeline)
            {
                var label = e.Background ? "(background) " : e.Expected ? "(expected) " : "";
                output.WriteLine($"  {e.Date,-23} {label}{e.Text}  [{Cite(e.Citations)}]");
            }
            output.WriteLine();
        }
        if (view.Entities.Count > 0)
        {
            output.WriteLine("Who and where");
            foreach (var e in view.Entities)
            {
                var aliases = e.Aliases.Count > 0 ? $"  also: {string.Join(" / ", e.Aliases)}" : "";
                output.WriteLine($"  {e.Name} ({e.Type}){aliases}");
            }
            output.WriteLine();
        }
        if (view.Claims.Count > 0)
        {
            output.WriteLine("What the sources say");
            foreach (var claim in view.Claims)
            {
                var mark = claim.Status switch { "conflict" => "CONFLICT", "updated" => "UPDATED ", _ => "agree   " };
                output.WriteLine($"  {mark} {claim.About}{(claim.Latest is { } latest ? $": now {latest}" : "")}");
                foreach (var value in claim.Values)
                {
                    // An updated toll reads as a sequence: when each figure was first given.
                    var since = claim.Status == "updated" && value.FirstReported is { } first ? $"  (from {Stamp(first)})" : "";
                    output.WriteLine($"           {value.Value}{since}  [{Cite(value.Citations)}]");
                }
            }
            output.WriteLine();
        }
        output.WriteLine("Sources");
        foreach (var source in view.Sources.Where(s => s.Name != Outlets.Unknown))
        {
            output.WriteLine($"  {source.Name,-32} first seen {Stamp(source.FirstSeen)}{(source.FirstSeenFrom == "received" ? " (received; undated)" : "")}  ({Count(source.Articles, "article")})");
        }
        // Reports whose outlet nothing names each count as a source of their own; one line says so instead of a row of "unknown".
        if (view.Sources.Where(s => s.Name == Outlets.Unknown).ToList() is { Count: > 0 } unnamed)
        {
            output.WriteLine($"  {Outlets.Unknown,-32} {Count(unnamed.Sum(s => s.Articles), "article")} from outlets not named, each counted as a source of its own");
        }
        output.WriteLine();
        output.WriteLine("Articles");
        foreach (var article in view.Articles)
        {
            var date = article.Published is { } p ? p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
            var copy = article.DuplicateOf is null ? "" : $"  (copy of {article.DuplicateOf})";
            var title = string.IsNullOrWhiteSpace(article.Title) ? "(untitled)" : article.Title;
            output.WriteLine($"  {date}  {Outlets.Name(article.Source, article.Url),-24} {title}  [{article.Id}]{copy}");
        }
    }

    private static string Cite(IReadOnlyList<Citation> citations) =>
        string.Join(", ", citations.Select(c => c.Article).Distinct(StringComparer.Ordinal));

    private static string Stamp(DateTimeOffset when) => when.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    private static string Indent(string text) =>
        string.Join('\n', text.Split('\n').Select(line => "  " + line));
}
