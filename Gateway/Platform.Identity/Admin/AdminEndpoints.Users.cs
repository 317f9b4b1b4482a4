using Microsoft.AspNetCore.Http;
using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Identity.Accounts;
using Platform.Identity.Claims;

namespace Platform.Identity.Admin;

/// <summary>Users: add to a facility (invite or create), list and remove members, reset passwords, disable, platform admins.</summary>
public static partial class AdminEndpoints
{
    private static async Task<IResult> AddFacilityUserAsync(string facilityId, AddFacilityUserRequest request, HttpContext context, AdminServices services)
    {
        var caller = Caller.From(context.User);
        if (Deny(caller, facilityId, FacilityRole.FacilityAdmin) is { } denied)
        {
            return denied;
        }

        if (!FacilityRoleNames.TryParse(request.Role, out var role))
        {
            throw new InvalidInputException([new("role", "must be user, staff or facilityAdmin")]);
        }

        if (string.IsNullOrWhiteSpace(request.Email))
        {
            throw new InvalidInputException([new("email", "is required")]);
        }

        string? invitation = null;
        var user = await services.Accounts.FindByEmailAsync(request.Email).ConfigureAwait(false);
        if (user is null)
        {
            var created = await services.Accounts.CreateUserAsync(new NewUser(request.Email, request.DisplayName ?? "", request.Password)).ConfigureAwait(false);
            (user, invitation) = (created.User, created.InvitationToken);
        }

        user = await services.Accounts.SetMembershipAsync(user.Account.Id, facilityId, role).ConfigureAwait(false);
        return Results.Ok(new { userId = user.Account.Id, email = user.Account.Email, role = FacilityRoleNames.ToName(role), invitationToken = invitation });
    }

    private static async Task<IResult> ListMembersAsync(string facilityId, HttpContext context, AdminServices services)
    {
        if (Deny(Caller.From(context.User), facilityId, FacilityRole.Staff) is { } denied)
        {
            return denied;
        }

        var members = await services.Accounts.MembersOfAsync(facilityId, context.RequestAborted).ConfigureAwait(false);
        return Results.Ok(members.Select(m => new { userId = m.UserId, role = FacilityRoleNames.ToName(m.Role) }));
    }

    private static async Task<IResult> RemoveMemberAsync(string facilityId, string userId, HttpContext context, AdminServices services)
    {
        if (Deny(Caller.From(context.User), facilityId, FacilityRole.FacilityAdmin) is { } denied)
        {
            return denied;
        }

        return await services.Accounts.RemoveMembershipAsync(userId, facilityId).ConfigureAwait(false)
            ? Results.NoContent()
            : AdminErrors.NotFound("Member", userId);
    }

    private static async Task<IResult> IssuePasswordResetAsync(string userId, HttpContext context, AdminServices services)
    {
        if (await DenyUserAsync(Caller.From(context.User), userId, services).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        return Results.Ok(new { userId, resetToken = await services.Accounts.IssuePasswordResetAsync(userId).ConfigureAwait(false) });
    }

    private static async Task<IResult> SetDisabledAsync(string userId, bool disabled, HttpContext context, AdminServices services)
    {
        if (await DenyUserAsync(Caller.From(context.User), userId, services).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        var user = await services.Accounts.SetDisabledAsync(userId, disabled).ConfigureAwait(false);
        return Results.Ok(new { userId, disabled = user.Account.Disabled });
    }

    private static async Task<IResult> AddPlatformAdminAsync(UserIdRequest request, HttpContext context, AdminServices services)
    {
        if (!Caller.From(context.User).IsPlatformAdmin)
        {
            return AdminErrors.Forbidden("Only platform admins make platform admins.");
        }

        var user = await services.Accounts.SetPlatformAdminAsync(request.UserId, true).ConfigureAwait(false);
        return Results.Ok(new { userId = user.Account.Id, platformAdmin = true });
    }

    private static async Task<IResult> ResetPasswordAsync(ResetPasswordRequest request, AdminServices services)
    {
        if (string.IsNullOrEmpty(request.Email) || string.IsNullOrEmpty(request.Token) || string.IsNullOrEmpty(request.NewPassword))
        {
            throw new InvalidInputException([new("request", "email, token and newPassword are required")]);
        }

        await services.Accounts.ResetPasswordAsync(request.Email, request.Token, request.NewPassword).ConfigureAwait(false);
        return Results.NoContent();
    }

    /// <summary>
    /// A facility admin manages a user only when the user belongs to no facility the admin does not administer, so a
    /// password reset or disable in facility A can never reach into facility B. Platform admins manage everyone.
    /// </summary>
    private static async Task<IResult?> DenyUserAsync(Caller caller, string userId, AdminServices services)
    {
        if (caller.IsPlatformAdmin)
        {
            return null;
        }

        UserView user;
        try
        {
            user = await services.Accounts.GetAsync(userId).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return AdminErrors.NotFound("User", userId);
        }

        if (!user.Memberships.Any(m => caller.BelongsTo(m.FacilityId)))
        {
            return AdminErrors.NotFound("User", userId);
        }

        return !user.Account.PlatformAdmin && user.Memberships.All(m => caller.HasRoleIn(m.FacilityId, FacilityRole.FacilityAdmin))
            ? null
            : AdminErrors.Forbidden("Only an admin of every facility the user belongs to (or a platform admin) can do this.");
    }
}
