using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Sessions;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Grids;

/// <summary>GraphQL: add, edit and remove a session's autoloader grids.</summary>
public static class GridMutations
{
    public static void Describe(SchemaBuilder schema)
    {
        UserErrorTypes.Payload<GridView>(schema, "GridPayload", "grid", "Grid", t =>
            t.Field("session").Type("Session").Description("The grid's session after the change.")
                .Resolve(ctx => ctx.Parent<MutationPayload<GridView>>().Value is { } grid ? SessionQueries.LoadAsync(ctx, grid.SessionId) : Task.FromResult<SessionView?>(null)));
        schema.InputObject("GridInput", i => i
            .Description("An autoloader grid as the user enters it.")
            .Field("sessionId", "ID!", description: "Global id of the session.")
            .Field("position", "Int!", description: "Autoloader position (1 to the microscope's capacity).")
            .Field("name", "String", description: "Grid name; empty continues the previous grid's name_N numbering.")
            .Field("holeType", "String!", description: "Hole pattern, e.g. R1.2/1.3, R2/1, or Lacey.")
            .Field("meshSize", "Int!", description: "Mesh size (lines per inch), e.g. 300.")
            .Field("meshMaterial", "MeshMaterial!")
            .Field("protocol", "String!", "\"auto\"", "Acquisition protocol: auto, SPA, SPA-BIS, SPA-precise or NegativeStain."));
        schema.InputObject("RemoveGridInput", i => i
            .Description("Which grid to remove.")
            .Field("sessionId", "ID!").Field("position", "Int!"));
        schema.Mutation(m =>
        {
            m.Field("addGrid").Type("GridPayload!").Argument("input", "GridInput!").Description("Adds a grid at a free autoloader position.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () => await (await SessionAsync(ctx).ConfigureAwait(false)).AddGridAsync(Setup(Input(ctx))).ConfigureAwait(false)));
            m.Field("updateGrid").Type("GridPayload!").Argument("input", "GridInput!").Description("Edits a grid that has not started.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () => await (await SessionAsync(ctx).ConfigureAwait(false)).UpdateGridAsync((int)Input(ctx)["position"]!, Setup(Input(ctx))).ConfigureAwait(false)));
            m.Field("removeGrid").Type("SessionPayload!").Argument("input", "RemoveGridInput!").Description("Removes a grid; refused for a started grid while the run goes on.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () => await (await SessionAsync(ctx).ConfigureAwait(false)).RemoveGridAsync((int)Input(ctx)["position"]!).ConfigureAwait(false)));
        });
    }

    private static IReadOnlyDictionary<string, object?> Input(ResolverContext context) => SessionMutations.Input(context);

    private static Task<ISessionGrain> SessionAsync(ResolverContext context) => SessionMutations.GrainAsync(context, (string)Input(context)["sessionId"]!);

    private static GridSetup Setup(IReadOnlyDictionary<string, object?> input) =>
        new((int)input["position"]!, (string?)input.GetValueOrDefault("name"), (string)input["holeType"]!, (int)input["meshSize"]!, (MeshMaterial)input["meshMaterial"]!, (string)input["protocol"]!);
}
