using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Platform.Gateway.GraphQL;

/// <summary>
/// The platform's GraphQL endpoint. Until the platform schema is built on the GraphQL engine (Gateway
/// issue), it answers only <c>{ __typename }</c> and says so for anything else, with spec-shaped errors.
/// </summary>
public static class PlatformGraphQLEndpoints
{
    public static IEndpointRouteBuilder MapPlatformGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", async (HttpContext context) =>
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var query = document.RootElement.TryGetProperty("query", out var q) ? q.GetString() : null;
            return Answer(query);
        });
        app.MapGet("/graphql", (string? query) => Answer(query));
        return app;
    }

    private static IResult Answer(string? query)
    {
        var compact = new string((query ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact is "{__typename}" or "query{__typename}")
        {
            return Results.Json(new { data = new { __typename = "Query" } }, contentType: "application/graphql-response+json");
        }

        return Results.Json(new { errors = new[] { new { message = "Only { __typename } is served until the platform schema lands." } } }, contentType: "application/graphql-response+json", statusCode: 400);
    }
}
