using FsCheck;
using FsCheck.Xunit;
using Storyline.Dedup;

namespace Storyline.Tests.Dedup;

public class NearDuplicateDetectorTests
{
    private const string Wire =
        "North Korea fired a ballistic missile over Japan and into the Pacific on Friday, responding to new UN sanctions with its furthest-ever missile flight. " +
        "The launch, from near Pyongyang, came after the Security Council imposed an eighth set of measures on the isolated country following its sixth nuclear test earlier this month. " +
        "Seoul's Defence Ministry said the missile probably travelled around 3,700 km and reached a maximum altitude of 770 km. " +
        "Millions of Japanese were jolted awake by blaring sirens and emergency text message alerts. " +
        "The Security Council called an emergency meeting for later Friday, and UN chief Antonio Guterres said talks on the crisis would be held next week. " +
        "The US Pacific Command said the rocket was an intermediate range ballistic missile and did not pose a threat to North America or to Guam. " +
        "Japanese Prime Minister Shinzo Abe said the country would never tolerate such dangerous provocative action that threatened world peace.";

    // The same wire report re-posted with two sentences rewritten and one dropped.
    private const string EditedWire =
        "North Korea fired a ballistic missile over Japan and into the Pacific on Friday, responding to new UN sanctions with its furthest-ever missile flight. " +
        "The launch, from near Pyongyang, came after the Security Council imposed an eighth set of measures on the isolated country following its sixth nuclear test earlier this month. " +
        "South Korea's military estimated that the missile flew about 3,700 kilometres, climbing as high as 770 kilometres. " +
        "Millions of Japanese were jolted awake by blaring sirens and emergency text message alerts. " +
        "The Security Council called an emergency meeting for later Friday, and UN chief Antonio Guterres said talks on the crisis would be held next week. " +
        "Japan's prime minister condemned what he called an intolerable provocation.";

    // Another outlet's own report of the same launch.
    private const string OtherReport =
        "Sirens wailed across northern Japan early on Friday as a North Korean missile passed overhead before splashing into the Pacific Ocean. " +
        "It was the second such overflight in less than a month and came days after the United Nations tightened sanctions on Pyongyang. " +
        "Officials in Tokyo said no damage was reported, but residents in Hokkaido were told to take shelter. " +
        "Analysts said the flight showed the North could reach the US territory of Guam, which it has threatened before.";

    [Fact]
    public void Add_EditedCopy_IsDuplicateOfOriginal()
    {
        var detector = new NearDuplicateDetector();
        Assert.Null(detector.Add("wire", Wire));

        var match = detector.Add("repost", EditedWire);

        Assert.NotNull(match);
        Assert.Equal("wire", match.OriginalId);
        Assert.False(match.Exact);
    }

    [Fact]
    public void Add_DifferentReportOfSameEvent_IsNotACopy()
    {
        var detector = new NearDuplicateDetector();
        detector.Add("wire", Wire);

        Assert.Null(detector.Add("other", OtherReport));
    }

    [Fact]
    public void Add_CopyOfACopy_PointsToTheEarliestOriginal()
    {
        var detector = new NearDuplicateDetector();
        detector.Add("wire", Wire);
        detector.Add("repost", EditedWire);

        var match = detector.Add("again", EditedWire.ToUpperInvariant());

        Assert.NotNull(match);
        Assert.Equal("wire", match.OriginalId);
        Assert.Equal("repost", match.MatchedId);
        Assert.True(match.Exact);
    }

    [Fact]
    public void Add_ShortExcerptOfALongerReport_IsACopy()
    {
        var detector = new NearDuplicateDetector();
        detector.Add("wire", Wire);
        var excerpt = string.Join(". ", Wire.Split(". ").Take(3)) + ".";

        Assert.Equal("wire", detector.Add("brief", excerpt)?.OriginalId);
    }

    [Fact]
    public void Add_OriginalOlderThanTheWindow_IsForgotten()
    {
        var detector = new NearDuplicateDetector(new NearDuplicateOptions { Window = 3 });
        detector.Add("wire", Wire);
        detector.Add("x", OtherReport);
        detector.Add("y", "Something else entirely about a football match and its score.");
        detector.Add("z", "A recipe for bread with flour, water, salt and yeast.");

        Assert.Null(detector.Find(Wire));
    }

    [Fact]
    public void Add_CopiesKeepComingAcrossSweeps_EachFindsTheOriginalWhileItIsInTheWindow()
    {
        // Window 8 sweeps its tables every 2 texts; every re-post shares band keys with the ones before it.
        var detector = new NearDuplicateDetector(new NearDuplicateOptions { Window = 8 });
        detector.Add("wire", Wire);
        var sentences = Wire.Split(". ");

        for (var i = 1; i <= 7; i++)
        {
            var repost = string.Join(". ", sentences.Where((_, k) => k != i % sentences.Length)) + $" Update {i}.";
            Assert.Equal("wire", detector.Add($"repost{i}", repost)?.OriginalId);
        }
        detector.Add("late", OtherReport);

        // The original has left the window; the latest re-posts still match and still name it.
        Assert.Equal("wire", detector.Find(EditedWire)?.OriginalId);
        Assert.StartsWith("repost", detector.Find(EditedWire)?.MatchedId, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_EmptyText_MatchesNothing()
    {
        var detector = new NearDuplicateDetector();
        detector.Add("empty", "");

        Assert.Null(detector.Add("again", " -- "));
    }

    [Fact]
    public void SaveLoad_KeepsRememberedTexts()
    {
        var detector = new NearDuplicateDetector();
        detector.Add("wire", Wire);
        using var state = new MemoryStream();
        using (var writer = new BinaryWriter(state, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            detector.Save(writer);
        }
        state.Position = 0;
        using var reader = new BinaryReader(state);

        Assert.Equal("wire", NearDuplicateDetector.Load(reader).Add("repost", EditedWire)?.OriginalId);
    }

    [Property(MaxTest = 50)]
    public bool Similarity_IsSymmetric(NonNull<string> first, NonNull<string> second) =>
        NearDuplicateDetector.Similarity(first.Get, second.Get) == NearDuplicateDetector.Similarity(second.Get, first.Get);

    [Property(MaxTest = 50)]
    public bool Add_SameTextAgainAndAgain_AlwaysPointsToTheFirst(NonEmptyString text, PositiveInt times)
    {
        var detector = new NearDuplicateDetector();
        var first = detector.Add("first", text.Get);
        var words = text.Get.Any(char.IsLetterOrDigit);
        return first is null && Enumerable.Range(0, (times.Get % 5) + 1)
            .Select(i => detector.Add($"copy{i}", text.Get))
            .All(m => words ? m?.OriginalId == "first" : m is null);
    }

    [Property(MaxTest = 50)]
    public bool SignatureOf_EightAtATime_GivesTheValuesOfTheOneByOneLoop(NonNull<string> text, int seed)
    {
        // Where the processor cannot multiply eight lanes, only the loop runs and there is nothing to compare.
        // Some seeds with a signature too long for the stack, so both places of the minimums are compared.
        var detector = new NearDuplicateDetector(new NearDuplicateOptions { Seed = (ulong)seed, Bands = seed % 5 == 0 ? 200 : 48 });
        var shingles = NearDuplicateDetector.Shingles(text.Get + " " + Wire, 4);
        return !detector.CanSignEightAtATime
            || detector.SignatureOf(shingles, eightAtATime: true).SequenceEqual(detector.SignatureOf(shingles, eightAtATime: false));
    }

    [Property(MaxTest = 30)]
    public bool Find_DoesNotChangeWhatLaterAddsSee(NonEmptyString text)
    {
        var detector = new NearDuplicateDetector();
        detector.Add("wire", Wire);
        var before = detector.Find(text.Get);
        var again = detector.Find(text.Get);
        return before?.OriginalId == again?.OriginalId && detector.Count == 1;
    }
}
