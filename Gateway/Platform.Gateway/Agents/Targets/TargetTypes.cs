using System.Globalization;
using Platform.Gateway.Authorization;
using Platform.Grains.Grids;
using Platform.Grains.Targets;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Agents.Targets;

/// <summary>GraphQL types shared by the agent API and the grid target lists: found targets, their states, images and acquisitions.</summary>
public static class TargetTypes
{
    public static void Describe(SchemaBuilder schema)
    {
        schema.Enum("GridTargetState", e => e.Description("The one status vocabulary: queued → started → acquired → processed → completed, plus skipped, paused, error.").Values<WorkState>());
        schema.Enum("GridTargetLevel", e => e.Description("Squares on the atlas, holes in a square, exposures in a hole.").Values<TargetLevel>());
        schema.Enum("TargetImageKind", e => e.Description("Targeting images (exposures are acquisitions).").Values<TargetImageKind>());
        schema.Object<TargetFound>("FoundTarget", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("A target as found by the agent or added by a user.");
            t.Field("targetId", f => f.TargetId).Type("ID!").Description("Unique within the session, e.g. g1/sq3/h12.");
            t.Field("parentTargetId", f => f.ParentTargetId).Type("ID");
            t.Field("level", f => f.Level).Type("GridTargetLevel!");
            t.Field("stageXMicrons", f => f.StageXMicrons).Type("Float!");
            t.Field("stageYMicrons", f => f.StageYMicrons).Type("Float!");
            t.Field("imageXPixels", f => f.ImageXPixels).Type("Float!");
            t.Field("imageYPixels", f => f.ImageYPixels).Type("Float!");
            t.Field("score", f => f.Score).Type("Float!");
            t.Field("label", f => f.Label).Type("String!");
            t.Field("selected", f => f.Selected).Type("Boolean!");
            t.Field("bisGroup", f => f.BisGroup).Type("Int");
        });
        schema.InputObject("FoundTargetInput", i => i
            .Description("A target found by the agent, or one a user queues.")
            .Field("targetId", "ID!").Field("parentTargetId", "ID").Field("level", "GridTargetLevel!")
            .Field("stageXMicrons", "Float!").Field("stageYMicrons", "Float!")
            .Field("imageXPixels", "Float", "0").Field("imageYPixels", "Float", "0")
            .Field("score", "Float", "0").Field("label", "String", "\"\"").Field("selected", "Boolean", "true").Field("bisGroup", "Int")
            .CreateWith(FoundTargetInput.From));
        schema.Object<TargetImage>("TargetImage", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("An atlas, square or hole image; the path is relative to the agent's data folder.");
            t.Field("kind", i => i.Kind).Type("TargetImageKind!");
            t.Field("relativePath", i => i.RelativePath).Type("String!");
            t.Field("widthPixels", i => i.WidthPixels).Type("Int!");
            t.Field("heightPixels", i => i.HeightPixels).Type("Int!");
            t.Field("pixelSizeAngstrom", i => i.PixelSizeAngstrom).Type("Float!");
            t.Field("recordedAt", i => i.RecordedAtUtc.ToString("O", CultureInfo.InvariantCulture)).Type("String!");
        });
        schema.Object<TargetAcquisition>("TargetAcquisition", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("One exposure acquired at a target.");
            t.Field("relativePath", a => a.RelativePath).Type("String!");
            t.Field("defocusMicrons", a => a.DefocusMicrons).Type("Float!");
            t.Field("imageShiftXMicrons", a => a.ImageShiftXMicrons).Type("Float!");
            t.Field("imageShiftYMicrons", a => a.ImageShiftYMicrons).Type("Float!");
            t.Field("exposureSeconds", a => a.ExposureSeconds).Type("Float!");
            t.Field("frames", a => a.Frames).Type("Int!");
            t.Field("doseElectronsPerSquareAngstrom", a => a.DoseElectronsPerSquareAngstrom).Type("Float!");
            t.Field("acquiredAt", a => a.AcquiredAtUtc.ToString("O", CultureInfo.InvariantCulture)).Type("String!");
        });
    }
}
