namespace Platform.Storage;

/// <summary>
/// A durable reminder row. <see cref="Period"/> null means one-shot. <see cref="ETag"/> changes on every
/// update, so completing a claim is conditional on nobody having changed the row meanwhile.
/// </summary>
public sealed record ReminderEntry(
    string GrainType,
    string GrainKey,
    string Name,
    DateTimeOffset DueAtUtc,
    TimeSpan? Period,
    string ETag);
