using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Gateway.Facilities;
using Platform.Gateway.Sessions;
using Platform.Gateway.Loading;
using Platform.Grains.Microscopes;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Microscopes;

/// <summary>GraphQL: the <c>Microscope</c> node with its detectors, run lock (holder and lease) and agent heartbeat.</summary>
public static class MicroscopeQueries
{
    /// <summary>The microscope, or null when unknown or not visible to the caller (<see cref="Visibility.Microscope"/>).</summary>
    public static async Task<MicroscopeView?> LoadAsync(ResolverContext context, string key) =>
        Visible(context, await GrainLoader.LoadAsync(context, "microscopes", key, (grains, k) => grains.GetGrain<IMicroscopeGrain>(k).GetAsync()).ConfigureAwait(false));

    /// <summary>The microscope a global id names, read now (not cached), as the caller sees it (null: unknown, malformed or invisible).</summary>
    public static async Task<MicroscopeView?> FindAsync(ResolverContext context, string? globalId) =>
        NodeKeys.TryOf("Microscope", globalId) is { } key
            ? Visible(context, await GrainLoader.ReadCurrentAsync(context, grains => grains.GetGrain<IMicroscopeGrain>(key).GetAsync()).ConfigureAwait(false))
            : null;

    private static MicroscopeView? Visible(ResolverContext context, MicroscopeView? microscope) =>
        microscope is not null && Visibility.Microscope(context.Caller(), microscope.Registration.FacilityId, microscope.Id) ? microscope : null;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("DetectorVendor", e => e.Description("Detector manufacturers the workflow distinguishes.").Values<DetectorVendor>());
        schema.Object<Detector>("Detector", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A camera on a microscope; some options apply only to Gatan detectors.");
            t.Field("key", d => d.Id).Type("String!").Description("The detector's id on its microscope (what a session's detectorKey names).");
            t.Field("name", d => d.Name).Type("String!");
            t.Field("model", d => d.Model).Type("String!");
            t.Field("vendor", d => d.Vendor).Type("DetectorVendor!");
        });
        schema.Object<RunLock>("RunLock", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The lease that keeps two sessions off one microscope.");
            t.Field("sessionId", l => GlobalId.Encode("Session", l.SessionId)).Type("ID!").Description("Global id of the holding session.");
            t.Field("session").Type("Session").Description("The holding session.").Resolve(ctx => SessionQueries.LoadAsync(ctx, ctx.Parent<RunLock>().SessionId));
            t.Field("holderUserId", l => l.HolderUserId).Type("String!").Description("Who started the holding run.");
            t.Field("acquiredAt", l => l.AcquiredAtUtc).Type("DateTime!");
            t.Field("leaseExpiresAt", l => l.LeaseExpiresAtUtc).Type("DateTime!").Description("The lock lapses then unless the agent renews it.");
        });
        schema.Object<MicroscopeView>("Microscope", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A microscope of a facility.");
            t.Field("key", m => m.Id).Type("String!").Description("The microscope's own id (e.g. \"demo-krios\").");
            t.Field("facility").Type("Facility!").Resolve(ctx => FacilityQueries.LoadAsync(ctx, ctx.Parent<MicroscopeView>().Registration.FacilityId));
            t.Field("name", m => m.Registration.Name).Type("String!");
            t.Field("model", m => m.Registration.Model).Type("String!");
            t.Field("detectors", m => m.Registration.Detectors).Type("[Detector!]!");
            t.Field("hasEnergyFilter", m => m.Registration.HasEnergyFilter).Type("Boolean!");
            t.Field("autoloaderCapacity", m => m.Registration.AutoloaderCapacity).Type("Int!").Description("Grid positions in the autoloader.");
            t.Field("voltageKilovolts", m => m.Registration.VoltageKilovolts).Type("Float!");
            t.Field("sphericalAberrationMillimetres", m => m.Registration.SphericalAberrationMillimetres).Type("Float!");
            t.Field("runLock", m => m.RunLock).Type("RunLock").Description("The session running on it; null when free or when the lease expired.");
            t.Field("agentSeenAt", m => m.AgentSeenAtUtc).Type("DateTime").Description("The edge agent's last heartbeat.");
        });
        schema.Node<MicroscopeView>("Microscope", m => m.Id, LoadAsync);
        schema.Connection<MicroscopeView>("Microscope");
    }
}
