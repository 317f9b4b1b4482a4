using Platform.Runtime;

namespace Platform.Grains.Identity;

/// <summary>A user, keyed by user id (the token subject): sign-in record, memberships and reset ticket.</summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user; throws AlreadyExistsException when the id is taken.</summary>
    Task<UserView> CreateAsync(UserAccount account);

    [ReadOnly]
    Task<UserView> GetAsync();

    /// <summary>Replaces the sign-in record if <paramref name="expectedConcurrencyStamp"/> is current; returns false (and changes nothing) otherwise.</summary>
    Task<bool> UpdateAccountAsync(UserAccount account, string expectedConcurrencyStamp);

    /// <summary>Adds the membership or changes its role.</summary>
    Task<UserView> SetMembershipAsync(FacilityMembership membership);

    /// <summary>Returns whether there was a membership to remove.</summary>
    Task<bool> RemoveMembershipAsync(string facilityId);

    Task SetResetTicketAsync(PasswordResetTicket ticket);

    [ReadOnly]
    Task<PasswordResetTicket?> GetResetTicketAsync();

    /// <summary>Deletes the user and its index rows (memberships included).</summary>
    Task DeleteAsync();
}
