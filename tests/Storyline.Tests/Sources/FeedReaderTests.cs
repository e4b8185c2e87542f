using System.Text;
using Storyline.Ingest.Feeds;

namespace Storyline.Tests.Sources;

public sealed class FeedReaderTests
{
    internal const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- a comment before the root -->
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Seoul Daily — World</title>
            <link>https://news.example/</link>
            <description>World news</description>
            <item>
              <title>Putin plans to visit North Korea</title>
              <link>https://news.example/world/putin-visit</link>
              <guid isPermaLink="false">seoul-daily-1001</guid>
              <pubDate>Sun, 21 Jan 2024 09:00:00 +0900</pubDate>
              <dc:creator>Kim Min-jun</dc:creator>
            </item>
            <item>
              <title>Talks resume in Geneva</title>
              <link>/world/geneva-talks</link>
              <pubDate>Sat, 20 Jan 2024 18:30:00 EST</pubDate>
              <author>desk@news.example (World Desk)</author>
            </item>
            <item>
              <title>No link at all</title>
            </item>
          </channel>
        </rss>
        """;

    internal const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Wire Service</title>
          <id>urn:wire</id>
          <updated>2024-01-21T10:00:00+01:00</updated>
          <entry>
            <title>Markets steady after the announcement</title>
            <id>urn:wire:77</id>
            <link rel="alternate" href="https://wire.example/77"/>
            <link rel="enclosure" href="https://wire.example/77.jpg"/>
            <published>2024-01-21T08:15:00+01:00</published>
            <updated>2024-01-21T09:00:00+01:00</updated>
            <author><name>Anna Berg</name></author>
          </entry>
          <entry>
            <title>Only updated</title>
            <id>https://wire.example/78</id>
            <updated>2024-01-22T07:00:00Z</updated>
          </entry>
        </feed>
        """;

    internal const string Opml = """
        <?xml version="1.0"?>
        <opml version="2.0">
          <head><title>My feeds</title></head>
          <body>
            <outline text="World">
              <outline text="Seoul Daily" type="rss" xmlUrl="https://news.example/rss.xml"/>
              <outline text="Wire" type="rss" xmlUrl="https://wire.example/atom"/>
            </outline>
            <outline text="Duplicate" xmlUrl="https://wire.example/atom"/>
            <outline text="Folder without a feed"/>
          </body>
        </opml>
        """;

    [Theory]
    [InlineData(Rss, FeedKind.Rss)]
    [InlineData(Atom, FeedKind.Atom)]
    [InlineData(Opml, FeedKind.Opml)]
    [InlineData("\uFEFF  <rss version=\"2.0\"><channel/></rss>", FeedKind.Rss)]
    [InlineData("<!DOCTYPE html><html><body><p>How to read &lt;rss feeds</p><rss></rss></body></html>", FeedKind.None)]
    [InlineData("<html><head><link rel=\"alternate\" type=\"application/rss+xml\"></head></html>", FeedKind.None)]
    [InlineData("plain text that mentions <feed>", FeedKind.None)]
    public void Sniff_JudgesByTheFirstElement(string content, FeedKind expected) =>
        Assert.Equal(expected, FeedReader.Sniff(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void ReadFeed_Rss_ReadsEntriesWithTheirOffsetsAuthorsAndResolvedLinks()
    {
        var outcome = FeedReader.ReadFeed(Encoding.UTF8.GetBytes(Rss), new Uri("https://news.example/rss.xml"));

        var feed = Assert.IsType<Feed>(outcome.Feed);
        Assert.Equal("Seoul Daily — World", feed.Title);
        Assert.Equal(2, feed.Entries.Count);
        var first = feed.Entries[0];
        Assert.Equal("seoul-daily-1001", first.Key);
        Assert.Equal(new Uri("https://news.example/world/putin-visit"), first.Link);
        Assert.Equal(new DateTimeOffset(2024, 1, 21, 9, 0, 0, TimeSpan.FromHours(9)), first.Published);
        Assert.Equal(TimeSpan.FromHours(9), first.Published!.Value.Offset);
        Assert.Equal("Kim Min-jun", first.Author);
        var second = feed.Entries[1];
        Assert.Equal(new Uri("https://news.example/world/geneva-talks"), second.Link);
        Assert.Equal(second.Link.AbsoluteUri, second.Key);
        Assert.Equal(new DateTimeOffset(2024, 1, 20, 18, 30, 0, TimeSpan.FromHours(-5)), second.Published);
        Assert.Equal(TimeSpan.FromHours(-5), second.Published!.Value.Offset);
    }

    [Fact]
    public void ReadFeed_Atom_PrefersPublishedAndTheAlternateLink()
    {
        var feed = FeedReader.ReadFeed(Encoding.UTF8.GetBytes(Atom)).Feed!;

        Assert.Equal("Wire Service", feed.Title);
        var first = feed.Entries[0];
        Assert.Equal(new Uri("https://wire.example/77"), first.Link);
        Assert.Equal("urn:wire:77", first.Key);
        Assert.Equal(new DateTimeOffset(2024, 1, 21, 8, 15, 0, TimeSpan.FromHours(1)), first.Published);
        Assert.Equal(TimeSpan.FromHours(1), first.Published!.Value.Offset);
        Assert.Equal("Anna Berg", first.Author);
        // No link: the id is a URL, so it names the article; the updated date stands in for published.
        Assert.Equal(new Uri("https://wire.example/78"), feed.Entries[1].Link);
        Assert.Equal(new DateTimeOffset(2024, 1, 22, 7, 0, 0, TimeSpan.Zero), feed.Entries[1].Published);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry></feed>")]
    public void ReadFeed_Malformed_IsAnErrorNotAnException(string content)
    {
        var outcome = FeedReader.ReadFeed(Encoding.UTF8.GetBytes(content));

        Assert.Null(outcome.Feed);
        Assert.StartsWith("malformed feed", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFeed_UnreadableDate_LeavesTheEntryUndated()
    {
        const string feed = "<rss version=\"2.0\"><channel><item><pubDate>not a date</pubDate><link>https://a.example/x</link></item></channel></rss>";

        var entry = Assert.Single(FeedReader.ReadFeed(Encoding.UTF8.GetBytes(feed)).Feed!.Entries);

        Assert.Null(entry.Published);
    }

    [Fact]
    public void ReadFeed_WithAnExternalEntity_DoesNotResolveIt()
    {
        const string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
            <rss version="2.0"><channel><title>&secret;</title><item><link>https://a.example/1</link></item></channel></rss>
            """;

        var outcome = FeedReader.ReadFeed(Encoding.UTF8.GetBytes(hostile));

        Assert.DoesNotContain(File.Exists("/etc/hostname") ? File.ReadAllText("/etc/hostname").Trim() : "\u0000", outcome.Feed?.Title ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFeed_Rss10Rdf_ReadsItsItems()
    {
        const string rdf = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://jp.example/"><title>Tokyo Evening</title><link>https://jp.example/</link></channel>
              <item rdf:about="https://jp.example/a/1">
                <title>Typhoon nears the coast</title>
                <link>https://jp.example/a/1</link>
                <dc:date>2024-01-21T18:00:00+09:00</dc:date>
                <dc:creator>Sato Yui</dc:creator>
              </item>
            </rdf:RDF>
            """;

        Assert.Equal(FeedKind.Rss, FeedReader.Sniff(Encoding.UTF8.GetBytes(rdf)));
        var feed = FeedReader.ReadFeed(Encoding.UTF8.GetBytes(rdf)).Feed!;

        Assert.Equal("Tokyo Evening", feed.Title);
        var entry = Assert.Single(feed.Entries);
        Assert.Equal(new FeedEntry("https://jp.example/a/1", new Uri("https://jp.example/a/1"), "Typhoon nears the coast",
            new DateTimeOffset(2024, 1, 21, 18, 0, 0, TimeSpan.FromHours(9)), "Sato Yui"), entry);
    }

    [Fact]
    public void ReadFeed_HtmlEntitiesAndBareAmpersands_AreRepaired()
    {
        const string sloppy = """
            <rss version="2.0"><channel><title>Q&A&nbsp;Daily</title>
            <item><title>Markets &mdash; a week of gains &amp; losses</title><link>https://q.example/1?a=1&b=2</link></item>
            </channel></rss>
            """;

        var outcome = FeedReader.ReadFeed(Encoding.UTF8.GetBytes(sloppy));

        Assert.Null(outcome.Error);
        Assert.Equal("Q&A Daily", outcome.Feed!.Title);
        var entry = Assert.Single(outcome.Feed.Entries);
        Assert.Equal("Markets — a week of gains & losses", entry.Title);
        Assert.Equal(new Uri("https://q.example/1?a=1&b=2"), entry.Link);
    }

    [Fact]
    public void Sniff_Utf16Feed_IsRecognised() =>
        Assert.Equal(FeedKind.Atom, FeedReader.Sniff(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Atom)).ToArray()));

    [Fact]
    public void ReadOutline_ListsEveryFeedOnce_NestedOnesIncluded()
    {
        var feeds = FeedReader.ReadOutline(Encoding.UTF8.GetBytes(Opml), out var error);

        Assert.Null(error);
        Assert.Equal([new Uri("https://news.example/rss.xml"), new Uri("https://wire.example/atom")], feeds);
    }

    [Fact]
    public void ReadList_SkipsCommentsAndBlanks_AndRejectsNonUrls()
    {
        var feeds = FeedReader.ReadList("# my feeds\nhttps://a.example/rss\n\n  http://b.example/atom  \nnot a url\nftp://c.example/x\n", out var rejected);

        Assert.Equal([new Uri("https://a.example/rss"), new Uri("http://b.example/atom")], feeds);
        Assert.Equal(["not a url", "ftp://c.example/x"], rejected);
    }

    [Theory]
    [InlineData("Sun, 21 Jan 2024 09:00:00 +0900", "2024-01-21T09:00:00+09:00")]
    [InlineData("21 Jan 2024 09:00 GMT", "2024-01-21T09:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 PDT", "2003-06-10T04:00:00-07:00")]
    [InlineData("Mon, 5 Feb 24 23:59:59 -0330", "2024-02-05T23:59:59-03:30")]
    [InlineData("2024-01-21T08:15:00+01:00", "2024-01-21T08:15:00+01:00")]
    [InlineData("2024-01-21T08:15:00Z", "2024-01-21T08:15:00+00:00")]
    [InlineData("2024-01-21 08:15:00", "2024-01-21T08:15:00+00:00")]
    public void FeedDates_TryParse_KeepsTheGivenOffset(string text, string expected)
    {
        Assert.True(FeedDates.TryParse(text, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }
}
