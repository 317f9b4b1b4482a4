namespace Platform.Imaging.Mrc;

/// <summary>How <see cref="MrcWriter"/> encodes a file: data mode, byte order, stack or volume, labels, extended header.</summary>
public sealed record MrcWriteOptions
{
    public static MrcWriteOptions Default { get; } = new();

    public MrcMode Mode { get; init; } = MrcMode.Float32;

    public bool BigEndian { get; init; }

    /// <summary>True writes a volume (ISPG 1, MZ = sections); false an image stack (ISPG 0, MZ 1).</summary>
    public bool IsVolume { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Bytes written as the extended header (NSYMBT is set to their length).</summary>
    public ReadOnlyMemory<byte> ExtendedHeader { get; init; }

    /// <summary>EXTTYP for the extended header, e.g. "SERI" or "FEI1"; empty if none.</summary>
    public string ExtendedHeaderType { get; init; } = "";
}
