using Microsoft.AspNetCore.Http;
using Platform.Grains.Identity;
using Platform.Identity.Claims;

namespace Platform.Identity.Admin;

/// <summary>
/// Results clients (external pipelines posting micrograph results): staff of a facility register them, the secret is in
/// this one response; they are rotated and revoked like agents (<c>/admin/agents/{clientId}/rotate|revoke</c>).
/// </summary>
public static partial class AdminEndpoints
{
    private static async Task<IResult> RegisterResultsClientAsync(string facilityId, RegisterResultsClientRequest request, HttpContext context, AdminServices services)
    {
        var caller = Caller.From(context.User);
        if (Deny(caller, facilityId, FacilityRole.Staff) is { } denied)
        {
            return denied;
        }

        var issued = await services.Agents.RegisterResultsClientAsync(facilityId, request.Name ?? "", caller.Subject!, context.RequestAborted).ConfigureAwait(false);
        return Results.Ok(new
        {
            clientId = issued.Credential.ClientId,
            clientSecret = issued.ClientSecret,
            facilityId = issued.Credential.FacilityId,
            name = issued.Credential.ClientName,
            note = "The secret is shown once; the client gets tokens with grant_type=client_credentials.",
        });
    }
}
