using Platform.Grains.AgentCommands;
using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.Grains.Targets;

namespace Platform.Grains.Grids;

/// <summary>
/// Targets of the grid. Each target is its own grain (a grid can have thousands of holes; lists come from the
/// <c>targets</c> index); the grid fans agent reports out to them and records user edits with their command.
/// </summary>
public sealed partial class GridGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.PendingTargetEdit is { } pending)
        {
            await FinishTargetEditAsync(pending);
        }
    }

    public async Task<bool> RecordTargetsFoundAsync(TargetFound[] targets, string reportKey)
    {
        var view = View();
        var applied = await Task.WhenAll(targets.Select(t => Target(t.TargetId).RecordFoundAsync(view.SessionId, view.Position, t, reportKey)));
        return applied.Any(a => a);
    }

    public async Task<bool> ReportStateAsync(WorkState newState, string reportKey)
    {
        View();
        if (state.State.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        state.State.AppliedReportKeys.Add(reportKey);
        try
        {
            await SetStateAsync(newState);
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        return true;
    }

    public async Task<bool> RecordAtlasImageAsync(TargetImage image, string reportKey)
    {
        View();
        if (state.State.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        state.State.AppliedReportKeys.Add(reportKey);
        state.State.AtlasImages.Add(image);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        return true;
    }

    public Task<IReadOnlyList<TargetImage>> GetAtlasImagesAsync() => Task.FromResult<IReadOnlyList<TargetImage>>(state.State.AtlasImages.ToArray());

    public async Task<string> EditTargetsAsync(TargetFound[] added, string[] removedTargetIds, string userId)
    {
        var view = View();
        await ValidateEditAsync(view, added, removedTargetIds);
        var session = await GrainFactory.GetGrain<ISessionGrain>(view.SessionId).GetAsync();
        var commandId = $"{view.SessionId}/grid-{view.Position}/edit-{state.State.TargetEditCount + 1}";
        var command = new AgentCommandRecord(commandId, view.SessionId, AgentCommandKind.EditTargets, TimeProvider.GetUtcNow(),
            GridPosition: view.Position, AddedTargets: added, RemovedTargetIds: removedTargetIds);
        var pending = new PendingTargetEdit(commandId, added, removedTargetIds);
        state.State.TargetEditCount++;
        state.State.PendingTargetEdit = pending;
        try
        {
            await state.WriteStateAsync([Streams.CreateEvent(AgentCommandStream.For(session.MicroscopeId), command)]);
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        await FinishTargetEditAsync(pending);
        return commandId;
    }

    private async Task ValidateEditAsync(GridView view, IReadOnlyList<TargetFound> added, IReadOnlyList<string> removed)
    {
        var errors = new List<FieldError>();
        if (added.Count == 0 && removed.Count == 0)
        {
            errors.Add(new("targets", "add or remove at least one target"));
        }

        foreach (var (target, i) in added.Select((t, i) => (t, i)))
        {
            if (string.IsNullOrWhiteSpace(target.TargetId) || target.TargetId.Length > 200)
            {
                errors.Add(new($"added[{i}].targetId", "must be 1 to 200 characters"));
            }
            else if (await ExistsAsync(target.TargetId))
            {
                errors.Add(new($"added[{i}].targetId", $"target '{target.TargetId}' already exists on grid {view.Position}"));
            }
        }

        foreach (var (id, i) in removed.Select((t, i) => (t, i)))
        {
            if (!await ExistsAsync(id))
            {
                errors.Add(new($"removed[{i}]", $"no target '{id}' on grid {view.Position}"));
            }
            else if ((await Target(id).GetAsync()).State is not (WorkState.Queued or WorkState.Skipped))
            {
                errors.Add(new($"removed[{i}]", $"target '{id}' has already started"));
            }
        }

        InvalidInputException.ThrowIfAny(errors);
    }

    private async Task FinishTargetEditAsync(PendingTargetEdit pending)
    {
        var view = View();
        foreach (var target in pending.Added)
        {
            if (!await ExistsAsync(target.TargetId))
            {
                await Target(target.TargetId).AddByUserAsync(view.SessionId, view.Position, target);
            }
        }

        foreach (var id in pending.RemovedTargetIds)
        {
            try
            {
                if (!(await Target(id).GetAsync()).RemovedByUser)
                {
                    await Target(id).RemoveByUserAsync();
                }
            }
            catch (InvalidStateException)
            {
                // Started since the edit was validated: like the agent, the platform keeps a started target.
            }
        }

        state.State.PendingTargetEdit = null;
        await state.WriteStateAsync();
    }

    private async Task<bool> ExistsAsync(string targetId)
    {
        try
        {
            await Target(targetId).GetAsync();
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    private ITargetGrain Target(string targetId) => GrainFactory.GetGrain<ITargetGrain>(TargetKeys.For(state.State.SessionId, state.State.Position, targetId));
}
