using Platform.Identity.Accounts;
using Platform.Identity.Agents;

namespace Platform.Identity.Tokens;

/// <summary>What the token endpoints need, bundled in one parameter object (eShop style).</summary>
public sealed record TokenEndpointServices(
    PasswordSignIn SignIn,
    AccountDirectory Accounts,
    AgentCredentials Agents,
    AccessTokens AccessTokens,
    RefreshTokens RefreshTokens);
