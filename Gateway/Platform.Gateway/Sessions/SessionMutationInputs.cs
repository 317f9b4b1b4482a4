using Platform.GraphQL.Building;

namespace Platform.Gateway.Sessions;

/// <summary>GraphQL: the input types of the session mutations.</summary>
public static class SessionMutationInputs
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.InputObject("CreateSessionInput", i => i
            .Description("A new session on a booking.")
            .Field("bookingId", "ID!", description: "Global id of the booking.")
            .Field("name", "String!", description: "Short name; the session is named YYYYMMDD_name.")
            .Field("groupId", "String!")
            .Field("detectorKey", "String!", description: "Key of one of the booking microscope's detectors.")
            .Field("collection", "CollectionParametersInput", description: "Left out: the facility's defaults.")
            .Field("processing", "ProcessingParametersInput", description: "Left out: platform defaults with the microscope's voltage and Cs.")
            .Field("requestedByStaff", "Boolean!", "false", "Staff may create sessions outside the booking's dates."));
        schema.InputObject("CopySessionSettingsInput", i => i
            .Description("A new session with another session's settings.")
            .Field("sourceSessionId", "ID!", description: "Global id of the session to copy settings from.")
            .Field("bookingId", "ID", description: "Booking of the new session; left out: the source's booking.")
            .Field("name", "String!", description: "Short name of the new session.")
            .Field("requestedByStaff", "Boolean!", "false"));
        schema.InputObject("UpdateSessionSetupInput", i => i
            .Description("Setup changes; fields left out keep their value.")
            .Field("sessionId", "ID!")
            .Field("name", "String").Field("groupId", "String").Field("detectorKey", "String")
            .Field("collection", "CollectionParametersInput").Field("processing", "ProcessingParametersInput"));
        schema.InputObject("SessionInput", i => i.Description("Names a session.").Field("sessionId", "ID!", description: "Global id of the session."));
        schema.InputObject("ExtendRetentionInput", i => i
            .Description("How much longer to keep an ended session's data.")
            .Field("sessionId", "ID!").Field("days", "Int!", description: "Days to add (1 to 365)."));
        schema.InputObject("SetPauseBetweenGridsInput", i => i
            .Description("Turns the pause-between-grids prompt on or off.")
            .Field("sessionId", "ID!").Field("enabled", "Boolean!"));
        schema.Enum("PauseAnswer", e => e.Description("The operator's answer to the pause-between-grids prompt.")
            .Value("CONTINUE_CURRENT_GRID", Grains.Sessions.PauseAnswer.ContinueCurrentGrid, "Keep collecting on the current grid.")
            .Value("NEXT_GRID", Grains.Sessions.PauseAnswer.NextGrid, "Move on to the next grid."));
        schema.InputObject("AnswerPausePromptInput", i => i
            .Description("Answers the prompt a paused run shows between grids.")
            .Field("sessionId", "ID!").Field("answer", "PauseAnswer!"));
    }
}
