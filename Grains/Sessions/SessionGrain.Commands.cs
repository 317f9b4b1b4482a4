using Platform.Grains.AgentCommands;
using Platform.Grains.Grids;

namespace Platform.Grains.Sessions;

/// <summary>
/// Commands to the microscope's agent. Run-control methods queue a command; <see cref="SaveAsync"/> appends the queued
/// commands to <c>agent-commands/&lt;microscopeId&gt;</c> in the same transaction as the state change that caused them.
/// Command ids are <c>sessionId/cmd-N</c>, N counted in the session's state, so they are unique and never reused.
/// </summary>
public sealed partial class SessionGrain
{
    private readonly List<AgentCommandRecord> _queuedCommands = [];

    private void QueueCommand(AgentCommandKind kind, AgentRunPlan? plan = null, bool? pauseBetweenGrids = null, PauseAnswer? answer = null)
    {
        S.AgentCommandCount++;
        _queuedCommands.Add(new AgentCommandRecord($"{GrainKey}/cmd-{S.AgentCommandCount}", GrainKey, kind, TimeProvider.GetUtcNow(), plan, pauseBetweenGrids, answer));
    }

    /// <summary>The run plan from the session and its grids, read before anything changes.</summary>
    private async Task<AgentRunPlan> BuildRunPlanAsync()
    {
        var grids = new List<AgentGridPlan>();
        foreach (var slot in S.Grids.OrderBy(g => g.Position))
        {
            var grid = await GrainFactory.GetGrain<IGridGrain>(slot.GridKey).GetAsync();
            grids.Add(new AgentGridPlan(grid.Position, grid.FinalName, grid.HoleType.Name, grid.MeshSize, grid.MeshMaterial, grid.Protocol, grid.State));
        }

        return new AgentRunPlan(S.Name, S.FacilityId, S.MicroscopeId, grids, S.Setup!.Collection, S.PauseBetweenGrids);
    }

    private List<Runtime.Streams.StreamEvent> TakeQueuedCommands()
    {
        var events = _queuedCommands.Select(c => Streams.CreateEvent(AgentCommandStream.For(S.MicroscopeId), c)).ToList();
        _queuedCommands.Clear();
        return events;
    }
}
