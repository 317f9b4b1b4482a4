using System.Runtime.CompilerServices;
using Platform.Gateway.Authorization;
using Platform.Gateway.Errors;
using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.Runtime;
using Platform.Runtime.Streams;

namespace Platform.Gateway.Sessions;

/// <summary>
/// GraphQL: <c>sessionEvents</c> (replay from a sequence, then live, from the durable <c>session-events/&lt;id&gt;</c>
/// stream) and <c>sessionLog</c> (one log panel's lines); over graphql-transport-ws and SSE.
/// </summary>
public static class SessionSubscriptions
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("SessionEventKind", e => e.Description("What a session event reports.").Values<SessionEventKind>());
        schema.Enum("LogPanel", e => PanelValues(e.Description("The log panels: the run page's three and one per streaming track.")));
        schema.Object<StreamItem<SessionEvent>>("SessionEvent", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One entry of a session's event stream.");
            t.Field("sequence", i => i.Sequence).Type("Int!").Description("Position in the session's stream (1-based, gapless); resume with fromSequence = last + 1.");
            t.Field("sessionId", i => GlobalId.Encode("Session", i.Item.SessionId)).Type("ID!");
            t.Field("kind", i => i.Item.Kind).Type("SessionEventKind!");
            t.Field("at", i => i.Item.AtUtc).Type("DateTime!");
            t.Field("message", i => i.Item.Message).Type("String!");
            t.Field("runState", i => i.Item.RunState).Type("SessionRunState").Description("The run state after the event.");
            t.Field("panel", i => i.Item.Panel).Type("LogPanel").Description("For log lines: the panel.");
            t.Field("detail", i => i.Item.Detail).Type("String");
        });
        schema.Subscription(s =>
        {
            s.Field("sessionEvents").Type("SessionEvent!").Argument("sessionId", "ID!")
                .Argument("fromSequence", "Int", description: "Replay events from this sequence, then follow live; left out: live only.")
                .Description("A session's events: state changes, log lines, notifications.")
                .Authorize(SessionViewer)
                .Subscribe(ctx => EventsAsync(ctx, ctx.Argument<int?>("fromSequence"), panel: null, ctx.CancellationToken));
            s.Field("sessionLog").Type("SessionEvent!").Argument("sessionId", "ID!").Argument("panel", "LogPanel!")
                .Argument("fromSequence", "Int", description: "Replay from this sequence, then follow live; left out: live only.")
                .Description("The log lines of one panel of a session's run page.")
                .Authorize(SessionViewer)
                .Subscribe(ctx => EventsAsync(ctx, ctx.Argument<int?>("fromSequence"), ctx.Argument<LogPanel>("panel"), ctx.CancellationToken));
        });
    }

    /// <summary>The log panels' GraphQL names (the track panels spelled like <c>TrackKind</c>'s values), for every enum of panels.</summary>
    public static EnumTypeDescriptor PanelValues(EnumTypeDescriptor e) => e
        .Value("QUEUE", LogPanel.Queue).Value("ACQUISITION", LogPanel.Acquisition).Value("PROCESSING", LogPanel.Processing)
        .Value("TRANSFER", LogPanel.Transfer).Value("PREPROCESSING", LogPanel.Preprocessing).Value("CLASSIFICATION_2D", LogPanel.Classification2D);

    /// <summary>Users who see the session and its microscope's agent; an unknown, malformed or invisible id fails alike with NOT_FOUND.</summary>
    private static FieldRule SessionViewer { get; } = Rules.Viewer(AccessTargets.SessionArgument(), context =>
    {
        var unknown = new NotFoundException("Session", context.Argument<string>("sessionId") ?? "");
        return FieldDecision.Deny(unknown.Code, unknown.Message);
    });

    private static IAsyncEnumerable<StreamItem<SessionEvent>> EventsAsync(ResolverContext context, int? fromSequence, LogPanel? panel, CancellationToken cancellationToken)
    {
        string key;
        try
        {
            key = NodeKeys.Of("Session", context.Argument<string>("sessionId")!);
        }
        catch (NotFoundException exception)
        {
            throw new GraphQLException(exception.Message, exception.Code);
        }

        if (fromSequence < 1)
        {
            throw new GraphQLException("fromSequence must be 1 or more.", ErrorCodes.BadUserInput);
        }

        return FollowAsync(context.Service<IGrainFactory>(), context.Service<IStreamProvider>(), key, fromSequence, panel, cancellationToken);
    }

    private static async IAsyncEnumerable<StreamItem<SessionEvent>> FollowAsync(
        IGrainFactory grains, IStreamProvider streams, string key, long? fromSequence, LogPanel? panel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Fails with NOT_FOUND before following a stream nobody will ever write to.
        await grains.GetGrain<ISessionGrain>(key).GetAsync().ConfigureAwait(false);
        await foreach (var item in streams.SubscribeAsync<SessionEvent>(new StreamId(SessionEvent.StreamNamespace, key), fromSequence, cancellationToken).ConfigureAwait(false))
        {
            if (panel is null || (item.Item.Kind == SessionEventKind.Log && item.Item.Panel == panel))
            {
                yield return item;
            }
        }
    }
}
