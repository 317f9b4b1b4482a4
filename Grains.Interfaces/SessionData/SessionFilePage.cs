using Platform.Runtime;

namespace Platform.Grains.SessionData;

/// <summary>A page of a session's files; <see cref="ContinuationToken"/> is null on the last page.</summary>
[Immutable]
public sealed record SessionFilePage(IReadOnlyList<SessionFile> Files, string? ContinuationToken);
