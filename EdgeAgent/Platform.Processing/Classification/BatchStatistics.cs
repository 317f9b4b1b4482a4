namespace Platform.Processing.Classification;

/// <summary>What one E-step over a mini-batch contributes: posterior-weighted aligned sums and weights per half set and class, the expected residual and the hard assignments.</summary>
internal sealed class BatchStatistics
{
    public BatchStatistics(int classes, int pixels, int particles)
    {
        Sums = new float[2][][];
        Weights = new double[2][];
        for (var h = 0; h < 2; h++)
        {
            Sums[h] = Enumerable.Range(0, classes).Select(_ => new float[pixels]).ToArray();
            Weights[h] = new double[classes];
        }

        Assignments = new int[particles];
    }

    /// <summary>[half][class] Σ_n Σ_(rotation, shift) p · (particle aligned onto the class frame).</summary>
    public float[][][] Sums { get; }

    /// <summary>[half][class] Σ_n p(class | particle).</summary>
    public double[][] Weights { get; }

    /// <summary>Σ_n E[‖X_n − R A‖²], for the noise variance.</summary>
    public double ResidualSquared { get; set; }

    public double PixelCount { get; set; }

    /// <summary>Most probable class of each particle of the batch.</summary>
    public int[] Assignments { get; }
}
