using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Agents;
using Platform.Gateway.Authorization;
using Platform.Gateway.Bench;
using Platform.Gateway.Bookings;
using Platform.Gateway.ClassAverages;
using Platform.Gateway.Errors;
using Platform.Gateway.Exports;
using Platform.Gateway.Facilities;
using Platform.Gateway.Grids;
using Platform.Gateway.Lists;
using Platform.Gateway.Micrographs;
using Platform.Gateway.Microscopes;
using Platform.Gateway.SessionData;
using Platform.Gateway.Sessions;
using Platform.Gateway.Time;
using Platform.GraphQL.Building;
using Platform.GraphQL.Hosting;
using Platform.GraphQL.Transport;

namespace Platform.Gateway;

/// <summary>The platform's GraphQL endpoint: the engine with every schema module, at <c>/graphql</c>.</summary>
public static class PlatformGraphQL
{
    public static IServiceCollection AddPlatformGraphQL(this IServiceCollection services) =>
        services.AddGraphQLEngine((schema, _) => Describe(schema));

    /// <summary>
    /// Adds every module of the platform schema to <paramref name="schema"/> (also used to print the committed SDL). Every
    /// field reachable from the roots must declare an authorization rule (<c>Authorize(Rules.…)</c>) or the build fails.
    /// </summary>
    public static SchemaBuilder Describe(SchemaBuilder schema) => DescribeModules(schema.RequireFieldRules());

    private static SchemaBuilder DescribeModules(SchemaBuilder schema)
    {
        schema.Description("The cryo-EM facility platform: facilities, microscopes, bookings, sessions and grids.");
        schema.Scalar(DateTimeScalar.Type);
        SortDirections.Describe(schema);
        UserErrorTypes.Describe(schema);
        FacilityQueries.Describe(schema);
        MicroscopeQueries.Describe(schema);
        MicroscopeMutations.Describe(schema);
        BookingQueries.Describe(schema);
        SessionSetupTypes.Describe(schema);
        SessionQueries.Describe(schema);
        SessionMutations.Describe(schema);
        SessionRunMutations.Describe(schema);
        TrackMutations.Describe(schema);
        SessionSubscriptions.Describe(schema);
        GridQueries.Describe(schema);
        GridMutations.Describe(schema);
        AgentApi.Describe(schema);
        SessionDataSchema.Describe(schema);
        MicrographQueries.Describe(schema);
        ClassAverageQueries.Describe(schema);
        MicrographExportSchema.Describe(schema);
        return schema;
    }

    public static WebApplication MapPlatformGraphQL(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapGraphQL("/graphql", options =>
        {
            options.Authenticate = TokenAuthentication.AuthenticateAsync;
            options.TimeProvider = app.Services.GetService<TimeProvider>() ?? TimeProvider.System;
        });
        if (app.Configuration.GetValue<bool>("Platform:Bench:StaticEndpoint"))
        {
            app.MapStaticBenchEndpoint();
        }

        return app;
    }
}
