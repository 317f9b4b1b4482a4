using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: run control (start, soft stop, pause between grids, the pause prompt) and the staff overrides.</summary>
public static class SessionRunMutations
{
    public static void Describe(SchemaBuilder schema) =>
        schema.Mutation(m =>
        {
            m.Field("startSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Starts the run: takes the microscope's run lock (ScopeLockedError when another session holds it).")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.StartAsync(actor)));
            m.Field("stopSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Soft stop: the current acquisition finishes, then the run stops.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.StopAsync(actor)));
            m.Field("setPauseBetweenGrids").Type("SessionPayload!").Argument("input", "SetPauseBetweenGridsInput!")
                .Description("Whether the run pauses and asks before moving to the next grid.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, _) => grain.SetPauseBetweenGridsAsync((bool)SessionMutations.Input(ctx)["enabled"]!)));
            m.Field("answerPausePrompt").Type("SessionPayload!").Argument("input", "AnswerPausePromptInput!")
                .Description("Continues a run paused between grids.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, _) => grain.AnswerPausePromptAsync((PauseAnswer)SessionMutations.Input(ctx)["answer"]!)));
            m.Field("forceStartSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Staff override: restarts a run whose state was not cleaned up.")
                .Authorize(Rules.Staff(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.ForceStartAsync(actor)));
            m.Field("forceKillSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Staff emergency stop: stops the run at once and releases the scope lock.")
                .Authorize(Rules.Staff(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.ForceKillAsync(actor)));
        });

    private static Task<MutationPayload<SessionView>> Run(ResolverContext context, Func<ISessionGrain, string, Task<SessionView>> action) =>
        UserErrors.RunAsync(async () =>
        {
            var grain = await SessionMutations.GrainAsync(context, (string)SessionMutations.Input(context)["sessionId"]!).ConfigureAwait(false);
            return await action(grain, context.ActorId()).ConfigureAwait(false);
        });
}
