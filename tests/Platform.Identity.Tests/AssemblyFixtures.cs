[assembly: AssemblyFixture(typeof(Platform.Testing.PostgresCluster))]
