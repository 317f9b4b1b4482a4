using Platform.Grains.Errors;
using Platform.Grains.Micrographs;
using Platform.Grains.SessionData;
using Platform.Grains.Sessions;
using Platform.Runtime;
using Platform.Runtime.Indexing;

namespace Platform.Grains.Exports;

/// <summary>
/// A STAR export job. Start writes QUEUED and a durable reminder; the reminder runs the export (ExportJobGrain.Run.cs). The
/// class is reentrant so that status reads interleave with a long run at its awaits; only the run writes state while it runs.
/// An activation that finds the job RUNNING was interrupted by a Silo stop: it re-arms the reminder at once, and the run
/// attempts again from the start or, after <see cref="ExportJobKeys.MaxAttempts"/>, fails with the reason.
/// </summary>
[GrainType("export-job")]
[Reentrant]
public sealed partial class ExportJobGrain(
    [PersistentState("export-job")] IPersistentState<ExportJobState> state, IIndexReader indexes, IStarExportWriter writer, ISessionDataStore sessionData)
    : Grain, IExportJobGrain, IRemindable
{
    private const string RunReminder = "export-run";

    private Task? _run;

    private ExportJobView Job => state.State.Job ?? throw new NotFoundException("Export job", GrainKey);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Job is { Status: ExportJobStatus.Queued or ExportJobStatus.Running })
        {
            await RegisterOrUpdateReminderAsync(RunReminder, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        }
    }

    public async Task<ExportJobView> StartAsync(StartExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (state.State.Job is { } existing)
        {
            return existing;
        }

        if (ExportJobKeys.SessionOf(GrainKey) != request.SessionId)
        {
            throw new InvalidInputException([new FieldError("sessionId", $"does not match the export job '{GrainKey}'")]);
        }

        var session = await GrainFactory.GetGrain<ISessionGrain>(request.SessionId).GetAsync();
        await SelectionFiltersAsync(request.Selection, session.Id);
        state.State.Job = new ExportJobView
        {
            Id = GrainKey,
            SessionId = session.Id,
            FacilityId = session.FacilityId,
            RequestedByUserId = request.RequestedByUserId,
            Selection = request.Selection,
            Status = ExportJobStatus.Queued,
            CreatedAtUtc = TimeProvider.GetUtcNow(),
        };
        await state.WriteStateAsync();
        await RegisterOrUpdateReminderAsync(RunReminder, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        return Job;
    }

    public Task<ExportJobView> GetAsync() => Task.FromResult(Job);

    public async Task ReceiveReminderAsync(string reminderName, TickStatus status)
    {
        if (reminderName != RunReminder || _run is { IsCompleted: false })
        {
            return;
        }

        if (state.State.Job is not { Status: ExportJobStatus.Queued or ExportJobStatus.Running })
        {
            await UnregisterReminderAsync(RunReminder);
            return;
        }

        _run = RunAsync();
        await _run;
    }

    /// <summary>
    /// The index filters of a selection, built by <see cref="MicrographFilter.ToIndexFilters"/> (the one translation): the ranges
    /// as an unsaved filter, ANDed with the saved filter if named. Bad ranges throw InvalidInputException, an unknown filter NotFoundException.
    /// </summary>
    private async Task<List<IndexFilter>> SelectionFiltersAsync(ExportSelection selection, string sessionId)
    {
        var ranges = new MicrographFilter("export", selection.Ranges, [], []);
        InvalidInputException.ThrowIfAny(ranges.Validate());
        var filters = ranges.ToIndexFilters(sessionId).ToList();
        if (selection.FilterName is { } name)
        {
            filters.AddRange((await GrainFactory.GetGrain<IMicrographFiltersGrain>(sessionId).GetAsync(name)).ToIndexFilters(sessionId));
        }

        if (selection.Source is { } source)
        {
            filters.Add(new(MicrographIndex.Source, IndexOperator.Equal, source));
        }

        return filters;
    }
}
