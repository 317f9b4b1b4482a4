using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>Running totals shown on the session page.</summary>
[Immutable]
public sealed record SessionCounters
{
    public int GridsCompleted { get; init; }

    public int SquaresAcquired { get; init; }

    public int HolesAcquired { get; init; }

    public int ExposuresAcquired { get; init; }

    public int MoviesTransferred { get; init; }

    public int MicrographsProcessed { get; init; }
}
