using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;

namespace Storyline.Web;

/// <summary>The Atom feed of the most recently active stories, so a feed reader can follow them.</summary>
internal static class AtomFeed
{
    public const int Entries = 30;
    private const int SummaryChars = 800;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/feed.atom", [HttpMethods.Get, HttpMethods.Head], Serve)
            .WithName("feed")
            .WithTags("Service")
            .WithSummary("An Atom feed of the most recently active stories.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");

    private static IResult Serve(Newsroom newsroom, HttpRequest request)
    {
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}/";
        using var store = newsroom.OpenStore();
        var stories = store.ListStories(Entries);
        var updated = stories.Count > 0 ? stories.Max(s => s.LastSeen) : newsroom.Time.GetUtcNow();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, "Storyline: latest stories");
            xml.WriteElementString("subtitle", AtomNamespace, "News stories reconciled across their sources.");
            xml.WriteElementString("id", AtomNamespace, site);
            xml.WriteElementString("updated", AtomNamespace, Date(updated));
            Link(xml, "self", site + "feed.atom", "application/atom+xml");
            Link(xml, "alternate", site, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "Storyline");
            xml.WriteEndElement();
            foreach (var story in stories)
            {
                var view = newsroom.Pipeline.Show(store, story.Id);
                var page = $"{site}#/stories/{story.Id}";
                xml.WriteStartElement("entry", AtomNamespace);
                // Tag URIs are stable however the site is reached; the page link is not.
                xml.WriteElementString("id", AtomNamespace, $"tag:storyline,2024:story/{story.Id}");
                xml.WriteElementString("title", AtomNamespace, XmlText(view?.Headline ?? story.Headline));
                xml.WriteElementString("updated", AtomNamespace, Date(story.LastSeen));
                xml.WriteElementString("published", AtomNamespace, Date(story.FirstSeen));
                Link(xml, "alternate", page, "text/html");
                var sources = string.Join(", ", view?.Sources.Select(s => s.Name) ?? []);
                var summary = $"{Shorten(view?.Summary ?? "")}\n\n{story.Articles} articles from {story.Sources} sources: {sources}".Trim();
                xml.WriteStartElement("summary", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(XmlText(summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>A feed entry is a teaser: the summary up to about <see cref="SummaryChars"/> characters, cut at a word.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= SummaryChars)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', SummaryChars);
        return string.Concat(text.AsSpan(0, cut > SummaryChars / 2 ? cut : SummaryChars).TrimEnd(), "…");
    }

    private static string Date(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters that slip through extraction).</summary>
    private static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }
        return kept.ToString();
    }
}
