using Platform.Gateway.Authorization;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.Runtime;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: the <c>Track</c> type (state, counters, message, pending settings, recent logs) and its enums.</summary>
public static class TrackQueries
{
    public const int DefaultLogLines = 20;

    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("TrackKind", e => e.Description("The streaming tracks of a session: transfer, then processing sub-tracks.")
            .Value("TRANSFER", TrackKind.Transfer).Value("PREPROCESSING", TrackKind.Preprocessing).Value("CLASSIFICATION_2D", TrackKind.Classification2D));
        schema.Enum("TrackState", e => e.Description("Status of one streaming track.").Values<TrackState>());
        schema.Object<TrackCounters>("TrackProgress", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A track's counters as its agent last reported them; items are movies (transfer), micrographs or particles.");
            t.Field("itemsDone", c => checked((int)c.ItemsDone)).Type("Int!");
            t.Field("itemsPending", c => checked((int)c.ItemsPending)).Type("Int!").Description("Found and waiting.");
            t.Field("itemsFailed", c => checked((int)c.ItemsFailed)).Type("Int!");
            t.Field("bytesDone", c => (double)c.BytesDone).Type("Float!").Description("Bytes moved (transfer only; a Float: sessions pass 2 GiB).");
            t.Field("itemsPerHour", c => c.ItemsPerHour).Type("Float").Description("Recent rate; null until measurable.");
            t.Field("bytesPerSecond", c => c.BytesPerSecond).Type("Float").Description("Recent throughput (transfer only); null until measurable.");
        });
        schema.Object<TrackLogLine>("TrackLogLine", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One line of a track's log panel.");
            t.Field("at", l => l.AtUtc).Type("DateTime!");
            t.Field("message", l => l.Message).Type("String!");
        });
        schema.Object<SessionTrack>("Track", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One streaming track's status (nextPYP's track model): Start / Stop / Restart / Clear through the track mutations.");
            t.Field("kind", s => s.Status.Track).Type("TrackKind!");
            t.Field("state", s => s.Status.State).Type("TrackState!");
            t.Field("settingsPending", s => s.Status.SettingsPending).Type("Boolean!").Description("Saved settings wait for the track to restart.");
            t.Field("changedAt", s => s.Status.ChangedAtUtc).Type("DateTime");
            t.Field("progress", s => s.Status.Progress).Type("TrackProgress!");
            t.Field("message", s => s.Status.Message).Type("String").Description("Why the track is in error or waiting, or the last control action.");
            t.Field("updatedAt", s => s.Status.ReportedAtUtc).Type("DateTime").Description("When the agent observed the status it last reported; null before any report.");
            t.Field("logs").Type("[TrackLogLine!]!").Argument("last", "Int", DefaultLogLines.ToString(System.Globalization.CultureInfo.InvariantCulture), $"How many of the latest lines (1 to {TrackLogLine.KeptPerTrack}).")
                .Description("The latest lines of the track's log panel, oldest first.")
                .Resolve(LogsAsync);
        });
    }

    private static Task<IReadOnlyList<TrackLogLine>> LogsAsync(ResolverContext context)
    {
        var track = context.Parent<SessionTrack>();
        var last = context.Argument<int?>("last") ?? DefaultLogLines;
        return last is < 1 or > TrackLogLine.KeptPerTrack
            ? throw new GraphQLException($"\"last\" must be 1 to {TrackLogLine.KeptPerTrack}.", ErrorCodes.BadUserInput)
            : context.Service<IGrainFactory>().GetGrain<ISessionGrain>(track.SessionId).GetTrackLogAsync(track.Status.Track, last);
    }
}
