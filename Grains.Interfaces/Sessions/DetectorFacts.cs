using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>What validation needs to know about the session's microscope and detector.</summary>
[Immutable]
public sealed record DetectorFacts(string MicroscopeId, IReadOnlyList<string> DetectorIdsOfMicroscope, string DetectorId, bool DetectorIsGatan, bool MicroscopeHasEnergyFilter)
{
    /// <summary>For facility defaults, which belong to no microscope: hardware rules are left to each session.</summary>
    public static DetectorFacts Unchecked { get; } = new("", [""], "", DetectorIsGatan: true, MicroscopeHasEnergyFilter: true);
}
