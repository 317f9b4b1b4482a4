using Microsoft.IdentityModel.Tokens;

namespace Platform.Identity.Tokens;

/// <summary>The public half of a signing key as a JSON Web Key (RFC 7517 / RFC 7518 §6.2: EC P-256).</summary>
public static class JsonWebKeys
{
    public static IReadOnlyDictionary<string, string> Public(ECDsaSecurityKey key)
    {
        var parameters = key.ECDsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = "P-256",
            ["x"] = SecretHashing.Base64Url(parameters.Q.X),
            ["y"] = SecretHashing.Base64Url(parameters.Q.Y),
            ["kid"] = key.KeyId,
            ["use"] = "sig",
            ["alg"] = "ES256",
        };
    }
}
