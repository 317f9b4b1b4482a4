using System.Text.Json.Serialization;

namespace Platform.Identity.Tokens;

/// <summary>A successful token response (RFC 6749 §5.1); <see cref="RefreshToken"/> is omitted for client credentials.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken);
