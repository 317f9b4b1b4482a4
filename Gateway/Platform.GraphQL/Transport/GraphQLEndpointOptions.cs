using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.Transport;

/// <summary>Options of a GraphQL endpoint: authentication hook, GraphiQL, limits and WebSocket timings.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>
    /// Turns the HTTP request (and, for WebSockets, the <c>connection_init</c> payload) into a user.
    /// Called once per HTTP request and once per WebSocket connection. Default: anonymous.
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, object?>?, CancellationToken, ValueTask<GraphQLAuthResult>> Authenticate { get; set; } =
        (_, _, _) => ValueTask.FromResult(GraphQLAuthResult.Anonymous);

    /// <summary>Serve GraphiQL on a browser GET of the endpoint.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Folder holding graphiql.min.js, graphiql.min.css, react.production.min.js and react-dom.production.min.js.</summary>
    public string GraphiQLAssetsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "graphiql");

    /// <summary>Largest request body accepted (HTTP 413 beyond it).</summary>
    public long MaxRequestBytes { get; set; } = 1_000_000;

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> (close 4408 after).</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Most operations one WebSocket connection may run at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Clock for WebSocket timeouts (tests pass a fake one).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
