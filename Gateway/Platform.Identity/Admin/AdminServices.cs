using Platform.Identity.Accounts;
using Platform.Identity.Agents;

namespace Platform.Identity.Admin;

/// <summary>What the admin endpoints need, bundled in one parameter object.</summary>
public sealed record AdminServices(AccountDirectory Accounts, AgentCredentials Agents);
