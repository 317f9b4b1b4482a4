using Platform.Gateway.Authorization;
using Platform.Gateway.Bookings;
using Platform.Gateway.Errors;
using Platform.Grains.Errors;
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
            t.Authorize(Rules.WithParent);
            t.Description("The result of deleting a session: its global id, or null with the errors that prevented it.");
            t.Field("deletedSessionId", p => p.Value?.GlobalId).Type("ID");
            t.Field("errors", p => p.Errors).Type("[UserError!]!").Description("Typed errors; empty on success.");
        });
        SessionMutationInputs.Describe(schema);
        schema.Mutation(m =>
        {
            m.Field("createSession").Type("SessionPayload!").Argument("input", "CreateSessionInput!")
                .Description("Creates a session from a booking; setup left out takes the facility's and microscope's defaults.")
                .Authorize(SessionRules.Create)
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = Input(ctx);
                    var booking = await BookingQueries.FindAsync(ctx, (string)input["bookingId"]!).ConfigureAwait(false)
                        ?? throw new NotFoundException("Booking", (string)input["bookingId"]!);
                    var collection = input.GetValueOrDefault("collection") is IReadOnlyDictionary<string, object?> c ? SessionSetupTypes.Apply(new CollectionParameters(), c) : null;
                    var processing = input.GetValueOrDefault("processing") is IReadOnlyDictionary<string, object?> p ? SessionSetupTypes.Apply(new ProcessingParameters(), p) : null;
                    var request = new CreateSessionRequest(
                        booking.Id, ctx.ActorId(), (string)input["name"]!, (string)input["groupId"]!,
                        (string)input["detectorKey"]!, collection, processing, (bool)input["requestedByStaff"]!);
                    return await NewSession(ctx).CreateAsync(request).ConfigureAwait(false);
                }));
            m.Field("copySessionSettings").Type("SessionPayload!").Argument("input", "CopySessionSettingsInput!")
                .Description("Creates a new session with an existing session's group, detector, collection and processing settings.")
                .Authorize(SessionRules.Copy)
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = Input(ctx);
                    var source = await (await GrainAsync(ctx, (string)input["sourceSessionId"]!).ConfigureAwait(false)).GetAsync().ConfigureAwait(false);
                    var bookingId = input.GetValueOrDefault("bookingId") is string booking
                        ? (await BookingQueries.FindAsync(ctx, booking).ConfigureAwait(false) ?? throw new NotFoundException("Booking", booking)).Id
                        : source.BookingId;
                    var request = new CreateSessionRequest(bookingId, ctx.ActorId(), (string)input["name"]!, source.Setup.GroupId, source.Setup.DetectorId,
                        source.Setup.Collection, source.Setup.Processing, (bool)input["requestedByStaff"]!);
                    return await NewSession(ctx).CreateAsync(request).ConfigureAwait(false);
                }));
            m.Field("updateSessionSetup").Type("SessionPayload!").Argument("input", "UpdateSessionSetupInput!")
                .Description("Edits a session's setup; fields left out keep their value. Processing changes while a track runs become pending.")
                .Authorize(SessionRules.UpdateSetup)
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var input = Input(ctx);
                    var grain = await GrainAsync(ctx, (string)input["sessionId"]!).ConfigureAwait(false);
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
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () => await (await GrainAsync(ctx, (string)Input(ctx)["sessionId"]!).ConfigureAwait(false)).EndAsync().ConfigureAwait(false)));
            m.Field("extendRetention").Type("SessionPayload!").Argument("input", "ExtendRetentionInput!")
                .Description("Staff: keeps an ended session's data longer.")
                .Authorize(Rules.Staff(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                    await (await GrainAsync(ctx, (string)Input(ctx)["sessionId"]!).ConfigureAwait(false)).ExtendRetentionAsync((int)Input(ctx)["days"]!, ctx.ActorId()).ConfigureAwait(false)));
            m.Field("deleteSession").Type("DeleteSessionPayload!").Argument("input", "SessionInput!")
                .Description("Deletes the session, its grids and its files; refused while it runs.")
                .Authorize(Rules.Member(AccessTargets.SessionInInput()))
                .Resolve(ctx => UserErrors.RunAsync(async () =>
                {
                    var id = (string)Input(ctx)["sessionId"]!;
                    await (await GrainAsync(ctx, id).ConfigureAwait(false)).DeleteAsync().ConfigureAwait(false);
                    return new DeletedSession(id);
                }));
        });
    }

    internal static IReadOnlyDictionary<string, object?> Input(ResolverContext context) => context.Argument<IReadOnlyDictionary<string, object?>>("input")!;

    /// <summary>
    /// The grain of the session a mutation names by global id, once the caller is known to see it; an unknown, malformed or
    /// invisible id is the same <see cref="NotFoundException"/> (a NotFoundError in the payload).
    /// </summary>
    internal static async Task<ISessionGrain> GrainAsync(ResolverContext context, string globalId) =>
        context.Service<IGrainFactory>().GetGrain<ISessionGrain>(
            (await SessionQueries.FindAsync(context, globalId).ConfigureAwait(false))?.Id ?? throw new NotFoundException("Session", globalId));

    private static ISessionGrain NewSession(ResolverContext context) =>
        context.Service<IGrainFactory>().GetGrain<ISessionGrain>("s-" + Guid.NewGuid().ToString("N"));

    /// <summary>The user-entered part of <c>YYYYMMDD_Name</c>.</summary>
    private static string ShortName(string fullName) => fullName.Length > 9 && fullName[8] == '_' ? fullName[9..] : fullName;
}
