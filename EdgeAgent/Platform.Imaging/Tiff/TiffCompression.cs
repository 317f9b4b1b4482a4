namespace Platform.Imaging.Tiff;

/// <summary>TIFF compression schemes (tag 259) this library reads and writes.</summary>
public enum TiffCompression
{
    None = 1,

    /// <summary>Lempel–Ziv–Welch as specified in TIFF 6.0 §13 (MSB-first codes, early code-width change).</summary>
    Lzw = 5,

    /// <summary>zlib/Deflate (Adobe, tag value 8; the obsolete value 32946 is read too).</summary>
    Deflate = 8,
}
