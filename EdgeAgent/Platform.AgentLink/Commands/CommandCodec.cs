using System.Text.Json;
using Platform.AgentLink.Connection;
using Platform.AgentLink.Contracts;

namespace Platform.AgentLink.Commands;

/// <summary>Reads an <c>AgentCommand</c> of the subscription into the contract's command records; unknown kinds are null.</summary>
public static class CommandCodec
{
    public static AgentCommand? Decode(JsonElement command)
    {
        var id = command.GetProperty("commandId").GetString()!;
        var sessionId = command.GetProperty("sessionId").GetString()!;
        return command.GetProperty("kind").GetString() switch
        {
            "START_RUN" => new StartRunCommand(id, sessionId, Plan(sessionId, command.GetProperty("plan"))),
            "SOFT_STOP" => new SoftStopCommand(id, sessionId),
            "FORCE_KILL" => new ForceKillCommand(id, sessionId),
            "SET_PAUSE_BETWEEN_GRIDS" => new SetPauseBetweenGridsCommand(id, sessionId, command.GetProperty("pauseBetweenGrids").GetBoolean()),
            "ANSWER_PAUSE" => new AnswerPauseCommand(id, sessionId, GraphQLEnumNames.Parse<PauseChoice>(command.GetProperty("pauseAnswer").GetString())),
            "EDIT_TARGETS" => new EditTargetsCommand(
                id,
                sessionId,
                command.GetProperty("gridPosition").GetInt32(),
                [.. Items(command, "addedTargets").Select(Target)],
                [.. Items(command, "removedTargetIds").Select(t => t.GetString()!)]),
            "TRACK" => new TrackCommand(
                id,
                sessionId,
                GraphQLEnumNames.Parse<TrackKind>(command.GetProperty("track").GetString()),
                GraphQLEnumNames.Parse<TrackAction>(command.GetProperty("trackAction").GetString()),
                Settings(command.GetProperty("trackSettings")))
            {
                SessionName = command.GetProperty("sessionName").GetString()!,
            },
            _ => null,
        };
    }

    private static ProcessingSettings Settings(JsonElement s) => new()
    {
        PixelSizeAngstrom = s.GetProperty("pixelSizeAngstrom").GetDouble(),
        VoltageKilovolts = s.GetProperty("voltageKilovolts").GetDouble(),
        SphericalAberrationMillimetres = s.GetProperty("sphericalAberrationMillimetres").GetDouble(),
        AmplitudeContrast = s.GetProperty("amplitudeContrast").GetDouble(),
        ParticleRadiusAngstrom = s.GetProperty("particleRadiusAngstrom").GetDouble(),
        DosePerFrameElectronsPerSquareAngstrom = s.GetProperty("dosePerFrameElectronsPerSquareAngstrom").GetDouble(),
        GainReferencePath = s.GetProperty("gainReferencePath").GetString(),
    };

    private static RunPlan Plan(string sessionId, JsonElement plan)
    {
        var s = plan.GetProperty("settings");
        var settings = new AcquisitionSettings
        {
            AtlasTilesX = s.GetProperty("atlasTilesX").GetInt32(),
            AtlasTilesY = s.GetProperty("atlasTilesY").GetInt32(),
            SquaresNum = s.GetProperty("squaresNum").GetInt32(),
            HolesPerSquare = s.GetProperty("holesPerSquare").GetInt32(),
            BisMaxDistanceMicrons = s.GetProperty("bisMaxDistanceMicrons").GetDouble(),
            MinBisGroupSize = s.GetProperty("minBisGroupSize").GetInt32(),
            TargetDefocusMinMicrons = s.GetProperty("targetDefocusMinMicrons").GetDouble(),
            TargetDefocusMaxMicrons = s.GetProperty("targetDefocusMaxMicrons").GetDouble(),
            StepDefocusMicrons = s.GetProperty("stepDefocusMicrons").GetDouble(),
            DriftCritAngstromPerSecond = s.GetProperty("driftCritAngstromPerSecond").GetDouble(),
            TiltAngleDegrees = s.GetProperty("tiltAngleDegrees").GetDouble(),
            SaveFrames = s.GetProperty("saveFrames").GetBoolean(),
            OffsetTargeting = s.GetProperty("offsetTargeting").GetBoolean(),
            OffsetDistanceMicrons = s.GetProperty("offsetDistanceMicrons").GetDouble(),
            ZerolossDelayHours = s.GetProperty("zerolossDelayHours").GetDouble(),
            MultishotPerHole = s.GetProperty("multishotPerHole").GetBoolean(),
            ExposureTimeSeconds = s.GetProperty("exposureTimeSeconds").GetDouble(),
        };
        var grids = plan.GetProperty("grids").EnumerateArray().Select(g => new GridPlan(
            g.GetProperty("position").GetInt32(),
            g.GetProperty("name").GetString()!,
            g.GetProperty("holeType").GetString()!,
            g.GetProperty("meshSize").GetInt32(),
            g.GetProperty("meshMaterial").GetString()!,
            g.GetProperty("protocol").GetString()!,
            GraphQLEnumNames.Parse<WorkState>(g.GetProperty("state").GetString()))).ToList();
        return new RunPlan(
            sessionId,
            plan.GetProperty("sessionName").GetString()!,
            plan.GetProperty("facilityId").GetString()!,
            plan.GetProperty("microscopeId").GetString()!,
            grids,
            settings,
            plan.GetProperty("pauseBetweenGrids").GetBoolean());
    }

    private static TargetReport Target(JsonElement t) => new(
        t.GetProperty("targetId").GetString()!,
        t.GetProperty("parentTargetId").GetString(),
        GraphQLEnumNames.Parse<TargetLevel>(t.GetProperty("level").GetString()),
        t.GetProperty("stageXMicrons").GetDouble(),
        t.GetProperty("stageYMicrons").GetDouble(),
        t.GetProperty("imageXPixels").GetDouble(),
        t.GetProperty("imageYPixels").GetDouble(),
        t.GetProperty("score").GetDouble(),
        t.GetProperty("label").GetString()!,
        t.GetProperty("selected").GetBoolean(),
        t.GetProperty("bisGroup").ValueKind == JsonValueKind.Number ? t.GetProperty("bisGroup").GetInt32() : null);

    private static IEnumerable<JsonElement> Items(JsonElement command, string name) =>
        command.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];
}
