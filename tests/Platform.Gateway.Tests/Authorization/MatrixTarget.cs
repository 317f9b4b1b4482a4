namespace Platform.Gateway.Tests.Authorization;

/// <summary>The objects seeded in facility lab-a for one probe and caller: a fresh session (grids 1 and 2, one micrograph).</summary>
public sealed record MatrixTarget(string SessionKey, string MicrographKey)
{
    public string SessionId => Schema.PlatformSchemaHarness.GlobalId("Session", SessionKey);
}
