namespace Storyline.Ingest.Feeds;

/// <summary>What a document turned out to be when sniffed: a feed, an outline of feeds, or neither.</summary>
public enum FeedKind
{
    None,
    Rss,
    Atom,
    Opml,
}

/// <summary>A news feed as read: its title and its entries, newest as the feed ordered them.</summary>
public sealed record Feed(string? Title, IReadOnlyList<FeedEntry> Entries);

/// <summary>One item of a feed: the article it links to and what the feed says about it.</summary>
/// <param name="Key">Identifies the item across polls: its guid or id when given, else its link.</param>
/// <param name="Link">The article's URL.</param>
/// <param name="Published">With the offset the feed gave, not converted.</param>
public sealed record FeedEntry(string Key, Uri Link, string? Title, DateTimeOffset? Published, string? Author);

/// <summary>A feed, or why a document could not be read as one.</summary>
public sealed record FeedOutcome(Feed? Feed, string? Error)
{
    public static FeedOutcome Failed(string error) => new(null, error);
}
