using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A group (lab) with its members' user ids; the PI is always a member.</summary>
[Immutable]
public sealed record GroupView(string Id, GroupSetup Setup, IReadOnlyList<string> MemberUserIds, DateTimeOffset CreatedAtUtc);
