namespace Platform.Processing.Classification;

/// <summary>Parameters of streaming reference-free 2D classification: classes, search ranges, mask and how fast old mini-batches are forgotten.</summary>
public sealed record Classification2DSettings
{
    public required int ClassCount { get; init; }

    /// <summary>Pixel size of the (downsampled) particle boxes in Å.</summary>
    public required double PixelSizeAngstrom { get; init; }

    /// <summary>Radius of the circular particle mask, in box pixels; references are zero outside it (soft edge).</summary>
    public required double MaskRadiusPixels { get; init; }

    /// <summary>In-plane rotation sampling in degrees (360 / step rotations are searched).</summary>
    public double RotationStepDegrees { get; init; } = 10;

    /// <summary>Largest translation searched, in box pixels (a disc of integer shifts).</summary>
    public int MaxShiftPixels { get; init; } = 4;

    /// <summary>
    /// Weight of the statistics gathered so far when a mini-batch arrives (online EM, Neal &amp; Hinton 1998): below 1 so early
    /// batches, aligned against poor references, fade out.
    /// </summary>
    public double MemoryDecay { get; init; } = 0.85;

    public int Seed { get; init; } = 1;

    public int MaxThreads { get; init; } = Environment.ProcessorCount;

    internal int RotationCount => Math.Max(1, (int)Math.Round(360.0 / RotationStepDegrees));

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ClassCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PixelSizeAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaskRadiusPixels);
        if (RotationStepDegrees is <= 0 or > 360)
        {
            throw new ArgumentOutOfRangeException(nameof(RotationStepDegrees), RotationStepDegrees, "Rotation step must be in (0, 360] degrees.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxShiftPixels);
        if (MemoryDecay is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryDecay), MemoryDecay, "Memory decay must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxThreads);
    }
}
