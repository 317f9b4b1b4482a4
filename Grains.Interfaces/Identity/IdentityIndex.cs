using Platform.Runtime.Indexing;

namespace Platform.Grains.Identity;

/// <summary>
/// The identity index tables: users by normalized e-mail, facility members by facility and by user, groups by
/// facility, group members by group and by user, agent credentials by facility and microscope.
/// </summary>
public static class IdentityIndex
{
    public const string UsersTable = "users";
    public const string FacilityMembersTable = "facility_members";
    public const string GroupsTable = "identity_groups";
    public const string GroupMembersTable = "group_members";
    public const string AgentsTable = "agent_credentials";

    public const string NormalizedEmail = "normalized_email";
    public const string DisplayName = "display_name";
    public const string Disabled = "disabled";
    public const string PlatformAdmin = "platform_admin";
    public const string FacilityId = "facility_id";
    public const string UserId = "user_id";
    public const string Role = "role";
    public const string GroupId = "group_id";
    public const string Name = "name";
    public const string PiUserId = "pi_user_id";
    public const string MicroscopeId = "microscope_id";
    public const string Revoked = "revoked";

    public static IndexTable Users { get; } = new(UsersTable,
    [
        new(NormalizedEmail, IndexColumnType.Text, Indexed: true),
        new(DisplayName, IndexColumnType.Text),
        new(Disabled, IndexColumnType.Boolean),
        new(PlatformAdmin, IndexColumnType.Boolean, Indexed: true),
    ]);

    /// <summary>Row key <c>facilityId/userId</c>.</summary>
    public static IndexTable FacilityMembers { get; } = new(FacilityMembersTable,
        [new(FacilityId, IndexColumnType.Text, Indexed: true), new(UserId, IndexColumnType.Text, Indexed: true), new(Role, IndexColumnType.Text)]);

    public static IndexTable Groups { get; } = new(GroupsTable,
        [new(FacilityId, IndexColumnType.Text, Indexed: true), new(Name, IndexColumnType.Text), new(PiUserId, IndexColumnType.Text)]);

    /// <summary>Row key <c>groupId/userId</c>; carries the facility so "my groups in facility F" is one query.</summary>
    public static IndexTable GroupMembers { get; } = new(GroupMembersTable,
        [new(GroupId, IndexColumnType.Text, Indexed: true), new(UserId, IndexColumnType.Text, Indexed: true), new(FacilityId, IndexColumnType.Text)]);

    public static IndexTable Agents { get; } = new(AgentsTable,
        [new(FacilityId, IndexColumnType.Text, Indexed: true), new(MicroscopeId, IndexColumnType.Text, Indexed: true), new(Revoked, IndexColumnType.Boolean)]);

    public static IReadOnlyList<IndexTable> All { get; } = [Users, FacilityMembers, Groups, GroupMembers, Agents];
}
