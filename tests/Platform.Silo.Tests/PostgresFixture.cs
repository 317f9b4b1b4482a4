using Platform.Testing;

[assembly: AssemblyFixture(typeof(Platform.Silo.Tests.PostgresFixture))]

namespace Platform.Silo.Tests;

/// <summary>One throwaway PostgreSQL cluster (infra/postgres/start.sh) for this test assembly.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresCluster Cluster { get; } = new();

    public ValueTask InitializeAsync() => new(Cluster.StartAsync());

    public ValueTask DisposeAsync() => Cluster.DisposeAsync();
}
