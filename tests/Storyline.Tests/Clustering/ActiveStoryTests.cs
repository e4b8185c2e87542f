using FsCheck.Xunit;
using Storyline.Clustering;

namespace Storyline.Tests.Clustering;

public class ActiveStoryTests
{
    [Property(MaxTest = 100)]
    public bool BestLink_OnTheArticlesWeightsByTerm_IsTheBestDotProductOfTheLatestMembers(int seed)
    {
        var random = new Random(seed);
        TermVector Some()
        {
            var terms = Enumerable.Range(0, random.Next(0, 40)).Select(_ => random.Next(300)).Distinct().Order().ToArray();
            return new TermVector(terms, terms.Select(_ => (float)random.NextDouble()).ToArray());
        }

        var story = new ActiveStory(1);
        for (var i = 0; i < 1 + random.Next(12); i++)
        {
            story.Add(Some(), keepRecent: 8);
        }
        var article = Some();
        var byTerm = new float[300];
        for (var i = 0; i < article.Count; i++)
        {
            byTerm[article.Terms[i]] = article.Weights[i];
        }
        return story.BestLink(byTerm) == story.Recent.Select(m => m.Dot(article)).DefaultIfEmpty(0).Max();
    }
}
