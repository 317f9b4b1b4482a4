namespace Platform.Gateway.Agents.Reports;

/// <summary>What happened to one submitted report; the agent deletes it from its outbox unless it is <see cref="Retry"/>.</summary>
public enum AgentReportStatus
{
    /// <summary>Applied now.</summary>
    Applied,

    /// <summary>Applied before (same idempotency key): nothing changed.</summary>
    Duplicate,

    /// <summary>Refused for good (unknown session, another microscope's session, malformed, invalid state): nothing applied.</summary>
    Rejected,

    /// <summary>Not applied because the platform failed (or an earlier report of the batch did): send again.</summary>
    Retry,
}
