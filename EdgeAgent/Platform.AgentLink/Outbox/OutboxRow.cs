namespace Platform.AgentLink.Outbox;

/// <summary>One stored report: its place in the outbox (send order), kind, idempotency key and JSON body.</summary>
public sealed record OutboxRow(long Sequence, string Kind, string IdempotencyKey, string Json);
