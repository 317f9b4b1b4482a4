namespace Platform.Grains.Grids;

/// <summary>
/// Acquisition protocols and the <c>auto</c> choice. Rules follow SmartScope's default_protocols.yaml,
/// first match wins: non-holey substrates → NegativeStain; no BIS or a tilted stage → SPA; a holey
/// grid with BIS → SPA-BIS. Unlike SmartScope, a grid always gets a protocol: the fallback is SPA.
/// </summary>
public static class GridProtocols
{
    public const string Auto = "auto";
    public const string Spa = "SPA";
    public const string SpaBis = "SPA-BIS";
    public const string SpaPrecise = "SPA-precise";
    public const string NegativeStain = "NegativeStain";

    public static IReadOnlyList<string> All { get; } = [Spa, SpaBis, SpaPrecise, NegativeStain];

    public static string Resolve(string requested, HoleType holeType, double bisMaxDistanceMicrons, double tiltAngleDegrees)
    {
        if (!string.Equals(requested, Auto, StringComparison.OrdinalIgnoreCase))
        {
            return requested;
        }

        if (holeType.Name is "NegativeStain" or "Lacey" or "MultiA")
        {
            return NegativeStain;
        }

        if (bisMaxDistanceMicrons == 0 || tiltAngleDegrees != 0)
        {
            return Spa;
        }

        if (holeType.HoleSizeMicrons is not null)
        {
            return SpaBis;
        }

        return Spa;
    }
}
