using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Grains.Identity;
using Platform.Identity.Claims;
using Platform.Identity.Tokens;

namespace Platform.Identity.Admin;

/// <summary>
/// The authenticated JSON admin API for users, groups and agents (until the GraphQL mutations replace it). Another
/// facility's ids answer 404 exactly like unknown ids; a member whose role is too low gets 403.
/// </summary>
public static partial class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization().AddEndpointFilter<AdminErrors>().DisableAntiforgery();
        admin.MapPost("/facilities/{facilityId}/users", AddFacilityUserAsync);
        admin.MapGet("/facilities/{facilityId}/members", ListMembersAsync);
        admin.MapDelete("/facilities/{facilityId}/members/{userId}", RemoveMemberAsync);
        admin.MapPost("/users/{userId}/password-reset", IssuePasswordResetAsync);
        admin.MapPost("/users/{userId}/disable", (string userId, HttpContext context, AdminServices services) => SetDisabledAsync(userId, true, context, services));
        admin.MapPost("/users/{userId}/enable", (string userId, HttpContext context, AdminServices services) => SetDisabledAsync(userId, false, context, services));
        admin.MapPost("/platform-admins", AddPlatformAdminAsync);
        admin.MapPost("/signing-keys/rotate", RotateSigningKeyAsync);
        admin.MapPost("/facilities/{facilityId}/groups", CreateGroupAsync);
        admin.MapPost("/groups/{groupId}/members", AddGroupMemberAsync);
        admin.MapDelete("/groups/{groupId}/members/{userId}", RemoveGroupMemberAsync);
        admin.MapPost("/facilities/{facilityId}/agents", RegisterAgentAsync);
        admin.MapGet("/facilities/{facilityId}/agents", ListAgentsAsync);
        admin.MapPost("/facilities/{facilityId}/results-clients", RegisterResultsClientAsync);
        admin.MapPost("/agents/{clientId}/rotate", RotateAgentAsync);
        admin.MapPost("/agents/{clientId}/revoke", RevokeAgentAsync);
        app.MapPost("/account/reset-password", ResetPasswordAsync).AddEndpointFilter<AdminErrors>().DisableAntiforgery().RequireRateLimiting(TokenEndpoints.RateLimitPolicy);
        return app;
    }

    /// <summary>404 when the caller is not in the facility (it must look unknown), 403 when in it with too low a role, else null.</summary>
    private static IResult? Deny(Caller caller, string facilityId, FacilityRole atLeast) =>
        caller.HasRoleIn(facilityId, atLeast) ? null
        : caller.BelongsTo(facilityId) ? AdminErrors.Forbidden($"This needs the {FacilityRoleNames.ToName(atLeast)} role in facility '{facilityId}'.")
        : AdminErrors.NotFound("Facility", facilityId);

    private static async Task<IResult> RotateSigningKeyAsync(HttpContext context, SigningKeys keys)
    {
        if (!Caller.From(context.User).IsPlatformAdmin)
        {
            return AdminErrors.Forbidden("Only platform admins rotate the signing key.");
        }

        await keys.RotateNowAsync(context.RequestAborted).ConfigureAwait(false);
        return Results.Ok(new { rotated = true });
    }
}
