using Platform.Testing;

namespace Platform.AgentLink.Tests.Support;

/// <summary>The demo Silo with known credentials: the demo facility admin's password and the demo agent's client secret.</summary>
public static class DemoSilo
{
    public const string AdminEmail = "admin@demo.local";
    public const string AdminPassword = "agent link tests admin";
    public const string AgentClientId = "demo-krios-agent";
    public const string AgentSecret = "agent-link-tests-agent-secret";

    public static Task<SiloProcess> StartAsync() =>
        SiloProcess.StartAsync($"--Platform:DemoAdminPassword={AdminPassword}", $"--Platform:DemoAgentSecret={AgentSecret}");
}
