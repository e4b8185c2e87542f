using Storyline.Clustering;
using Storyline.Extraction;
using Storyline.Stories;

namespace Storyline;

/// <summary>Configures and builds the immutable <see cref="Pipeline"/>.</summary>
/// <remarks>Defaults: the standard extractor, clusterer and synthesizer, the system clock, batches of 256 inputs.</remarks>
public sealed class PipelineBuilder
{
    private IArticleExtractor _extractor = new ArticleExtractor();
    private IStorySynthesizer _synthesizer = new StorySynthesizer();
    private Func<Stream?, IStoryClusterer> _clusterer = static state => state is null ? new StoryClusterer() : StoryClusterer.Load(state);
    private TimeProvider _time = TimeProvider.System;
    private int _batchSize = 256;

    public PipelineBuilder WithExtractor(IArticleExtractor extractor)
    {
        _extractor = extractor ?? throw new ArgumentNullException(nameof(extractor));
        return this;
    }

    public PipelineBuilder WithSynthesizer(IStorySynthesizer synthesizer)
    {
        _synthesizer = synthesizer ?? throw new ArgumentNullException(nameof(synthesizer));
        return this;
    }

    /// <summary>How to make a clusterer: from nothing (null) or from a saved state.</summary>
    public PipelineBuilder WithClusterer(Func<Stream?, IStoryClusterer> factory)
    {
        _clusterer = factory ?? throw new ArgumentNullException(nameof(factory));
        return this;
    }

    /// <summary>The clock that stamps when articles were first seen.</summary>
    public PipelineBuilder WithTimeProvider(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        return this;
    }

    /// <summary>How many inputs are committed in one transaction.</summary>
    public PipelineBuilder WithBatchSize(int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _batchSize = batchSize;
        return this;
    }

    public Pipeline Build() => new(_extractor, _clusterer, _synthesizer, _time, _batchSize);
}
