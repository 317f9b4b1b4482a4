using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Hosting;

/// <summary>
/// An agent killed, crashed or stopped (service stop) mid-run resumes that run when it starts again: the platform delivers each
/// command once per agent (it resumes the command stream after the last command handled), so the start command comes from the journal.
/// The resumed run settles the target that was being exposed (error, never repeated) and goes on from the journal's queue.
/// </summary>
public sealed partial class AgentHost
{
    private async Task ResumeUnfinishedRunAsync(CancellationToken ct)
    {
        if (_journal.UnfinishedRun() is not { } unfinished)
        {
            return;
        }

        _seenCommands.Add(unfinished.CommandId); // a supervisor that sends the same start again does not start a second run
        await Reporter(unfinished.SessionId).LogAsync(LogPanel.Acquisition, $"command/{unfinished.CommandId}/resume-{_journal.ClaimNextOccurrence(unfinished.SessionId, "agent-restart")}",
            $"Agent restarted during the run of session {unfinished.SessionId}: resuming it from the journal", ct).ConfigureAwait(false);
        await StartAsync(unfinished, ct).ConfigureAwait(false);
    }
}
