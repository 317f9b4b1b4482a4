using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Agents;
using Platform.Gateway.Facilities;
using Platform.GraphQL.Hosting;
using Platform.GraphQL.Transport;

namespace Platform.Gateway;

/// <summary>The platform's GraphQL endpoint: the engine with every schema module, at <c>/graphql</c>.</summary>
public static class PlatformGraphQL
{
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services) =>
        services.AddGraphQLEngine((schema, _) =>
        {
            FacilityQueries.Describe(schema);
            AgentApi.Describe(schema);
        });

    public static WebApplication MapPlatformGraphQL(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        return app;
    }
}
