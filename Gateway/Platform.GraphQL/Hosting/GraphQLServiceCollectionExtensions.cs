using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Persisted;
using Platform.GraphQL.Requests;

namespace Platform.GraphQL.Hosting;

/// <summary>Registers a <see cref="GraphQLEngine"/> built from schema modules, for <c>MapGraphQL(pattern)</c> to find.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton engine. <paramref name="describe"/> receives the builder and the root service provider (for module
    /// registrations that need services). A <see cref="PersistedDocumentStore"/> or <see cref="TimeProvider"/> registered in the container is used.
    /// </summary>
    public static IServiceCollection AddGraphQLEngine(this IServiceCollection services, Action<SchemaBuilder, IServiceProvider> describe, ExecutionOptions? options = null)
    {
        services.AddSingleton(provider =>
        {
            var builder = new SchemaBuilder();
            describe(builder, provider);
            return new GraphQLEngine(builder.Build(), options, provider.GetService<PersistedDocumentStore>(), provider.GetService<TimeProvider>());
        });
        return services;
    }
}
