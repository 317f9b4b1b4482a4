using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.Identity.Tests;

/// <summary>Reads and forges compact JWTs for the rejection tests (no signing: forged tokens must fail).</summary>
public static class Jwt
{
    public static JsonObject Header(string token) => Part(token, 0);

    public static JsonObject Payload(string token) => Part(token, 1);

    /// <summary>The token with its payload replaced; the signature is left as it was, so it no longer matches.</summary>
    public static string WithPayload(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = Payload(token);
        change(payload);
        return $"{parts[0]}.{Encode(payload)}.{parts[2]}";
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given payload and an empty signature.</summary>
    public static string Unsigned(JsonObject payload) =>
        $"{Encode(new JsonObject { ["alg"] = "none", ["typ"] = "at+jwt" })}.{Encode(payload)}.";

    /// <summary>The token with one character of its signature changed.</summary>
    public static string WithFlippedSignatureBit(string token)
    {
        var parts = token.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        signature[^5] ^= 0x01;
        return $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(signature)}";
    }

    private static JsonObject Part(string token, int index) =>
        JsonNode.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[index])))!.AsObject();

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString(JsonSerializerOptions.Default)));
}
