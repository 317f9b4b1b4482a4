using System.Buffers.Text;
using System.Text.Json;
using Platform.Blobs.Errors;

namespace Platform.Blobs.Grants;

/// <summary>
/// The compact text form of a <see cref="BlobGrant"/> handed to agents and users: base64url of its JSON. Encoding
/// carries no trust — the holder presents it back and the platform verifies the signature.
/// </summary>
public static class BlobGrantToken
{
    private const int MaxTokenChars = 4096;

    public static string Encode(BlobGrant grant) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(grant));

    /// <summary>Decodes a token; anything malformed throws <see cref="BlobAccessDeniedException"/> (never a parser exception).</summary>
    public static BlobGrant Decode(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenChars)
        {
            throw new BlobAccessDeniedException("The grant token is missing or too long.");
        }

        try
        {
            var grant = JsonSerializer.Deserialize<BlobGrant>(Base64Url.DecodeFromChars(token));
            return grant is { Prefix: not null, Signature: not null }
                ? grant
                : throw new BlobAccessDeniedException("The grant token is malformed.");
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new BlobAccessDeniedException("The grant token is malformed.");
        }
    }
}
