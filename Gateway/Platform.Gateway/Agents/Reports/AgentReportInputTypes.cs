using Platform.Gateway.Sessions;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Agents.Reports;

/// <summary>The <c>AgentReportInput</c> <c>@oneOf</c> and its report kinds (the agent's report records, field for field).</summary>
public static class AgentReportInputTypes
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("AgentRunState", e => e.Description("The run states an agent reports.")
            .Value("RUNNING", SessionRunState.Running).Value("PAUSED", SessionRunState.Paused).Value("STOPPED", SessionRunState.Stopped)
            .Value("COMPLETED", SessionRunState.Completed).Value("ERROR", SessionRunState.Error));
        schema.Enum("AgentLogPanel", e => SessionSubscriptions.PanelValues(e.Description("The log panels: the run page's three and one per streaming track.")));
        schema.Enum("AgentNotificationKind", e => e.Description("Pop-ups an agent raises.")
            .Value("STOP_SIGNAL_RECEIVED", "StopSignalReceived").Value("PAUSE_PROMPT", "PausePrompt").Value("ERROR", "Error").Value("INFO", "Info"));
        Report(schema, "AgentRunStateReportInput", "The run is running, paused at a grid boundary, stopped, completed or in error.", i => i
            .Field("state", "AgentRunState!").Field("message", "String"));
        Report(schema, "AgentGridStateReportInput", "A grid changed state.", i => i
            .Field("gridPosition", "Int!").Field("state", "GridTargetState!"));
        Report(schema, "AgentTargetsFoundReportInput", "Targets found on one image (squares on an atlas, holes on a square).", i => i
            .Field("gridPosition", "Int!").Field("parentTargetId", "ID").Field("targets", "[FoundTargetInput!]!"));
        Report(schema, "AgentTargetStateReportInput", "A target changed state.", i => i
            .Field("gridPosition", "Int!").Field("targetId", "ID!").Field("state", "GridTargetState!").Field("message", "String"));
        Report(schema, "AgentImageReportInput", "An atlas, square or hole image the workflow wrote.", i => i
            .Field("gridPosition", "Int!").Field("targetId", "ID").Field("kind", "TargetImageKind!").Field("relativePath", "String!")
            .Field("widthPixels", "Int!").Field("heightPixels", "Int!").Field("pixelSizeAngstrom", "Float!"));
        Report(schema, "AgentAcquisitionReportInput", "One exposure acquired at a target.", i => i
            .Field("gridPosition", "Int!").Field("targetId", "ID!").Field("relativePath", "String!").Field("defocusMicrons", "Float!")
            .Field("imageShiftXMicrons", "Float!").Field("imageShiftYMicrons", "Float!").Field("exposureSeconds", "Float!")
            .Field("frames", "Int!").Field("doseElectronsPerSquareAngstrom", "Float!"));
        Report(schema, "AgentLogReportInput", "A line for a log panel.", i => i
            .Field("panel", "AgentLogPanel!").Field("message", "String!"));
        Report(schema, "AgentNotificationReportInput", "A pop-up for the session's users.", i => i
            .Field("kind", "AgentNotificationKind!").Field("message", "String!"));
        Report(schema, "AgentMicrographReportInput", "One movie's pre-processing or transfer results, merged into the session's micrograph table under source agent.", i => i
            .Field("result", "MicrographResultInput!"));
        schema.InputObject("AgentReportInput", i => i.OneOf()
            .Description("One report from an agent: exactly one field is given.")
            .Field("runState", "AgentRunStateReportInput").Field("gridState", "AgentGridStateReportInput")
            .Field("targetsFound", "AgentTargetsFoundReportInput").Field("targetState", "AgentTargetStateReportInput")
            .Field("image", "AgentImageReportInput").Field("acquisition", "AgentAcquisitionReportInput")
            .Field("log", "AgentLogReportInput").Field("notification", "AgentNotificationReportInput")
            .Field("trackStatus", "AgentTrackStatusReportInput")
            .Field("micrograph", "AgentMicrographReportInput")
            .Field("classAverages", "AgentClassAveragesReportInput"));
        schema.InputObject("AgentTrackProgressInput", i => i
            .Description("A track's counters: items done, waiting and failed, bytes moved (transfer only) and the recent rates (null until measurable).")
            .Field("itemsDone", "Int!").Field("itemsPending", "Int!").Field("itemsFailed", "Int!").Field("bytesDone", "Float!")
            .Field("itemsPerHour", "Float").Field("bytesPerSecond", "Float"));
        Report(schema, "AgentTrackStatusReportInput", "A track's state and counters; the latest occurredAt of a track wins.", i => i
            .Field("track", "TrackKind!").Field("state", "TrackState!").Field("progress", "AgentTrackProgressInput!").Field("message", "String"));
    }

    private static void Report(SchemaBuilder schema, string name, string description, Action<InputObjectTypeDescriptor> fields) =>
        schema.InputObject(name, i =>
        {
            i.Description(description + " The idempotency key is the agent's, stable across resends.")
                .Field("idempotencyKey", "String!").Field("sessionId", "ID!").Field("occurredAt", "String!", description: "ISO 8601.");
            fields(i);
        });
}
