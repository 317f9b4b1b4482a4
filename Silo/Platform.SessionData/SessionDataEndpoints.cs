using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;

namespace Platform.Silo.SessionData;

/// <summary>
/// HTTP access to session files with a grant token (issued through GraphQL): <c>GET /files/{path}?token=</c>
/// streams a file (ranges supported) from the filesystem backend or redirects to a per-blob SAS URL on Azure;
/// <c>POST /blobs/sas</c> exchanges a token and a blob name for a SAS URL so an agent uploads straight to Azure.
/// Every failure is a JSON error <c>{ code, message }</c> with 400, 403 or 404; nothing is ever changed here.
/// </summary>
public static class SessionDataEndpoints
{
    public static string FileUrl(BlobKey key, string token) =>
        "/files/" + string.Join('/', key.Value.Split('/').Select(Uri.EscapeDataString)) + "?token=" + Uri.EscapeDataString(token);

    public static WebApplication MapSessionDataEndpoints(this WebApplication app)
    {
        app.MapGet("/files/{**path}", async (string path, string? token, BlobBackend backend, TimeProvider time, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                var (grant, key) = Authorize(backend, token, path, BlobPermissions.Read, time);
                if (backend.SasIssuer is { } sas)
                {
                    return Results.Redirect((await sas.GetBlobSasUriAsync(grant, key, ct)).AbsoluteUri);
                }

                var content = await backend.Store.OpenReadAsync(key, range: null, ct);
                return Results.Stream(content, "application/octet-stream", key.Value[(key.Value.LastIndexOf('/') + 1)..], enableRangeProcessing: true);
            }));

        app.MapPost("/blobs/sas", async (SasRequest request, BlobBackend backend, TimeProvider time, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                if (backend.SasIssuer is not { } sas)
                {
                    return Error(StatusCodes.Status400BadRequest, "NoSasOnThisBackend", "This platform stores files on its filesystem backend; SAS URLs exist only for Azure storage.");
                }

                var (grant, key) = Authorize(backend, request.Token, request.Blob, BlobPermissions.None, time);
                grant.EnsureAllowsAny(key, BlobPermissions.Read | BlobPermissions.Write, time.GetUtcNow());
                return Results.Ok(new SasResponse((await sas.GetBlobSasUriAsync(grant, key, ct)).AbsoluteUri, grant.ExpiresAt));
            }));
        app.MapFileSystemBlobEndpoints();
        return app;
    }

    private static (BlobGrant Grant, BlobKey Key) Authorize(BlobBackend backend, string? token, string? path, BlobPermissions needed, TimeProvider time)
    {
        var grant = BlobGrantToken.Decode(token ?? string.Empty);
        backend.Signer.Verify(grant);
        var key = BlobKey.Parse(path ?? string.Empty);
        if (needed != BlobPermissions.None)
        {
            grant.EnsureAllows(key, needed, time.GetUtcNow());
        }

        return (grant, key);
    }

    private static async Task<IResult> GuardAsync(Func<Task<IResult>> handle)
    {
        try
        {
            return await handle();
        }
        catch (BlobGrantExpiredException e)
        {
            return Error(StatusCodes.Status403Forbidden, "GrantExpired", e.Message);
        }
        catch (BlobAccessDeniedException e)
        {
            return Error(StatusCodes.Status403Forbidden, "AccessDenied", e.Message);
        }
        catch (InvalidBlobKeyException e)
        {
            return Error(StatusCodes.Status400BadRequest, "InvalidPath", e.Message);
        }
        catch (BlobNotFoundException e)
        {
            return Error(StatusCodes.Status404NotFound, "NotFound", e.Message);
        }
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { code, message }, statusCode: status);

}
