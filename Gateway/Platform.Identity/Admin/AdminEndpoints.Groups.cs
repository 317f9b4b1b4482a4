using Microsoft.AspNetCore.Http;
using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Identity.Claims;

namespace Platform.Identity.Admin;

/// <summary>Groups (labs): staff create them; staff or the group's PI manage members.</summary>
public static partial class AdminEndpoints
{
    private static async Task<IResult> CreateGroupAsync(string facilityId, CreateGroupRequest request, HttpContext context, AdminServices services)
    {
        if (Deny(Caller.From(context.User), facilityId, FacilityRole.Staff) is { } denied)
        {
            return denied;
        }

        var group = await services.Accounts.CreateGroupAsync(facilityId, request.Name ?? "", request.PiUserId ?? "").ConfigureAwait(false);
        return Results.Ok(group);
    }

    private static async Task<IResult> AddGroupMemberAsync(string groupId, UserIdRequest request, HttpContext context, AdminServices services)
    {
        if (await DenyGroupAsync(Caller.From(context.User), groupId, services).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        return Results.Ok(await services.Accounts.AddGroupMemberAsync(groupId, request.UserId ?? "").ConfigureAwait(false));
    }

    private static async Task<IResult> RemoveGroupMemberAsync(string groupId, string userId, HttpContext context, AdminServices services)
    {
        if (await DenyGroupAsync(Caller.From(context.User), groupId, services).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        return Results.Ok(await services.Accounts.RemoveGroupMemberAsync(groupId, userId).ConfigureAwait(false));
    }

    private static async Task<IResult?> DenyGroupAsync(Caller caller, string groupId, AdminServices services)
    {
        GroupView group;
        try
        {
            group = await services.Accounts.GetGroupAsync(groupId).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return AdminErrors.NotFound("Group", groupId);
        }

        if (caller.Subject == group.Setup.PiUserId && caller.HasRoleIn(group.Setup.FacilityId, FacilityRole.User))
        {
            return null;
        }

        return caller.BelongsTo(group.Setup.FacilityId) ? Deny(caller, group.Setup.FacilityId, FacilityRole.Staff) : AdminErrors.NotFound("Group", groupId);
    }
}
