using Platform.Testing;

namespace Platform.AgentLink.Tests.Support;

/// <summary>The demo Silo with known credentials: the demo facility admin's password and the demo agent's client secret.</summary>
public static class DemoSilo
{
    public const string AdminEmail = DemoCredentials.AdminEmail;
    public const string AdminPassword = "agent link tests admin";
    public const string AgentClientId = DemoCredentials.AgentClientId;
    public const string AgentSecret = "agent-link-tests-agent-secret";

    public static DemoCredentials Credentials { get; } = new(AdminPassword, AgentSecret);

    public static Task<SiloProcess> StartAsync() => Credentials.StartSiloAsync();
}
