using Platform.Gateway.Authorization;
using Platform.Gateway.Sessions;
using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Targets;
using Platform.GraphQL.Building;
using Platform.Runtime;

namespace Platform.Gateway.Agents.Targets;

/// <summary><c>editGridTargets</c>: a user adds or removes targets while the run goes on; the agent gets an EDIT_TARGETS command.</summary>
public static class GridTargetMutations
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.InputObject("EditGridTargetsInput", i => i
            .Description("Targets to queue and target ids to drop (refused once started).")
            .Field("sessionId", "ID!").Field("gridPosition", "Int!")
            .Field("add", "[FoundTargetInput!]", "[]").Field("remove", "[ID!]", "[]"));
        schema.Object<TargetEditError>("TargetEditError", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("Why a target edit was refused; nothing was changed.");
            t.Field("code", e => e.Code).Type("String!");
            t.Field("field", e => e.Field).Type("String");
            t.Field("message", e => e.Message).Type("String!");
        });
        schema.Object<EditGridTargetsPayload>("EditGridTargetsPayload", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The command id sent to the agent, or the errors.");
            t.Field("commandId", p => p.CommandId).Type("ID");
            t.Field("errors", p => p.Errors).Type("[TargetEditError!]!");
        });
        schema.Mutation(m => m.Field("editGridTargets").Type("EditGridTargetsPayload!").Argument("input", "EditGridTargetsInput!")
            .Description("Adds or removes targets of a grid while its run goes on.")
            .Authorize(Rules.Member(AccessTargets.SessionInInput()))
            .Resolve(async ctx =>
            {
                var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
                if (await SessionQueries.FindAsync(ctx, (string)input["sessionId"]!).ConfigureAwait(false) is not { } session)
                {
                    var unknown = new NotFoundException("Session", (string)input["sessionId"]!);
                    return new EditGridTargetsPayload(null, [new TargetEditError(unknown.Code, "sessionId", unknown.Message)]);
                }

                var grid = ctx.Service<IGrainFactory>().GetGrain<IGridGrain>(GridKeys.For(session.Id, (int)input["gridPosition"]!));
                var added = (input.GetValueOrDefault("add") as List<object?> ?? []).Cast<TargetFound>().ToArray();
                var removed = (input.GetValueOrDefault("remove") as List<object?> ?? []).Cast<string>().ToArray();
                if (added.Select(FoundTargetInput.Problem).FirstOrDefault(p => p is not null) is { } problem)
                {
                    return new EditGridTargetsPayload(null, [new TargetEditError("INVALID_INPUT", "add", problem)]);
                }

                try
                {
                    var commandId = await grid.EditTargetsAsync(added, removed, ctx.ActorId()).ConfigureAwait(false);
                    return new EditGridTargetsPayload(commandId, []);
                }
                catch (InvalidInputException invalid)
                {
                    return new EditGridTargetsPayload(null, [.. invalid.Errors.Select(e => new TargetEditError(invalid.Code, e.Field, e.Reason))]);
                }
                catch (DomainException refused)
                {
                    return new EditGridTargetsPayload(null, [new TargetEditError(refused.Code, null, refused.Message)]);
                }
            }));
    }
}
