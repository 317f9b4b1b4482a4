using System.Globalization;
using System.Runtime.CompilerServices;
using Platform.Gateway.Authorization;
using Platform.Grains.AgentCommands;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime.Streams;

namespace Platform.Gateway.Agents.Commands;

/// <summary>
/// <c>agentCommands(microscopeId, fromSequence)</c>: the microscope's durable command stream, replayed from
/// <c>fromSequence</c> (the agent passes one past the last command it processed) and then followed live, in order.
/// </summary>
public static class AgentCommandSubscription
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("AgentCommandKind", e => e.Description("What a command asks the agent to do.").Values<AgentCommandKind>());
        schema.Enum("AgentPauseAnswer", e => e.Description("The answer to the pause-between-grids prompt.").Values<PauseAnswer>());
        schema.Enum("TrackAction", e => e.Description("What a TRACK command asks of the track.").Values<TrackAction>());
        AgentRunPlanTypes.Describe(schema);
        schema.Object<AgentCommandDelivery>("AgentCommand", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A command for a microscope's agent; deduplicate by commandId, resume after sequence.");
            t.Field("sequence", d => checked((int)d.Sequence)).Type("Int!").Description("Position on the microscope's command stream (1-based, gapless).");
            t.Field("commandId", d => d.Command.CommandId).Type("ID!");
            t.Field("sessionId", d => d.Command.SessionId).Type("ID!");
            t.Field("kind", d => d.Command.Kind).Type("AgentCommandKind!");
            t.Field("issuedAt", d => d.Command.IssuedAtUtc.ToString("O", CultureInfo.InvariantCulture)).Type("String!").Description("ISO 8601, UTC.");
            t.Field("plan", d => d.Command.Plan).Type("AgentRunPlan").Description("START_RUN only.");
            t.Field("pauseBetweenGrids", d => d.Command.PauseBetweenGrids).Type("Boolean").Description("SET_PAUSE_BETWEEN_GRIDS only.");
            t.Field("pauseAnswer", d => d.Command.PauseAnswer).Type("AgentPauseAnswer").Description("ANSWER_PAUSE only.");
            t.Field("gridPosition", d => d.Command.GridPosition).Type("Int").Description("EDIT_TARGETS only.");
            t.Field("addedTargets", d => d.Command.AddedTargets).Type("[FoundTarget!]").Description("EDIT_TARGETS only: targets to queue.");
            t.Field("removedTargetIds", d => d.Command.RemovedTargetIds).Type("[ID!]").Description("EDIT_TARGETS only: targets to drop unless started.");
            t.Field("track", d => d.Command.Track?.Track).Type("TrackKind").Description("TRACK only: which track.");
            t.Field("trackAction", d => d.Command.Track?.Action).Type("TrackAction").Description("TRACK only: start, stop, restart or clear.");
            t.Field("trackSettings", d => d.Command.Track?.Settings).Type("ProcessingParameters").Description("TRACK only: the settings the track runs with from this command on.");
            t.Field("sessionName", d => d.Command.Track?.SessionName).Type("String").Description("TRACK only: the session's full YYYYMMDD_Name (the agent's folders are named after it).");
        });
        schema.Subscription(s => s.Field("agentCommands").Type("AgentCommand!")
            .Argument("microscopeId", "ID!")
            .Argument("fromSequence", "Int", "1", "Replay from this sequence (one past the last processed), then follow live.")
            .Description("The commands for one microscope's agent: replay of those not yet processed, then live.")
            .Authorize(AgentAccess.Rule)
            .Subscribe(ctx => Deliveries(ctx)));
    }

    private static async IAsyncEnumerable<AgentCommandDelivery> Deliveries(ResolverContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var microscopeId = await AgentAccess.ActingMicroscopeAsync(context).ConfigureAwait(false);
        var from = context.Argument<int?>("fromSequence") ?? 1;
        if (from < 1)
        {
            throw new GraphQLException("\"fromSequence\" must be 1 or more.", ErrorCodes.BadUserInput);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken);
        var streams = context.Service<IStreamProvider>();
        await foreach (var item in streams.SubscribeAsync<AgentCommandRecord>(AgentCommandStream.For(microscopeId), from, linked.Token).ConfigureAwait(false))
        {
            yield return new AgentCommandDelivery(item.Sequence, item.Item);
        }
    }
}
