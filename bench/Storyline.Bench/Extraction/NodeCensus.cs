using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Extraction;

namespace Storyline.Bench.Extraction;

/// <summary>What the parser builds from the slimmed dev pages: nodes by kind, and the share held by candidate subtrees.</summary>
/// <remarks>Tells which slimming rule could pay before it is written: the parser's cost follows the tokens and nodes it makes.</remarks>
internal static class NodeCensus
{
    private static readonly string[] Subtrees = ["head", "select", "button", "template", "noscript", "nav", "form", "footer", "aside", "header", "ul", "svg", "picture", "figure"];

    public static int Run(IReadOnlyList<byte[]> pages)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        long elements = 0, texts = 0, blankTexts = 0, comments = 0, others = 0, chars = 0;
        var inside = Subtrees.ToDictionary(s => s, _ => 0L);
        var byName = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var html in pages)
        {
            var encoding = TextDecoding.Choose(html, null, true);
            var slimmed = PageSlimmer.Slim(encoding.Encoding.GetString(html.AsSpan(encoding.Skip)));
            chars += slimmed.Length;
            using var document = parser.ParseDocument(slimmed);
            var stack = new Stack<(INode Node, int Depth)>();
            stack.Push((document.DocumentElement, 0));
            var open = new List<string>();
            while (stack.Count > 0)
            {
                var (node, depth) = stack.Pop();
                open.RemoveRange(depth, open.Count - depth);
                foreach (var name in open.Distinct())
                {
                    if (inside.TryGetValue(name, out var count))
                    {
                        inside[name] = count + 1;
                    }
                }
                switch (node)
                {
                    case IElement element:
                        elements++;
                        var local = element.LocalName;
                        byName[local] = byName.GetValueOrDefault(local) + 1;
                        open.Add(local);
                        for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
                        {
                            stack.Push((element.ChildNodes[i], depth + 1));
                        }
                        break;
                    case IText text:
                        texts++;
                        if (string.IsNullOrWhiteSpace(text.Data))
                        {
                            blankTexts++;
                        }
                        break;
                    case IComment:
                        comments++;
                        break;
                    default:
                        others++;
                        break;
                }
            }
        }
        var total = elements + texts + comments + others;
        double Per(long n) => (double)n / pages.Count;
        Console.WriteLine($"{pages.Count} pages, {chars / 1e6:F1} M chars after slimming; nodes per page {Per(total):F0}: "
            + $"elements {Per(elements):F0}, text {Per(texts):F0} (whitespace-only {Per(blankTexts):F0}, {(double)blankTexts / total:P1} of nodes), comments {Per(comments):F0}, other {Per(others):F0}");
        Console.WriteLine("nodes below each element kind (per page, share of all nodes):");
        foreach (var (name, count) in inside.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {name,-10} {Per(count),7:F0}  {(double)count / total,6:P1}");
        }
        Console.WriteLine("elements by name (per page):");
        foreach (var (name, count) in byName.OrderByDescending(p => p.Value).Take(30))
        {
            Console.WriteLine($"  {name,-12} {Per(count),7:F1}");
        }
        return 0;
    }
}
