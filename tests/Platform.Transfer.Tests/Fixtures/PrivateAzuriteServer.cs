namespace Platform.Transfer.Tests.Fixtures;

/// <summary>An Azurite of a test class's own, for tests that stop and restart it.</summary>
public sealed class PrivateAzuriteServer : AzuriteServer;
