namespace Platform.Imaging.Tiff;

/// <summary>The facts about one TIFF image file directory (page) needed to decode its strips.</summary>
internal sealed record TiffPage(
    int Width,
    int Height,
    int BitsPerSample,
    int SampleFormat,
    int Compression,
    int Predictor,
    int RowsPerStrip,
    long[] StripOffsets,
    long[] StripByteCounts)
{
    public int BytesPerSample => BitsPerSample / 8;
}
