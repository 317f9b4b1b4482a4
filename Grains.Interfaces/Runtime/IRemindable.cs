namespace Platform.Runtime;

/// <summary>
/// Implemented by grains that register durable reminders. A reminder activates the grain to deliver its
/// tick, survives restarts, and is delivered by one node of the cluster; delivery is at least once, so
/// handlers must be idempotent.
/// </summary>
public interface IRemindable : IGrain
{
    Task ReceiveReminderAsync(string reminderName, TickStatus status);
}
