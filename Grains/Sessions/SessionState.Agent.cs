namespace Platform.Grains.Sessions;

/// <summary>The session's part of the agent link: how many commands it issued and the agent reports it applied last.</summary>
public sealed partial class SessionState
{
    public int AgentCommandCount { get; set; }

    /// <summary>
    /// Idempotency keys of the last <see cref="SessionGrain.AppliedReportKeyWindow"/> reports applied here, oldest first.
    /// A window suffices: the agent's outbox resends only its unacknowledged head, in order, in batches smaller than it.
    /// </summary>
    public List<string> AppliedReportKeys { get; set; } = [];
}
