namespace Platform.Grains.Grids;

/// <summary>The hole types the platform knows (Quantifoil/C-flat naming: R&lt;diameter&gt;/&lt;gap&gt; in µm).</summary>
public static class HoleTypes
{
    public static IReadOnlyList<HoleType> All { get; } =
    [
        new("R0.6/1", 0.6, 1.0),
        new("R1/1", 1.0, 1.0),
        new("R1/4", 1.0, 4.0),
        new("R1.2/1.3", 1.2, 1.3),
        new("R2/1", 2.0, 1.0),
        new("R2/2", 2.0, 2.0),
        new("R3.5/1", 3.5, 1.0),
        new("Lacey", null, null),
        new("MultiA", null, null),
        new("NegativeStain", null, null),
    ];

    public static HoleType? Find(string name) => All.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
}
