using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Grains.Errors;
using Platform.Grains.Microscopes;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.Runtime;

namespace Platform.Gateway.Microscopes;

/// <summary>GraphQL: the staff override <c>removeScopeLock</c>.</summary>
public static class MicroscopeMutations
{
    public static void Describe(SchemaBuilder schema)
    {
        UserErrorTypes.Payload<MicroscopeView>(schema, "MicroscopePayload", "microscope", "Microscope");
        schema.InputObject("RemoveScopeLockInput", i => i
            .Description("Which microscope's run lock staff remove.")
            .Field("microscopeId", "ID!", description: "Global id of the microscope."));
        schema.Mutation(m => m.Field("removeScopeLock").Type("MicroscopePayload!").Argument("input", "RemoveScopeLockInput!")
            .Description("Staff override: releases whatever session holds the microscope's run lock; that session's active run is stopped (force kill on the agent).")
            .Authorize(Rules.Staff(AccessTargets.MicroscopeInInput("microscopeId")))
            .Resolve(ctx => UserErrors.RunAsync(async () =>
            {
                var id = (string)ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!["microscopeId"]!;
                var microscope = await MicroscopeQueries.FindAsync(ctx, id).ConfigureAwait(false) ?? throw new NotFoundException("Microscope", id);
                var grain = ctx.Service<IGrainFactory>().GetGrain<IMicroscopeGrain>(microscope.Id);
                // Released first, then the holder is told: its run (if any) is stopped, never left running without the lock.
                if (await grain.ForceReleaseRunLockAsync(ctx.ActorId()).ConfigureAwait(false) is { } removed)
                {
                    await ctx.Service<IGrainFactory>().GetGrain<ISessionGrain>(removed.SessionId).ScopeLockRemovedAsync(ctx.ActorId()).ConfigureAwait(false);
                }

                return await grain.GetAsync().ConfigureAwait(false);
            })));
    }
}
