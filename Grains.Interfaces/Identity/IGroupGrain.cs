using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A group (lab) of one facility, keyed by group id: name, PI and members.</summary>
public interface IGroupGrain : IGrainWithStringKey
{
    /// <summary>Creates the group with its PI as first member; throws AlreadyExistsException when the id is taken.</summary>
    Task<GroupView> CreateAsync(GroupSetup setup);

    [ReadOnly]
    Task<GroupView> GetAsync();

    Task<GroupView> AddMemberAsync(string userId);

    /// <summary>Removes a member; the PI cannot be removed (InvalidStateException).</summary>
    Task<GroupView> RemoveMemberAsync(string userId);
}
