namespace Platform.EdgeAgent.Tracks.Preprocessing;

/// <summary>
/// The durable outcome of one movie: which version of the file (size, modification time) it was, whether it succeeded,
/// and for a success the headline numbers (the full results went to the platform as a micrograph report).
/// </summary>
public sealed record MovieRecord(
    string Name,
    string SourcePath,
    long SizeBytes,
    DateTimeOffset ModifiedAtUtc,
    bool Succeeded,
    string? Error,
    DateTimeOffset RecordedAtUtc,
    double? DefocusUAngstrom = null,
    double? DriftTotalAngstrom = null,
    int? ParticleCount = null,
    double? SecondsTaken = null);
