using Platform.Gateway.Callers;
using Platform.Gateway.Errors;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: create a session from a booking, copy a session's settings, edit setup, end, extend retention, delete.</summary>
public static class SessionMutations
{
    public static void Describe(SchemaBuilder schema)
    {
        UserErrorTypes.Payload<SessionView>(schema, "SessionPayload", "session", "Session");
        schema.Object<MutationPayload<DeletedSession>>("DeleteSessionPayload", t =>
        {
            t.Description("The result of deleting a session: its global id, or null with the errors that prevented it.");
            t.Field("deletedSessionId", p => p.Value?.GlobalId).Type("ID");
            t.Field("errors", p => p.Errors).Type("[UserError!]!").Description("Typed errors; empty on success.");
        });
        SessionMutationInputs.Describe(schema);
        schema.Mutation(m =>
        {
            m.Field("createSession").Type("SessionPayload!").Argument("input", "CreateSessionInput!")
                .Description("Creates a session from a booking; setup left out takes the facility's and microscope's defaults.")
                .Resolve(ctx => UserErrors.RunAsync(() =>
                {
                    var input = Input(ctx);
                    var collection = input.GetValueOrDefault("collection") is IReadOnlyDictionary<string, object?> c ? SessionSetupTypes.Apply(new CollectionParameters(), c) : null;
                    var processing = input.GetValueOrDefault("processing") is IReadOnlyDictionary<string, object?> p ? SessionSetupTypes.Apply(new ProcessingParameters(), p) : null;
                    var request = new CreateSessionRequest(
                        NodeKeys.Of("Booking", (string)input["bookingId"]!), Caller.From(ctx).UserId, (string)input["name"]!, (string)input["groupId"]!,
                        (string)input["detectorKey"]!, collection, processing, (bool)input["requestedByStaff"]!);
                    return NewSession(ctx).CreateAsync(request);
                }));
            m.Field("copySessionSettings").Type("SessionPayload!").Argument("input", "CopySessionSettingsInput!")
                .Description("Creates a new session with an existing session's group, detector, collection and processing settings.")
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = Input(ctx);
                    var source = await Grain(ctx, (string)input["sourceSessionId"]!).GetAsync().ConfigureAwait(false);
                    var bookingId = input.GetValueOrDefault("bookingId") is string booking ? NodeKeys.Of("Booking", booking) : source.BookingId;
                    var request = new CreateSessionRequest(bookingId, Caller.From(ctx).UserId, (string)input["name"]!, source.Setup.GroupId, source.Setup.DetectorId,
                        source.Setup.Collection, source.Setup.Processing, (bool)input["requestedByStaff"]!);
                    return await NewSession(ctx).CreateAsync(request).ConfigureAwait(false);
                }));
            m.Field("updateSessionSetup").Type("SessionPayload!").Argument("input", "UpdateSessionSetupInput!")
                .Description("Edits a session's setup; fields left out keep their value. Processing changes while a track runs become pending.")
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = Input(ctx);
                    var grain = Grain(ctx, (string)input["sessionId"]!);
                    var current = (await grain.GetAsync().ConfigureAwait(false)).Setup;
                    var setup = new SessionSetup(
                        input.GetValueOrDefault("name") as string ?? ShortName(current.Name),
                        input.GetValueOrDefault("groupId") as string ?? current.GroupId,
                        input.GetValueOrDefault("detectorKey") as string ?? current.DetectorId,
                        SessionSetupTypes.Apply(current.Collection, input.GetValueOrDefault("collection") as IReadOnlyDictionary<string, object?>),
                        SessionSetupTypes.Apply(current.Processing, input.GetValueOrDefault("processing") as IReadOnlyDictionary<string, object?>));
                    return await grain.UpdateSetupAsync(setup).ConfigureAwait(false);
                }));
            m.Field("endSession").Type("SessionPayload!").Argument("input", "SessionInput!")
                .Description("Closes the session: its data now expires after the facility's retention period.")
                .Resolve(ctx => UserErrors.RunAsync(() => Grain(ctx, (string)Input(ctx)["sessionId"]!).EndAsync()));
            m.Field("extendRetention").Type("SessionPayload!").Argument("input", "ExtendRetentionInput!")
                .Description("Staff: keeps an ended session's data longer.")
                .Resolve(ctx => UserErrors.RunAsync(() => Grain(ctx, (string)Input(ctx)["sessionId"]!).ExtendRetentionAsync((int)Input(ctx)["days"]!, Caller.From(ctx).UserId)));
            m.Field("deleteSession").Type("DeleteSessionPayload!").Argument("input", "SessionInput!")
                .Description("Deletes the session, its grids and its files; refused while it runs.")
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var id = (string)Input(ctx)["sessionId"]!;
                    await Grain(ctx, id).DeleteAsync().ConfigureAwait(false);
                    return new DeletedSession(id);
                }));
        });
    }

    internal static IReadOnlyDictionary<string, object?> Input(ResolverContext context) => context.Argument<IReadOnlyDictionary<string, object?>>("input")!;

    internal static ISessionGrain Grain(ResolverContext context, string globalId) =>
        context.Service<IGrainFactory>().GetGrain<ISessionGrain>(NodeKeys.Of("Session", globalId));

    private static ISessionGrain NewSession(ResolverContext context) =>
        context.Service<IGrainFactory>().GetGrain<ISessionGrain>("s-" + Guid.NewGuid().ToString("N"));

    /// <summary>The user-entered part of <c>YYYYMMDD_Name</c>.</summary>
    private static string ShortName(string fullName) => fullName.Length > 9 && fullName[8] == '_' ? fullName[9..] : fullName;
}
