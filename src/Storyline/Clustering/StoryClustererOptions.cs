using Storyline.Dedup;

namespace Storyline.Clustering;

/// <summary>Settings of the <see cref="StoryClusterer"/>.</summary>
/// <remarks>
/// The defaults were chosen to do well on both kinds of development data at once (full dated articles of
/// distinct events; short undated leads of many overlapping stories), not to peak on either.
/// </remarks>
public sealed record StoryClustererOptions
{
    /// <summary>Lowest similarity (after the time penalty) at which an article joins an existing story.</summary>
    public double JoinThreshold { get; init; } = 0.20;

    /// <summary>Similarity below which a dated article joins its best story only when no other story comes close (<see cref="ContestedShare"/>); 0 turns the test off.</summary>
    /// <remarks>
    /// In months of coverage of one government, league or city, a report on a new event matches the earlier stories on the
    /// same actors about as weakly as it matches each other; joined to the best of them, it starts a chain that ends in one
    /// story of many events. A weak match that stands clear of the runner-up is still taken. The denser the stream, the
    /// more it gains: multinews' leads dated over six months (`cluster-quality --spread 180`, seeds 1-3) pairwise F1
    /// 0.620 / 0.625 / 0.602 → 0.736 / 0.741 / 0.718 (precision 0.52 → 0.76, recall 0.78 → 0.72), over a month 0.378 →
    /// 0.596, over a year 0.767 → 0.783; giveme5w1h in file order 0.900 / 0.937 → 0.904 / 0.940 (the Bears firing their
    /// coach and the Cardinals' coach retiring, a day apart, stay two stories). Sparse streams lose a little recall: over
    /// two years 0.813 → 0.809; giveme5w1h's 70 events dated over six months 0.880 → 0.856, where one report contested
    /// between its event and another splits the event, and the next reports then find its two halves contesting them;
    /// giveme5w1h's shuffled median 0.902 → 0.896. Undated streams are unchanged: the test asks for a date, as arrival
    /// order, learned from the stream, already tells an undated report's neighbours apart (with undated reports tested
    /// too, multinews fell 0.891 → 0.886 and its "trump" stories 0.713 → 0.680).
    /// </remarks>
    public double ContestedBelow { get; init; } = 0.27;

    /// <summary>Share of the best story's similarity at which a runner-up contests a match below <see cref="ContestedBelow"/>.</summary>
    public double ContestedShare { get; init; } = 0.55;

    /// <summary>Weight of the learned arrival order (0 to 1) below which an undated article's weak match is contested too; 0 never.</summary>
    /// <remarks>
    /// In a stream whose arrival order follows its stories, the neighbours of an undated report tell its story, and the
    /// test is left to them. In one that arrives in no telling order (a shuffled export), a weak match between two close
    /// stories is as doubtful as a dated one's: multinews' leads in three shuffled orders, pairwise F1 median 0.581 →
    /// 0.629 (B-cubed 0.843 → 0.846), with the file order, giveme5w1h (file order and shuffled) and the single-actor
    /// subsets unchanged. Contesting undated reports whatever the order cost the file order 0.892 → 0.887.
    /// </remarks>
    public double ContestedWithoutOrder { get; init; } = 0.5;

    /// <summary>Lowest similarity of an article to its second-best story for that story to be merged into the best.</summary>
    public double MergeThreshold { get; init; } = 0.30;

    /// <summary>Lowest cosine between the two story centroids for such a merge.</summary>
    public double MergeCentroidThreshold { get; init; } = 0.45;

    /// <summary>Weight of the centroid cosine against the best single-article link in the similarity.</summary>
    public double CentroidWeight { get; init; } = 0.5;

    /// <summary>Scale of the headline-to-headline cosine, which stands in for the content similarity when higher.</summary>
    public double TitleLinkWeight { get; init; } = 0.5;

    /// <summary>How many terms of each article are kept (the highest TF-IDF weights).</summary>
    public int TermsPerArticle { get; init; } = 100;

    /// <summary>Most terms a story centroid keeps; beyond it the weakest are dropped.</summary>
    public int TermsPerStory { get; init; } = 400;

    /// <summary>How much of the body is read: a story is told in its lead, and long tails add noise and cost.</summary>
    public int MaxBodyChars { get; init; } = 6000;

    /// <summary>Term frequency a title word counts for.</summary>
    public double TitleWeight { get; init; } = 4.0;

    /// <summary>Smallest corpus size the inverse document frequency assumes.</summary>
    /// <remarks>
    /// Early in a stream every term has been seen in a large share of the few documents so far, so shared
    /// names would weigh next to nothing and the first reports of one event would not find each other.
    /// Until the stream is this long, frequencies are read as though it were.
    /// </remarks>
    public int MinIdfDocuments { get; init; } = 20;

    /// <summary>Power of the inverse document frequency: above 1 favours rare, specific terms more.</summary>
    public double IdfPower { get; init; } = 1.0;

    /// <summary>Boost of name-like terms (capitalised, not opening a sentence).</summary>
    public double NameBoost { get; init; } = 1.5;

    /// <summary>Boost of numbers (tolls, scores, amounts tie reports of one event together).</summary>
    public double NumberBoost { get; init; } = 1.2;

    /// <summary>How many of a story's latest articles take part in best-link comparison.</summary>
    public int LinkMembers { get; init; } = 8;

    /// <summary>How many of an article's strongest terms look up candidate stories in the index.</summary>
    public int QueryTerms { get; init; } = 24;

    /// <summary>How many of the headline's rarest terms also look up candidate stories, whatever their body weight.</summary>
    public int TitleQueryTerms { get; init; } = 4;

    /// <summary>How many candidate stories (by centroid score) are compared in full.</summary>
    public int Candidates { get; init; } = 8;

    /// <summary>Publication gap from a story's dates that costs nothing.</summary>
    public TimeSpan TimeGrace { get; init; } = TimeSpan.FromDays(4);

    /// <summary>Gap beyond the grace over which the time penalty grows to its maximum.</summary>
    public TimeSpan TimeDecay { get; init; } = TimeSpan.FromDays(120);

    /// <summary>Arrivals since a story's latest article that cost nothing, for undated articles or stories.</summary>
    public int ArrivalGrace { get; init; } = 20;

    /// <summary>Arrivals beyond the grace over which the penalty grows to its maximum, for undated articles or stories.</summary>
    public int ArrivalDecay { get; init; } = 300;

    /// <summary>Amount added to the similarity of a story within its arrival grace (a story coming in right now).</summary>
    public double FreshBonus { get; init; } = 0.10;

    /// <summary>Largest share of the content similarity that a freshness bonus (<see cref="FreshBonus"/>, <see cref="DatedFreshBonus"/>) may add.</summary>
    /// <remarks>
    /// With the bonus a flat amount, a report with weak content overlap (the same president, the same city) joined
    /// whichever story had just come in; capped at a share of the content, it only tips matches the content supports.
    /// </remarks>
    public double FreshBonusShare { get; init; } = 0.6;

    /// <summary>Size, as a multiple of the stream's mean articles per story so far, beyond which a story earns the arrival bonus (<see cref="FreshBonus"/>) only in proportion; 0 turns the limit off.</summary>
    /// <remarks>
    /// Arrival order says a story is current, not that it keeps growing. In a stream that keeps each story's reports
    /// together, the first report of the next story also arrives right after the last one, and a story on the same
    /// actors as its neighbours took them in one after another (four of multinews' Affordable Care Act stories and a
    /// fifth ran into one of 16 reports). A story of twice the allowed size gets half the bonus. multinews' "obama" stories (524 reports) in file
    /// order: 0.669 → 0.758 pairwise; "trump" 0.705 → 0.713; multinews as a whole, giveme5w1h and the dated streams
    /// unchanged; the shuffled orders no worse.
    /// </remarks>
    public double FreshBonusStorySize { get; init; } = 1.5;

    /// <summary>Amount added to the similarity of a story within its time grace.</summary>
    /// <remarks>Smaller than <see cref="FreshBonus"/>: a news day holds many unrelated stories, a burst of arrivals few.</remarks>
    public double DatedFreshBonus { get; init; } = 0.04;

    /// <summary>Largest amount taken off the similarity for a gap in arrivals (undated articles or stories).</summary>
    public double MaxTimePenalty { get; init; } = 0.30;

    /// <summary>Largest amount taken off the similarity for a gap in arrivals when only one side (article or story) is dated; 0 by default.</summary>
    public double MaxMixedTimePenalty { get; init; }

    /// <summary>Largest amount taken off the similarity for a publication gap, when both sides are dated.</summary>
    public double MaxDatedTimePenalty { get; init; } = 0.30;

    /// <summary>A story whose latest article is this far behind the newest publication date seen is dormant.</summary>
    public TimeSpan Dormancy { get; init; } = TimeSpan.FromDays(45);

    /// <summary>A story that has had no article in this many arrivals is dormant, dated or not.</summary>
    public int DormantAfterArrivals { get; init; } = 20_000;

    /// <summary>Time-based dormancy only applies after this many arrivals without news, so a back-filled batch keeps its stories.</summary>
    public int MinArrivalsBeforeDormant { get; init; } = 1_000;

    /// <summary>Every how many arrivals dormant stories are moved out of the index.</summary>
    public int DormancyCheckEvery { get; init; } = 1_000;

    /// <summary>Whether the weight of arrival order (for undated articles and stories) is learned from the stream.</summary>
    public bool LearnArrivalOrder { get; init; } = true;

    /// <summary>Content similarity at which an undated article's best undated story counts as evidence of arrival order.</summary>
    public double ArrivalOrderEvidence { get; init; } = 0.4;

    /// <summary>Over about how many pieces of evidence the arrival-order weight is averaged.</summary>
    public double ArrivalOrderMemory { get; init; } = 50;

    /// <summary>What the learned arrival order starts from: half-way (0.5, half its weight) until the stream shows it.</summary>
    /// <remarks>
    /// At 1 (the old prior) a new stream was trusted to group its stories before it had shown anything: the first
    /// undated reports of a shuffled feed took the full bonus for arriving together and joined one another on little
    /// content. At 0.25 (no weight) a short stream that does group its stories never earns it back. Half-way does no
    /// worse than either on the dev sets: multinews unchanged (0.891 / 0.952); giveme5w1h in German 0.840 / 0.899 →
    /// 0.862 / 0.910 (its undated head is in no story order); multinews' "clinton" stories (168 articles) 0.698 → 0.735
    /// pairwise in file order and 0.328 → 0.483 shuffled.
    /// </remarks>
    public double ArrivalOrderPrior { get; init; } = 0.5;

    /// <summary>Whether copies are detected (and sent to their original's story).</summary>
    public bool DetectDuplicates { get; init; } = true;

    /// <summary>A copy joins its original's story outright only within this many arrivals of it.</summary>
    public int FollowCopiesWithin { get; init; } = 500;

    /// <summary>... and within this publication gap of it (when both are dated).</summary>
    public TimeSpan FollowCopiesWithinTime { get; init; } = TimeSpan.FromDays(3);

    /// <summary>Fewest shingles (of <see cref="NearDuplicateOptions.ShingleWords"/> words, so about 43 words) a shared text needs to make a copy on its own; a shorter one makes a copy only when the headline agrees; 0 turns the limit off.</summary>
    /// <remarks>
    /// multinews (leads without headlines) holds 28 copies of fewer than 60 words, nearly all site boilerplate ("Tweet
    /// with a location ...", "Notice you must log in to continue."), each sent into the first such page's story. With the
    /// limit, copies across gold stories 32 → 9, pairwise F1 0.8908 → 0.8922, B-cubed 0.9523 → 0.9531; giveme5w1h's one
    /// copy across stories (two CNN pages whose text was only a messenger prompt) is gone; the dated probes unchanged.
    /// </remarks>
    public int ShortCopyShingles { get; init; } = 40;

    /// <summary>A text copied this many times, and still coming back after those limits, is boilerplate.</summary>
    public int BoilerplateCopies { get; init; } = 3;

    /// <summary>Whether a dated report that names the day a story began escapes that story's time penalty (a follow-up weeks or months on).</summary>
    /// <remarks>
    /// The publication gap keeps a later story about the same people apart from an earlier one; a report that
    /// cites the earlier story's first day ("the launch on Aug. 29", "October 2, 2017") is about it, so the gap
    /// no longer counts against it. Its content must still pass <see cref="JoinThreshold"/> on its own.
    /// </remarks>
    public bool FollowUpsByNamedDate { get; init; } = true;

    /// <summary>Scale of the similarity of names and numbers alone, which stands in for the content similarity between an article and a story in another language; 0 turns it off.</summary>
    /// <remarks>
    /// Reports of one event in two languages share few words but the same names and figures: the ferry, the company,
    /// the island, the toll. An article in a language other than English also carries its names as an English report
    /// writes them (a known place by its English name), and against a story in another language it is scored on the
    /// terms both languages write alike.
    /// </remarks>
    public double CrossLanguageWeight { get; init; } = 0.7;

    public NearDuplicateOptions Duplicates { get; init; } = new();

    internal void Validate()
    {
        if (TermsPerArticle < 1 || TermsPerStory < TermsPerArticle || LinkMembers < 1 || Candidates < 1 || DormancyCheckEvery < 1 || MaxBodyChars < 1
            || ArrivalOrderMemory < 1 || ArrivalOrderPrior is < 0 or > 1 || FreshBonusShare < 0 || ContestedBelow < 0 || ContestedShare < 0 || FreshBonusStorySize < 0 || CrossLanguageWeight < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(StoryClustererOptions), "sizes must be positive, shares not negative, the arrival-order prior between 0 and 1, and a story must hold at least one article's terms.");
        }
        Duplicates.Validate();
    }
}
