using Microsoft.AspNetCore.Http;
using Platform.Grains.Errors;
using Platform.Grains.Identity;
using Platform.Identity.Agents;
using Platform.Identity.Claims;

namespace Platform.Identity.Admin;

/// <summary>Agent credentials: facility admins register them (the secret is in this one response); staff rotate or revoke.</summary>
public static partial class AdminEndpoints
{
    private static async Task<IResult> RegisterAgentAsync(string facilityId, RegisterAgentRequest request, HttpContext context, AdminServices services)
    {
        var caller = Caller.From(context.User);
        if (Deny(caller, facilityId, FacilityRole.FacilityAdmin) is { } denied)
        {
            return denied;
        }

        var issued = await services.Agents.RegisterAsync(facilityId, request.MicroscopeId ?? "", caller.Subject!).ConfigureAwait(false);
        return Issued(issued);
    }

    private static async Task<IResult> ListAgentsAsync(string facilityId, HttpContext context, AdminServices services)
    {
        if (Deny(Caller.From(context.User), facilityId, FacilityRole.Staff) is { } denied)
        {
            return denied;
        }

        var ids = await services.Agents.ClientIdsOfFacilityAsync(facilityId, context.RequestAborted).ConfigureAwait(false);
        var views = await Task.WhenAll(ids.Select(services.Agents.GetAsync)).ConfigureAwait(false);
        return Results.Ok(views);
    }

    private static async Task<IResult> RotateAgentAsync(string clientId, HttpContext context, AdminServices services)
    {
        if (await DenyAgentAsync(Caller.From(context.User), clientId, services).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        return Issued(await services.Agents.RotateAsync(clientId).ConfigureAwait(false));
    }

    private static async Task<IResult> RevokeAgentAsync(string clientId, HttpContext context, AdminServices services)
    {
        if (await DenyAgentAsync(Caller.From(context.User), clientId, services).ConfigureAwait(false) is { } denied)
        {
            return denied;
        }

        return Results.Ok(await services.Agents.RevokeAsync(clientId).ConfigureAwait(false));
    }

    private static async Task<IResult?> DenyAgentAsync(Caller caller, string clientId, AdminServices services)
    {
        AgentCredentialView agent;
        try
        {
            agent = await services.Agents.GetAsync(clientId).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            return AdminErrors.NotFound("Agent credential", clientId);
        }

        return caller.BelongsTo(agent.FacilityId) ? Deny(caller, agent.FacilityId, FacilityRole.Staff) : AdminErrors.NotFound("Agent credential", clientId);
    }

    private static IResult Issued(IssuedAgentSecret issued) => Results.Ok(new
    {
        clientId = issued.Credential.ClientId,
        clientSecret = issued.ClientSecret,
        facilityId = issued.Credential.FacilityId,
        microscopeId = issued.Credential.MicroscopeId,
        note = "The secret is shown once; store it in the agent's configuration.",
    });
}
