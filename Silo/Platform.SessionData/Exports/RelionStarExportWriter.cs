using System.IO.Pipelines;
using Platform.Grains.Exports;
using Platform.Grains.SessionData;
using Platform.Imaging.Star;
using Platform.Processing.Ctf;
using Platform.Processing.ParticleExport;
using Platform.Processing.Picking;

namespace Platform.Silo.SessionData.Exports;

/// <summary>
/// Writes exports with <see cref="RelionParticleStarWriter"/> (the one RELION 3.1+ layout) into a pipe that is uploaded to the
/// session's files as it fills: memory holds the pipe's window, the upload's blocks and one micrograph's picks, whatever the
/// export's size. Picks files are read from the session's files; a missing or unreadable one skips its micrograph (counted).
/// </summary>
public sealed class RelionStarExportWriter(ISessionDataStore sessionData) : IStarExportWriter
{
    public async Task<StarExportResult> WriteAsync(string facilityId, string sessionId, string outputPath, StarExportOptics optics,
        IAsyncEnumerable<ExportedMicrograph> micrographs, StarExportCounters counters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(optics);
        ArgumentNullException.ThrowIfNull(micrographs);
        ArgumentNullException.ThrowIfNull(counters);
        var relion = new RelionOptics(optics.PixelSizeAngstrom,
            new MicroscopeOptics(optics.VoltageKilovolts, optics.SphericalAberrationMillimetres, optics.AmplitudeContrast), optics.ParticleRadiusAngstrom, optics.GroupName)
        {
            PhaseShift = optics.PhasePlate,
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
        var upload = Task.Run(async () =>
        {
            await using var source = pipe.Reader.AsStream();
            try
            {
                return await sessionData.WriteFileAsync(facilityId, sessionId, outputPath, source, stop.Token).ConfigureAwait(false);
            }
            catch
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None);
        var write = Task.Run(() =>
        {
            try
            {
                // Completed explicitly: only a writer that finished normally ends the pipe cleanly, so a failure can never
                // be committed as a shorter, valid-looking file.
                var output = pipe.Writer.AsStream(leaveOpen: true);
                var counts = RelionParticleStarWriter.Write(output, relion, Rows(facilityId, sessionId, micrographs, counters, stop.Token));
                pipe.Writer.Complete();
                return counts;
            }
            catch (Exception error)
            {
                pipe.Writer.Complete(error);
                throw;
            }
        }, CancellationToken.None);
        try
        {
            await Task.WhenAll(upload, write).ConfigureAwait(false);
        }
        catch when (write.Exception?.InnerException is { } cause and not OperationCanceledException)
        {
            // The writer's failure is the cause; the upload only saw the pipe break.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }

        var (written, particles) = await write.ConfigureAwait(false);
        return new StarExportResult(written, particles, counters.Skipped, await upload.ConfigureAwait(false));
    }

    private IEnumerable<MicrographParticles> Rows(string facilityId, string sessionId, IAsyncEnumerable<ExportedMicrograph> micrographs,
        StarExportCounters counters, CancellationToken cancellationToken)
    {
        foreach (var m in micrographs.ToBlockingEnumerable(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReadPicks(facilityId, sessionId, m.PicksPath, cancellationToken) is not { } picks)
            {
                counters.AddSkipped();
                continue;
            }

            counters.AddMicrograph(picks.Count);
            yield return new MicrographParticles
            {
                MicrographName = m.MicrographName,
                DefocusUAngstrom = m.DefocusUAngstrom,
                DefocusVAngstrom = m.DefocusVAngstrom,
                AstigmatismAngleDegrees = m.AstigmatismAngleDegrees,
                PhaseShiftRadians = m.PhaseShiftDegrees * Math.PI / 180,
                CtfFitResolutionAngstrom = m.CtfFitResolutionAngstrom,
                CtfScore = m.CtfScore,
                Picks = picks,
            };
        }
    }

    // Runs on the writer's own thread (RelionParticleStarWriter is synchronous), so waiting here blocks no caller.
    private IReadOnlyList<Pick>? ReadPicks(string facilityId, string sessionId, string path, CancellationToken cancellationToken)
    {
        using var stream = sessionData.OpenFileAsync(facilityId, sessionId, path, cancellationToken).GetAwaiter().GetResult();
        if (stream is null)
        {
            return null;
        }

        try
        {
            using var reader = new StreamReader(stream);
            return PicksFile.Read(reader);
        }
        catch (StarFormatException)
        {
            return null;
        }
    }
}
