using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Journal;

/// <summary>
/// One target in a grid's local queue: what was found or added (<see cref="Target"/>), its place in the queue, the BIS group
/// centre it is acquired from (null for squares), and its state in the platform's vocabulary.
/// </summary>
public sealed record JournalTarget(int GridPosition, long Sequence, TargetReport Target, string? BisCenterId, WorkState State);
