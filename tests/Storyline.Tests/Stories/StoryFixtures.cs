using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Tests.Stories;

/// <summary>Small articles and stories for synthesis tests.</summary>
internal static class StoryFixtures
{
    public static readonly DateTimeOffset Published = new(2024, 1, 21, 8, 0, 0, TimeSpan.Zero);

    public static StoryArticle Member(string id, string title, string text, string? source = null, string? duplicateOf = null, DateTimeOffset? published = null) =>
        new(new Article { Id = id, Title = title, Text = text, Source = source ?? id, Published = published ?? Published }, duplicateOf, published ?? Published);

    public static StoryView Synthesize(params StoryArticle[] members) => new StorySynthesizer().Synthesize(7, members);
}
