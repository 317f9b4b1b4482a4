using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;

namespace Platform.Silo.SessionData;

/// <summary>
/// The filesystem backend over HTTP for agents on other machines: the subset of the Azure Blob REST API the agent's block
/// uploader uses — Put Block, Put Block List, Get Block List (uncommitted), Get Blob Properties and Get Blob — under
/// <c>/blobs/session-data/{key}</c>, with the signed grant as <c>?token=</c> instead of a SAS. So one client (AzureBlobStore)
/// serves both backends. Every call goes through a <see cref="GrantScopedBlobStore"/>: nothing outside the grant's prefix,
/// permissions or lifetime is reachable. Errors are Azure's: status, <c>x-ms-error-code</c> and an XML body.
/// </summary>
public static class FileSystemBlobEndpoints
{
    public const string Container = "session-data";

    /// <summary>Largest block accepted (the agent sends 8 MiB blocks by default).</summary>
    public const int MaxBlockBytes = 32 << 20;

    public static WebApplication MapFileSystemBlobEndpoints(this WebApplication app)
    {
        app.MapMethods($"/blobs/{Container}/{{**path}}", [HttpMethods.Put, HttpMethods.Get, HttpMethods.Head], async (HttpContext http, string path, BlobBackend backend, TimeProvider time) =>
        {
            try
            {
                if (backend.SasIssuer is not null)
                {
                    return Error(StatusCodes.Status400BadRequest, "UseAzureStorage", "This platform stores files in Azure: upload there with a SAS from POST /blobs/sas.");
                }

                var grant = BlobGrantToken.Decode(http.Request.Query["token"].ToString());
                backend.Signer.Verify(grant);
                var store = new GrantScopedBlobStore(backend.Store, grant, time);
                var key = BlobKey.Parse(path);
                var comp = http.Request.Query["comp"].ToString();
                return (http.Request.Method, comp) switch
                {
                    ("PUT", "block") => await StageAsync(http, store, key),
                    ("PUT", "blocklist") => await CommitAsync(http, store, key),
                    ("GET", "blocklist") => await BlockListAsync(store, key, http.RequestAborted),
                    ("HEAD", "") => await PropertiesAsync(http, store, key),
                    ("GET", "") => await ReadAsync(http, store, key),
                    _ => Error(StatusCodes.Status400BadRequest, "UnsupportedQueryParameter", $"{http.Request.Method} with comp='{comp}' is not part of this endpoint."),
                };
            }
            catch (BlobGrantExpiredException e)
            {
                return Error(StatusCodes.Status403Forbidden, "AuthenticationFailed", e.Message);
            }
            catch (BlobAccessDeniedException e)
            {
                return Error(StatusCodes.Status403Forbidden, "AuthorizationPermissionMismatch", e.Message);
            }
            catch (InvalidBlobKeyException e)
            {
                return Error(StatusCodes.Status400BadRequest, "InvalidResourceName", e.Message);
            }
            catch (BlobNotFoundException e)
            {
                return Error(StatusCodes.Status404NotFound, "BlobNotFound", e.Message);
            }
            catch (BlobConflictException e)
            {
                return Error(e.StatusCode, "BlobAlreadyExists", e.Message);
            }
            catch (BlobChecksumMismatchException e)
            {
                return Error(StatusCodes.Status400BadRequest, "Md5Mismatch", e.Message, new XElement("UserSpecifiedMd5", e.Expected), new XElement("ServerCalculatedMd5", e.Actual));
            }
            catch (BlobRequestRejectedException e)
            {
                return Error(e.StatusCode, e.ErrorCode, e.Message);
            }
        });
        return app;
    }

    private static async Task<IResult> StageAsync(HttpContext http, IBlobStore store, BlobKey key)
    {
        var blockId = http.Request.Query["blockid"].ToString();
        if (http.Request.Headers.ContentMD5.ToString() is not { Length: > 0 } md5Text || !TryBase64(md5Text, out var md5))
        {
            return Error(StatusCodes.Status400BadRequest, "MissingRequiredHeader", "Content-MD5 (base64 of the block's MD5) is required.");
        }

        if (http.Request.ContentLength is not { } length || length > MaxBlockBytes)
        {
            return Error(StatusCodes.Status413RequestEntityTooLarge, "RequestBodyTooLarge", $"A block needs a Content-Length of at most {MaxBlockBytes} bytes.");
        }

        var content = new byte[length];
        await http.Request.Body.ReadExactlyAsync(content, http.RequestAborted);
        await store.StageBlockAsync(key, blockId, content, md5, http.RequestAborted);
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    private static async Task<IResult> CommitAsync(HttpContext http, IBlobStore store, BlobKey key)
    {
        XDocument list;
        try
        {
            list = await XDocument.LoadAsync(http.Request.Body, LoadOptions.None, http.RequestAborted);
        }
        catch (System.Xml.XmlException e)
        {
            return Error(StatusCodes.Status400BadRequest, "InvalidXmlDocument", e.Message);
        }

        var ids = list.Root?.Elements().Select(e => e.Value).ToList() ?? [];
        var metadata = http.Request.Headers.Where(h => h.Key.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key["x-ms-meta-".Length..].ToLowerInvariant(), h => h.Value.ToString());
        await store.CommitBlocksAsync(key, ids, metadata, http.RequestAborted);
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    private static async Task<IResult> BlockListAsync(IBlobStore store, BlobKey key, CancellationToken ct)
    {
        var blocks = await store.GetUncommittedBlocksAsync(key, ct);
        var xml = new XElement("BlockList", new XElement("CommittedBlocks"), new XElement("UncommittedBlocks",
            blocks.Select(b => new XElement("Block", new XElement("Name", b.BlockId), new XElement("Size", b.SizeBytes.ToString(CultureInfo.InvariantCulture))))));
        return Results.Content(xml.ToString(SaveOptions.DisableFormatting), "application/xml");
    }

    private static async Task<IResult> PropertiesAsync(HttpContext http, IBlobStore store, BlobKey key)
    {
        if (await store.GetPropertiesAsync(key, http.RequestAborted) is not { } properties)
        {
            return Error(StatusCodes.Status404NotFound, "BlobNotFound", $"No blob '{key}'.");
        }

        foreach (var (name, value) in properties.Metadata)
        {
            http.Response.Headers["x-ms-meta-" + name] = value;
        }

        http.Response.ContentLength = properties.LengthBytes;
        return Results.Empty;
    }

    private static async Task<IResult> ReadAsync(HttpContext http, IBlobStore store, BlobKey key)
    {
        var content = await store.OpenReadAsync(key, range: null, http.RequestAborted);
        return Results.Stream(content, "application/octet-stream", enableRangeProcessing: true);
    }

    private static bool TryBase64(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var written) && (bytes = bytes[..written]).Length == 16;
    }

    private static IResult Error(int status, string code, string message, params XElement[] details) =>
        new AzureError(status, code, new XElement("Error", [new XElement("Code", code), new XElement("Message", message), .. details]).ToString(SaveOptions.DisableFormatting));

    /// <summary>An Azure-style error response: the status, <c>x-ms-error-code</c> and the XML error body.</summary>
    private sealed class AzureError(int status, string code, string body) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.Headers["x-ms-error-code"] = code;
            httpContext.Response.ContentType = "application/xml";
            return httpContext.Response.WriteAsync(body);
        }
    }
}
