using Platform.Gateway.Callers;
using Platform.Gateway.Errors;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: run control (start, soft stop, pause between grids, the pause prompt) and the staff overrides.</summary>
public static class SessionRunMutations
{
    public static void Describe(SchemaBuilder schema) =>
        schema.Mutation(m =>
        {
            m.Field("startSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Starts the run: takes the microscope's run lock (ScopeLockedError when another session holds it).")
                .Resolve(ctx => UserErrors.RunAsync(() => SessionMutations.Grain(ctx, Id(ctx)).StartAsync(Caller.From(ctx).UserId)));
            m.Field("stopSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Soft stop: the current acquisition finishes, then the run stops.")
                .Resolve(ctx => UserErrors.RunAsync(() => SessionMutations.Grain(ctx, Id(ctx)).StopAsync(Caller.From(ctx).UserId)));
            m.Field("setPauseBetweenGrids").Type("SessionPayload!").Argument("input", "SetPauseBetweenGridsInput!")
                .Description("Whether the run pauses and asks before moving to the next grid.")
                .Resolve(ctx => UserErrors.RunAsync(() => SessionMutations.Grain(ctx, Id(ctx)).SetPauseBetweenGridsAsync((bool)SessionMutations.Input(ctx)["enabled"]!)));
            m.Field("answerPausePrompt").Type("SessionPayload!").Argument("input", "AnswerPausePromptInput!")
                .Description("Continues a run paused between grids.")
                .Resolve(ctx => UserErrors.RunAsync(() => SessionMutations.Grain(ctx, Id(ctx)).AnswerPausePromptAsync((PauseAnswer)SessionMutations.Input(ctx)["answer"]!)));
            m.Field("forceStartSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Staff override: restarts a run whose state was not cleaned up.")
                .Resolve(ctx => UserErrors.RunAsync(() => SessionMutations.Grain(ctx, Id(ctx)).ForceStartAsync(Caller.From(ctx).UserId)));
            m.Field("forceKillSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Staff emergency stop: stops the run at once and releases the scope lock.")
                .Resolve(ctx => UserErrors.RunAsync(() => SessionMutations.Grain(ctx, Id(ctx)).ForceKillAsync(Caller.From(ctx).UserId)));
        });

    private static string Id(GraphQL.Execution.ResolverContext context) => (string)SessionMutations.Input(context)["sessionId"]!;
}
