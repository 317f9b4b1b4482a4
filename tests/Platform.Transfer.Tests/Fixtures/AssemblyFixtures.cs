using Platform.Transfer.Tests.Fixtures;

[assembly: AssemblyFixture(typeof(AzuriteServer))]
