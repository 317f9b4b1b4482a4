namespace Platform.Imaging.Tiff;

/// <summary>How <see cref="TiffWriter"/> encodes pages: compression, sample type and horizontal predictor.</summary>
public sealed record TiffWriteOptions
{
    public TiffCompression Compression { get; init; } = TiffCompression.None;

    /// <summary>8 or 16 (unsigned integers, values rounded and clamped) or 32 (IEEE float).</summary>
    public int BitsPerSample { get; init; } = 16;

    /// <summary>Horizontal differencing (predictor 2) before compression; integer samples only.</summary>
    public bool HorizontalPredictor { get; init; }

    public bool BigEndian { get; init; }

    /// <summary>Rows per strip (0 = one strip per page).</summary>
    public int RowsPerStrip { get; init; }
}
