using Platform.Runtime;

namespace Platform.Grains.Exports;

/// <summary>
/// An export job as users see it: status, progress (micrographs written of the selected total, particles written), the
/// output file's path among the session's files once it succeeded, the reason when it failed, and how often it was attempted
/// (a run interrupted by a Silo restart is attempted again from the start).
/// </summary>
[Immutable]
public sealed record ExportJobView
{
    public required string Id { get; init; }

    public required string SessionId { get; init; }

    public required string FacilityId { get; init; }

    public required string RequestedByUserId { get; init; }

    public required ExportSelection Selection { get; init; }

    public required ExportJobStatus Status { get; init; }

    public long MicrographsDone { get; init; }

    /// <summary>Selected micrographs, counted when the run starts; null before.</summary>
    public long? MicrographsTotal { get; init; }

    public long ParticlesWritten { get; init; }

    /// <summary>Selected micrographs left out: no CTF values yet, or a picks file missing or unreadable.</summary>
    public long MicrographsSkipped { get; init; }

    /// <summary>The STAR file's path among the session's files, once the job succeeded.</summary>
    public string? OutputPath { get; init; }

    public long? OutputSizeBytes { get; init; }

    public string? Error { get; init; }

    public int Attempts { get; init; }

    public required DateTimeOffset CreatedAtUtc { get; init; }

    public DateTimeOffset? StartedAtUtc { get; init; }

    public DateTimeOffset? FinishedAtUtc { get; init; }
}
