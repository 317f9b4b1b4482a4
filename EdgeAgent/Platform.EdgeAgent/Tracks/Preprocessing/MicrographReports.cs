using Platform.AgentLink.Contracts;
using Platform.Processing.Pipeline;

namespace Platform.EdgeAgent.Tracks.Preprocessing;

/// <summary>
/// One processed movie as the platform's micrograph report: metrics, the drift trace and the session-relative blob keys of
/// the thumbnail, power spectrum and picks the transfer track uploads from the track's folder (<c>preprocessing/…</c>).
/// Grid position, square and hole are left null: the movie's file name does not carry them reliably and the run
/// journal is not consulted here. Ice thickness is left null: the pipeline's log-ratio proxy is not calibrated to nm.
/// </summary>
public static class MicrographReports
{
    /// <summary>The folder name and blob prefix of the track's outputs (<see cref="TrackSession.FolderOf"/>).</summary>
    public const string BlobPrefix = "preprocessing";

    public static MicrographReport From(string sessionId, MicrographResult result, DateTimeOffset acquiredAtUtc, ProcessingSettings settings, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        var dose = settings.DosePerFrameElectronsPerSquareAngstrom * result.Frames;
        return new MicrographReport($"{sessionId}/{BlobPrefix}/micrograph/{result.Name}/{acquiredAtUtc.UtcTicks}", sessionId, nowUtc, result.Name)
        {
            AcquiredAtUtc = acquiredAtUtc,
            Frames = result.Frames,
            DoseElectronsPerSquareAngstrom = dose > 0 ? dose : null,
            DriftTotalAngstrom = Finite(result.TotalDriftAngstrom),
            DriftTraceXAngstrom = result.DriftTraceAngstrom.All(s => double.IsFinite(s.XAngstrom) && double.IsFinite(s.YAngstrom))
                ? [.. result.DriftTraceAngstrom.Select(s => s.XAngstrom)] : [],
            DriftTraceYAngstrom = result.DriftTraceAngstrom.All(s => double.IsFinite(s.XAngstrom) && double.IsFinite(s.YAngstrom))
                ? [.. result.DriftTraceAngstrom.Select(s => s.YAngstrom)] : [],
            DefocusUAngstrom = Finite(result.DefocusUAngstrom),
            DefocusVAngstrom = Finite(result.DefocusVAngstrom),
            AstigmatismAngleDegrees = Finite(result.AstigmatismAngleDegrees),
            PhaseShiftDegrees = Finite(result.PhaseShiftRadians * 180 / Math.PI),
            CtfFitResolutionAngstrom = Finite(result.CtfFitResolutionAngstrom),
            CtfScore = Finite(result.CtfScore),
            ParticleCount = result.ParticleCount,
            ThumbnailPath = KeyOf(result.ThumbnailPngPath),
            PowerSpectrumPath = KeyOf(result.PowerSpectrumPngPath),
            PicksPath = KeyOf(result.PicksPath),
        };
    }

    /// <summary>The session-relative blob key of an output file of the track: <c>preprocessing/&lt;file name&gt;</c>.</summary>
    public static string KeyOf(string outputPath) => $"{BlobPrefix}/{Path.GetFileName(outputPath)}";

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
