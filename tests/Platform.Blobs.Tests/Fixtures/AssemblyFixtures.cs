using Platform.Testing;
using Platform.Blobs.Tests.Fixtures;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
