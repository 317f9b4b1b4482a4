using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Requests;

namespace Platform.GraphQL.Transport;

/// <summary><c>MapGraphQL</c>: maps GraphQL over HTTP, WebSocket (graphql-transport-ws), SSE, <c>?sdl</c> and GraphiQL at one path.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>Maps the endpoint for an engine; call <c>app.UseWebSockets()</c> before it for subscriptions over WebSocket.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern, GraphQLEngine engine, Action<GraphQLEndpointOptions>? configure = null)
    {
        var options = new GraphQLEndpointOptions();
        configure?.Invoke(options);
        var handler = new GraphQLHttpHandler(engine, options);
        var path = pattern.TrimEnd('/');
        endpoints.MapGet(path + "/ui/{asset}", (HttpContext http, string asset) => GraphiQLPage.ServeAssetAsync(http, options, asset));
        return endpoints.Map(path, handler.HandleAsync);
    }

    /// <summary>Maps the endpoint for the <see cref="GraphQLEngine"/> registered in the service container.</summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLEndpointOptions>? configure = null) =>
        endpoints.MapGraphQL(pattern, endpoints.ServiceProvider.GetRequiredService<GraphQLEngine>(), configure);
}
