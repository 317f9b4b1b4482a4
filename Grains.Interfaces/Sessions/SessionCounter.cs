namespace Platform.Grains.Sessions;

/// <summary>One running total of <see cref="SessionCounters"/>, counted once per agent report.</summary>
public enum SessionCounter
{
    GridsCompleted,
    SquaresAcquired,
    HolesAcquired,
    ExposuresAcquired,
    MoviesTransferred,
    MicrographsProcessed,
}
