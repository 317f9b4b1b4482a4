using Platform.Gateway.Authorization;
using Platform.Grains.AgentCommands;
using Platform.Grains.Grids;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Agents.Commands;

/// <summary>GraphQL types of a START_RUN command's plan: grids in autoloader order and the acquisition settings.</summary>
public static class AgentRunPlanTypes
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<AgentRunPlan>("AgentRunPlan", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("What a run must do, as the session held it when the run started.");
            t.Field("sessionName", p => p.SessionName).Type("String!");
            t.Field("facilityId", p => p.FacilityId).Type("ID!");
            t.Field("microscopeId", p => p.MicroscopeId).Type("ID!");
            t.Field("grids", p => p.Grids).Type("[AgentGridPlan!]!").Description("In autoloader order.");
            t.Field("settings", p => p.Collection).Type("AgentAcquisitionSettings!");
            t.Field("pauseBetweenGrids", p => p.PauseBetweenGrids).Type("Boolean!");
        });
        schema.Object<AgentGridPlan>("AgentGridPlan", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One autoloader grid of a run plan.");
            t.Field("position", g => g.Position).Type("Int!");
            t.Field("name", g => g.Name).Type("String!").Description("Final name, position_name.");
            t.Field("holeType", g => g.HoleType).Type("String!");
            t.Field("meshSize", g => g.MeshSize).Type("Int!");
            t.Field("meshMaterial", g => g.MeshMaterial.ToString()).Type("String!");
            t.Field("protocol", g => g.Protocol).Type("String!");
            t.Field("state", g => g.State).Type("GridTargetState!");
        });
        schema.Object<CollectionParameters>("AgentAcquisitionSettings", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("The session's collection parameters as the agent uses them (names, units and sentinels of the session setup).");
            t.Field("atlasTilesX", c => c.AtlasTilesX).Type("Int!");
            t.Field("atlasTilesY", c => c.AtlasTilesY).Type("Int!");
            t.Field("squaresNum", c => c.SquaresNum).Type("Int!");
            t.Field("holesPerSquare", c => c.HolesPerSquare).Type("Int!").Description("0 selects every hole.");
            t.Field("bisMaxDistanceMicrons", c => c.BisMaxDistanceMicrons).Type("Float!").Description("0 disables BIS grouping.");
            t.Field("minBisGroupSize", c => c.MinBisGroupSize).Type("Int!");
            t.Field("targetDefocusMinMicrons", c => c.TargetDefocusMinMicrons).Type("Float!");
            t.Field("targetDefocusMaxMicrons", c => c.TargetDefocusMaxMicrons).Type("Float!");
            t.Field("stepDefocusMicrons", c => c.StepDefocusMicrons).Type("Float!").Description("0 means no cycling.");
            t.Field("driftCritAngstromPerSecond", c => c.DriftCritAngstromPerSecond).Type("Float!").Description("-1 disables the drift criterion.");
            t.Field("tiltAngleDegrees", c => c.TiltAngleDegrees).Type("Float!");
            t.Field("saveFrames", c => c.SaveFrames).Type("Boolean!");
            t.Field("offsetTargeting", c => c.OffsetTargeting).Type("Boolean!");
            t.Field("offsetDistanceMicrons", c => c.OffsetDistanceMicrons).Type("Float!").Description("-1 means random.");
            t.Field("zerolossDelayHours", c => c.ZerolossDelayHours).Type("Float!").Description("-1 disables zero-loss refinement.");
            t.Field("multishotPerHole", c => c.MultishotPerHole).Type("Boolean!");
            t.Field("exposureTimeSeconds", c => c.ExposureTimeSeconds).Type("Float!").Description("Camera exposure time of each acquisition.");
        });
    }
}
