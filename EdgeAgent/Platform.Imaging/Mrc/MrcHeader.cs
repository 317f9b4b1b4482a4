namespace Platform.Imaging.Mrc;

/// <summary>The decoded fields of an MRC2014 main header (1024 bytes) that matter for images and maps.</summary>
public sealed record MrcHeader
{
    public required int Columns { get; init; }

    public required int Rows { get; init; }

    public required int Sections { get; init; }

    public required MrcMode Mode { get; init; }

    /// <summary>Sampling along X, Y, Z (MX, MY, MZ): the cell spans this many pixels.</summary>
    public required (int X, int Y, int Z) Sampling { get; init; }

    /// <summary>Cell dimensions in Å (CELLA).</summary>
    public required (float X, float Y, float Z) CellAngstrom { get; init; }

    /// <summary>Which axis (1=X, 2=Y, 3=Z) runs along columns, rows and sections (MAPC, MAPR, MAPS).</summary>
    public required (int Column, int Row, int Section) AxisOrder { get; init; }

    public required float MinimumDensity { get; init; }

    public required float MaximumDensity { get; init; }

    public required float MeanDensity { get; init; }

    public required float RmsDeviation { get; init; }

    /// <summary>Space group (ISPG): 0 = image stack, 1 = single volume.</summary>
    public required int SpaceGroup { get; init; }

    /// <summary>Bytes of extended header after the main header (NSYMBT).</summary>
    public required int ExtendedHeaderBytes { get; init; }

    /// <summary>Extended-header type (EXTTYP, e.g. "FEI1", "FEI2", "SERI", "CCP4"), or empty.</summary>
    public required string ExtendedHeaderType { get; init; }

    /// <summary>MRC format version (NVERSION, e.g. 20140); 0 for pre-2014 files.</summary>
    public required int Version { get; init; }

    public required (float X, float Y, float Z) OriginAngstrom { get; init; }

    public required bool IsBigEndian { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Pixel size along X in Å (CELLA.X / MX); 0 when the header does not define it.</summary>
    public double PixelSizeAngstrom => PixelSize(CellAngstrom.X, Sampling.X);

    public double PixelSizeYAngstrom => PixelSize(CellAngstrom.Y, Sampling.Y);

    public double PixelSizeZAngstrom => PixelSize(CellAngstrom.Z, Sampling.Z);

    private static double PixelSize(float cellAngstrom, int sampling) =>
        sampling > 0 && float.IsFinite(cellAngstrom) && cellAngstrom > 0 ? (double)cellAngstrom / sampling : 0.0;
}
