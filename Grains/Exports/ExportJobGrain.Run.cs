using System.Runtime.CompilerServices;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Exports;

/// <summary>
/// Running an export: count the selection, stream its micrographs from the index (a page at a time, in acquisition order) to the
/// STAR writer, record progress every <see cref="ProgressInterval"/>, then SUCCEEDED with the output or FAILED with the reason.
/// </summary>
public sealed partial class ExportJobGrain
{
    /// <summary>How often a running job records its progress.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    private const int PageSize = 1000;

    private async Task RunAsync()
    {
        if (Job.Status == ExportJobStatus.Running && Job.Attempts >= ExportJobKeys.MaxAttempts)
        {
            await FinishAsync(Job with { Status = ExportJobStatus.Failed, Error = $"Interrupted {Job.Attempts} times (the platform stopped during the export); not attempted again." });
            return;
        }

        var interrupted = Job.Status == ExportJobStatus.Running;
        await SaveAsync(Job with
        {
            Status = ExportJobStatus.Running, Attempts = Job.Attempts + 1, StartedAtUtc = TimeProvider.GetUtcNow(),
            MicrographsDone = 0, ParticlesWritten = 0, MicrographsSkipped = 0, MicrographsTotal = null,
            Error = interrupted ? $"Attempt {Job.Attempts} was interrupted by a platform restart; started again." : null,
        });
        try
        {
            var session = await GrainFactory.GetGrain<ISessionGrain>(Job.SessionId).GetAsync();
            var filters = await SelectionFiltersAsync(Job.Selection, Job.SessionId);
            var total = await indexes.CountAsync(MicrographIndex.Table, filters);
            await SaveAsync(Job with { MicrographsTotal = total });
            var counters = new StarExportCounters();
            var output = ExportJobKeys.OutputPath(GrainKey);
            await sessionData.DeleteFolderAsync(Job.FacilityId, Job.SessionId, ExportJobKeys.OutputFolder(GrainKey), CancellationToken.None);
            var p = session.Setup.Processing;
            var phasePlate = await HasPhaseShiftsAsync(filters);
            var optics = new StarExportOptics(session.Setup.DetectorId, p.PixelSizeAngstrom, p.VoltageKilovolts, p.SphericalAberrationMillimetres, p.AmplitudeContrast,
                p.ParticleRadiusAngstrom, phasePlate);
            var skippedWithoutCtf = new StrongBox<long>();
            var writing = writer.WriteAsync(Job.FacilityId, Job.SessionId, output, optics, MicrographsAsync(filters, phasePlate, skippedWithoutCtf), counters, CancellationToken.None);
            while (await Task.WhenAny(writing, Task.Delay(ProgressInterval, TimeProvider)) != writing)
            {
                await SaveAsync(Job with { MicrographsDone = counters.Micrographs + counters.Skipped + skippedWithoutCtf.Value, ParticlesWritten = counters.Particles });
            }

            var result = await writing;
            await FinishAsync(Job with
            {
                Status = ExportJobStatus.Succeeded, OutputPath = output, OutputSizeBytes = result.SizeBytes,
                MicrographsDone = result.Micrographs + result.Skipped + skippedWithoutCtf.Value, ParticlesWritten = result.Particles,
                MicrographsSkipped = result.Skipped + skippedWithoutCtf.Value,
            });
        }
        catch (Exception error) when (error is not InconsistentStateException)
        {
            await FinishAsync(Job with { Status = ExportJobStatus.Failed, Error = $"{error.GetType().Name}: {error.Message}" });
        }
    }

    /// <summary>
    /// Whether the selection is phase-plate data: some micrograph has a phase shift other than 0. RELION's CTF job writes
    /// rlnPhaseShift only when it estimated phase shifts, and our agent reports 0 when it did not, so 0 means "no phase plate".
    /// </summary>
    private async Task<bool> HasPhaseShiftsAsync(IReadOnlyList<IndexFilter> filters) =>
        await indexes.CountAsync(MicrographIndex.Table, [.. filters, new IndexFilter(MicrographIndex.PhaseShiftDegrees, IndexOperator.NotEqual, 0.0)]) > 0;

    /// <summary>
    /// The selection's micrographs with CTF values, a page of the index at a time; those without CTF (in phase-plate data, also
    /// those without a phase shift) are counted, not exported.
    /// </summary>
    private async IAsyncEnumerable<ExportedMicrograph> MicrographsAsync(IReadOnlyList<IndexFilter> filters, bool phasePlate, StrongBox<long> skippedWithoutCtf,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        do
        {
            var page = await indexes.QueryAsync(new IndexQuery(MicrographIndex.Table)
            {
                Filters = filters, Order = [new IndexOrder(MicrographIndex.AcquiredAt, Descending: false)], Limit = PageSize, After = after,
            }, cancellationToken);
            foreach (var row in page.Rows)
            {
                if (Exported(row, phasePlate) is { } micrograph)
                {
                    yield return micrograph;
                }
                else
                {
                    Interlocked.Increment(ref skippedWithoutCtf.Value);
                }
            }

            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);
    }

    /// <summary>
    /// RELION's view of one index row. The picks file is where the transfer track puts the pre-processing track's picks
    /// (<c>preprocessing/NAME_picks.star</c>) and the micrograph is named as the pipeline names its sum (<c>NAME_sum_dw.mrc</c>).
    /// </summary>
    private static ExportedMicrograph? Exported(IndexRow row, bool phasePlate)
    {
        double? Number(string column) => row.Values.GetValueOrDefault(column) is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        var name = row.Values.GetValueOrDefault(MicrographIndex.Name) as string;
        var phaseShift = Number(MicrographIndex.PhaseShiftDegrees);
        if (name is null || Number(MicrographIndex.DefocusUAngstrom) is not { } u || Number(MicrographIndex.DefocusVAngstrom) is not { } v || (phasePlate && phaseShift is null))
        {
            return null;
        }

        return new ExportedMicrograph(name + "_sum_dw.mrc", u, v,
            Number(MicrographIndex.ColumnFor(MicrographMetric.AstigmatismAngleDegrees)) ?? 0, phasePlate ? phaseShift!.Value : 0,
            Number(MicrographIndex.ColumnFor(MicrographMetric.CtfFitResolutionAngstrom)) ?? 0,
            Number(MicrographIndex.ColumnFor(MicrographMetric.CtfScore)) ?? 0,
            $"preprocessing/{name}_picks.star");
    }

    private async Task SaveAsync(ExportJobView job)
    {
        state.State.Job = job;
        await state.WriteStateAsync();
    }

    private async Task FinishAsync(ExportJobView job)
    {
        await SaveAsync(job with { FinishedAtUtc = TimeProvider.GetUtcNow() });
        await UnregisterReminderAsync(RunReminder);
    }
}
