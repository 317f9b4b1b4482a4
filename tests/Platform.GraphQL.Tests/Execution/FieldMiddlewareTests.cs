using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Hosting;
using Platform.GraphQL.Requests;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Field middleware (how a host enforces per-field policies) and the DI registration of an engine.</summary>
public sealed class FieldMiddlewareTests
{
    private static void Describe(SchemaBuilder builder, IServiceProvider services)
    {
        _ = services;
        builder.Query(q =>
        {
            q.Field("public").Type("String").Resolve(_ => "open");
            q.Field("secret").Type("String").Metadata("role", "staff").Resolve(_ => "classified");
        });
        builder.UseFieldMiddleware(
            field => field.Metadata.ContainsKey("role"),
            (context, next) => context.User?.IsInRole((string)context.Field.Metadata["role"]!) == true
                ? next(context)
                : throw new GraphQLException("Not authorised.", "AUTH_NOT_AUTHORIZED"));
    }

    private static async Task<string> RunAsAsync(ClaimsPrincipal? user)
    {
        var services = new ServiceCollection().AddGraphQLEngine(Describe).BuildServiceProvider();
        var engine = services.GetRequiredService<GraphQLEngine>();
        var result = await engine.ExecuteAsync(new GraphQLRequest { Query = "{ public secret }" }, new RequestOptions { User = user, Services = services }, TestContext.Current.CancellationToken);
        return Run.Json(result);
    }

    [Fact]
    public async Task A_policy_middleware_nulls_the_protected_field_with_an_error_and_leaves_the_rest()
    {
        var json = await RunAsAsync(user: null);

        Assert.Equal("""{"errors":[{"message":"Not authorised.","locations":[{"line":1,"column":10}],"path":["secret"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"public":"open","secret":null}}""", json);
    }

    [Fact]
    public async Task A_user_with_the_role_passes_through_to_the_resolver()
    {
        var staff = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "staff")], "test"));

        Assert.Equal("""{"data":{"public":"open","secret":"classified"}}""", await RunAsAsync(staff));
    }
}
