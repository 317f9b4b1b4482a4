using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Sessions;

/// <summary>
/// GraphQL: nextPYP's track controls — <c>startTrack</c>, <c>stopTrack</c>, <c>restartTrack</c>, <c>clearTrack</c> — each sending a
/// track command to the microscope's agent; a control the track's state does not allow is an <c>InvalidStateError</c>.
/// </summary>
public static class TrackMutations
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.InputObject("TrackInput", i => i.Description("Names one track of a session.")
            .Field("sessionId", "ID!", description: "Global id of the session.")
            .Field("track", "TrackKind!"));
        schema.Mutation(m =>
        {
            m.Field("startTrack").Type("SessionPayload!").Argument("input", "TrackInput!")
                .Description("Starts a track that is not running, with the session's saved processing settings (starting the run starts every track).")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.StartTrackAsync(Track(ctx), actor)));
            m.Field("stopTrack").Type("SessionPayload!").Argument("input", "TrackInput!")
                .Description("Stops a running track after the item in progress; what it did is kept, a start resumes.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.StopTrackAsync(Track(ctx), actor)));
            m.Field("restartTrack").Type("SessionPayload!").Argument("input", "TrackInput!")
                .Description("Restarts a processing track so that pending settings become current (the transfer track restarts with the session).")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, _) => grain.RestartTrackAsync(Track(ctx))));
            m.Field("clearTrack").Type("SessionPayload!").Argument("input", "TrackInput!")
                .Description("Forgets a stopped track's progress and outputs on the agent (never the movies), so a later start redoes every item.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => Run(ctx, (grain, actor) => grain.ClearTrackAsync(Track(ctx), actor)));
        });
    }

    /// <summary>Loads the session as the caller sees it (another facility's or group's is a NotFoundError), then acts.</summary>
    private static Task<MutationPayload<SessionView>> Run(ResolverContext context, Func<ISessionGrain, string, Task<SessionView>> action) =>
        UserErrors.RunAsync(async () =>
        {
            var grain = await SessionMutations.GrainAsync(context, (string)SessionMutations.Input(context)["sessionId"]!).ConfigureAwait(false);
            return await action(grain, context.ActorId()).ConfigureAwait(false);
        });

    private static TrackKind Track(ResolverContext context) => (TrackKind)SessionMutations.Input(context)["track"]!;
}
