namespace Platform.Identity.Claims;

/// <summary>The claim names (and fixed values) of the platform's access tokens; <see cref="Caller"/> reads them.</summary>
public static class PlatformClaims
{
    /// <summary>User id, or the agent's client id.</summary>
    public const string Subject = "sub";

    /// <summary><see cref="KindUser"/>, <see cref="KindAgent"/> or <see cref="KindResults"/>.</summary>
    public const string Kind = "kind";

    public const string KindUser = "user";

    public const string KindAgent = "agent";

    /// <summary>A results client (external pipeline): <see cref="FacilityId"/> and <see cref="Name"/> (its source name).</summary>
    public const string KindResults = "results";

    /// <summary>Present with value <c>true</c> only for platform admins.</summary>
    public const string PlatformAdmin = "platform_admin";

    /// <summary>One per facility: <c>facilityId:role</c>, role one of <c>user</c>, <c>staff</c>, <c>facilityAdmin</c>.</summary>
    public const string Membership = "membership";

    /// <summary>One per group (lab) the user belongs to: the group id.</summary>
    public const string Group = "group";

    /// <summary>Agents: the facility of the agent's microscope; results clients: their facility.</summary>
    public const string FacilityId = "facility_id";

    /// <summary>Agents only: the one microscope the agent acts for.</summary>
    public const string MicroscopeId = "microscope_id";

    /// <summary>The OAuth client the token was issued to.</summary>
    public const string ClientId = "client_id";

    public const string Email = "email";

    public const string Name = "name";

    /// <summary>Unique token id.</summary>
    public const string TokenId = "jti";

    /// <summary>The JWT <c>typ</c> header of access tokens (RFC 9068).</summary>
    public const string AccessTokenType = "at+jwt";
}
