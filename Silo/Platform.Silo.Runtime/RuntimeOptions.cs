namespace Platform.Silo.Runtime;

/// <summary>Tunables of the grain runtime, with Orleans' defaults where Orleans has one.</summary>
public sealed record RuntimeOptions
{
    /// <summary>How long an activation may stay idle before it is deactivated (Orleans CollectionAge).</summary>
    public TimeSpan CollectionAge { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for (Orleans CollectionQuantum).</summary>
    public TimeSpan CollectionQuantum { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan ReminderPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether this node runs the reminder polling loop (tests that drive delivery by hand turn it off).</summary>
    public bool PollReminders { get; init; } = true;

    /// <summary>How long a node holds a claimed reminder before another node may deliver it again.</summary>
    public TimeSpan ReminderLease { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan MinimumReminderPeriod { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times a call is retried on a fresh activation after an ETag conflict.</summary>
    public int MaxConflictRetries { get; init; } = 5;
}
