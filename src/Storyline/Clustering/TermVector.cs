namespace Storyline.Clustering;

/// <summary>A sparse, L2-normalised term vector with term ids in ascending order.</summary>
internal sealed class TermVector
{
    public static readonly TermVector Empty = new([], []);

    public TermVector(int[] terms, float[] weights)
    {
        Terms = terms;
        Weights = weights;
    }

    public int[] Terms { get; }
    public float[] Weights { get; }
    public int Count => Terms.Length;

    /// <summary>The headline's own unit vector (IDF weights of its terms), empty when there is no headline.</summary>
    public TermVector Title { get; init; } = Empty;

    /// <summary>
    /// For an article in a language other than English: its names as an English report writes them, weighed on the scale
    /// of the article's own terms (not a unit vector); empty otherwise. Not saved with the story's recent members.
    /// </summary>
    public TermVector Bridge { get => _bridge ?? Empty; init => _bridge = value; }

    // Null on Empty itself, whose initialiser runs before Empty is set.
    private readonly TermVector? _bridge;

    /// <summary>Dot product by merging the two sorted term lists: cosine, as both are unit length.</summary>
    public double Dot(TermVector other)
    {
        double sum = 0;
        int i = 0, j = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                sum += (double)Weights[i] * other.Weights[j];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }

    /// <summary>Writes the vector and its title vector.</summary>
    public void Write(BinaryWriter writer)
    {
        WriteTerms(writer);
        Title.WriteTerms(writer);
    }

    /// <summary>Reads what <see cref="Write"/> wrote; states older than title vectors have <paramref name="withTitle"/> false.</summary>
    public static TermVector Read(BinaryReader reader, bool withTitle = true)
    {
        var vector = ReadTerms(reader);
        return withTitle && ReadTerms(reader) is { Count: > 0 } title ? new TermVector(vector.Terms, vector.Weights) { Title = title } : vector;
    }

    private void WriteTerms(BinaryWriter writer)
    {
        writer.Write(Terms.Length);
        for (var i = 0; i < Terms.Length; i++)
        {
            writer.Write(Terms[i]);
            writer.Write(Weights[i]);
        }
    }

    private static TermVector ReadTerms(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var terms = new int[count];
        var weights = new float[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = reader.ReadInt32();
            weights[i] = reader.ReadSingle();
        }
        return new TermVector(terms, weights);
    }
}
