using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Runtime;

namespace Platform.Grains.Targets;

/// <summary>
/// One square, hole or exposure target. Each agent report is applied with its idempotency key in the same write,
/// so the platform applies it once however often it is resent.
/// </summary>
[GrainType("target")]
public sealed class TargetGrain([PersistentState("target")] IPersistentState<TargetState> state) : Grain, ITargetGrain
{
    private TargetState S => state.State;

    public Task<TargetView> GetAsync() => Task.FromResult(View());

    public async Task<bool> RecordFoundAsync(string sessionId, int gridPosition, TargetFound found, string reportKey)
    {
        if (S.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        S.SessionId = sessionId;
        S.GridPosition = gridPosition;
        S.Found = found;
        await SaveAsync(reportKey);
        return true;
    }

    public async Task<TargetView> AddByUserAsync(string sessionId, int gridPosition, TargetFound found)
    {
        if (S.Found is not null && !S.RemovedByUser)
        {
            throw new AlreadyExistsException("Target", found.TargetId);
        }

        S.SessionId = sessionId;
        S.GridPosition = gridPosition;
        S.Found = found;
        S.AddedByUser = true;
        S.RemovedByUser = false;
        S.State = WorkState.Queued;
        S.Message = "Added by a user";
        await SaveAsync(null);
        return View();
    }

    public async Task<TargetView> RemoveByUserAsync()
    {
        View();
        if (S.State is not (WorkState.Queued or WorkState.Skipped))
        {
            throw new InvalidStateException("remove the target", S.State.ToString(), "only targets not yet started can be removed from the queue");
        }

        S.RemovedByUser = true;
        S.State = WorkState.Skipped;
        S.Message = "Removed by a user";
        await SaveAsync(null);
        return View();
    }

    public async Task<bool> ReportStateAsync(WorkState newState, string? message, string reportKey)
    {
        View();
        if (S.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        S.State = newState;
        S.Message = message;
        await SaveAsync(reportKey);
        return true;
    }

    public async Task<bool> RecordAcquisitionAsync(TargetAcquisition acquisition, string reportKey)
    {
        View();
        if (S.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        S.Acquisitions.Add(acquisition);
        await SaveAsync(reportKey);
        return true;
    }

    public async Task<bool> RecordImageAsync(TargetImage image, string reportKey)
    {
        View();
        if (S.AppliedReportKeys.Contains(reportKey))
        {
            return false;
        }

        S.Images.Add(image);
        await SaveAsync(reportKey);
        return true;
    }

    private async Task SaveAsync(string? reportKey)
    {
        if (reportKey is not null)
        {
            S.AppliedReportKeys.Add(reportKey);
        }

        S.UpdatedAtUtc = TimeProvider.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The write did not happen: forget the key so a retry applies the report.
            await state.ReadStateAsync();
            throw;
        }
    }

    private TargetView View() =>
        S.Found is null
            ? throw new NotFoundException("Target", GrainKey)
            : new TargetView(S.SessionId, S.GridPosition, S.Found, S.State, S.Message, S.AddedByUser, S.RemovedByUser, [.. S.Images], [.. S.Acquisitions], S.UpdatedAtUtc);
}
