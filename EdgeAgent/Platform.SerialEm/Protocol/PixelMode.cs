namespace Platform.SerialEm.Protocol;

/// <summary>MRC pixel type codes used by GetBufferImage and PutImageInBuffer (reference §1.7).</summary>
public enum PixelMode
{
    Byte = 0,
    Int16 = 1,
    Float32 = 2,
    UInt16 = 6,
    Rgb = 16,
}
