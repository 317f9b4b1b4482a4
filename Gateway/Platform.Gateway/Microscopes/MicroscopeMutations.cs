using Platform.Gateway.Callers;
using Platform.Gateway.Errors;
using Platform.Grains.Errors;
using Platform.Grains.Microscopes;
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
            .Description("Staff override: releases whatever session holds the microscope's run lock.")
            .Resolve(ctx => UserErrors.RunAsync(async () =>
            {
                var input = ctx.Argument<IReadOnlyDictionary<string, object?>>("input")!;
                var key = NodeKeys.Of("Microscope", (string)input["microscopeId"]!);
                var grain = ctx.Service<IGrainFactory>().GetGrain<IMicroscopeGrain>(key);
                await grain.GetAsync().ConfigureAwait(false);
                await grain.ForceReleaseRunLockAsync(Caller.From(ctx).UserId).ConfigureAwait(false);
                return await grain.GetAsync().ConfigureAwait(false);
            })));
    }
}
