namespace Platform.Imaging.Mrc;

/// <summary>MRC2014 data modes (word 4 of the header) that this library reads and writes.</summary>
public enum MrcMode
{
    /// <summary>Signed 8-bit integers (MRC2014; some old writers meant unsigned).</summary>
    Int8 = 0,

    /// <summary>Signed 16-bit integers.</summary>
    Int16 = 1,

    /// <summary>32-bit IEEE floats.</summary>
    Float32 = 2,

    /// <summary>Unsigned 16-bit integers.</summary>
    UInt16 = 6,

    /// <summary>16-bit IEEE floats (MRC2014 addition).</summary>
    Float16 = 12,
}
