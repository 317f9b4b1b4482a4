using System.Globalization;
using Platform.Gateway.Authorization;
using Platform.Grains.Sessions;
using Platform.GraphQL.Building;

namespace Platform.Gateway.Sessions;

/// <summary>
/// GraphQL: collection and processing parameters as output types and as partial input types (an absent or null
/// input field keeps the current value). Descriptions come from <see cref="CollectionParameterCatalog"/>.
/// </summary>
public static class SessionSetupTypes
{
    private static readonly SetupField<CollectionParameters>[] _collection =
    [
        new("atlasTilesX", "Int", p => p.AtlasTilesX, (p, v) => p with { AtlasTilesX = (int)v }),
        new("atlasTilesY", "Int", p => p.AtlasTilesY, (p, v) => p with { AtlasTilesY = (int)v }),
        new("squaresNum", "Int", p => p.SquaresNum, (p, v) => p with { SquaresNum = (int)v }),
        new("holesPerSquare", "Int", p => p.HolesPerSquare, (p, v) => p with { HolesPerSquare = (int)v }),
        new("bisMaxDistanceMicrons", "Float", p => p.BisMaxDistanceMicrons, (p, v) => p with { BisMaxDistanceMicrons = (double)v }),
        new("minBisGroupSize", "Int", p => p.MinBisGroupSize, (p, v) => p with { MinBisGroupSize = (int)v }),
        new("targetDefocusMinMicrons", "Float", p => p.TargetDefocusMinMicrons, (p, v) => p with { TargetDefocusMinMicrons = (double)v }),
        new("targetDefocusMaxMicrons", "Float", p => p.TargetDefocusMaxMicrons, (p, v) => p with { TargetDefocusMaxMicrons = (double)v }),
        new("stepDefocusMicrons", "Float", p => p.StepDefocusMicrons, (p, v) => p with { StepDefocusMicrons = (double)v }),
        new("driftCritAngstromPerSecond", "Float", p => p.DriftCritAngstromPerSecond, (p, v) => p with { DriftCritAngstromPerSecond = (double)v }),
        new("tiltAngleDegrees", "Float", p => p.TiltAngleDegrees, (p, v) => p with { TiltAngleDegrees = (double)v }),
        new("saveFrames", "Boolean", p => p.SaveFrames, (p, v) => p with { SaveFrames = (bool)v }),
        new("forceProcessFromAverage", "Boolean", p => p.ForceProcessFromAverage, (p, v) => p with { ForceProcessFromAverage = (bool)v }),
        new("offsetTargeting", "Boolean", p => p.OffsetTargeting, (p, v) => p with { OffsetTargeting = (bool)v }),
        new("offsetDistanceMicrons", "Float", p => p.OffsetDistanceMicrons, (p, v) => p with { OffsetDistanceMicrons = (double)v }),
        new("zerolossDelayHours", "Float", p => p.ZerolossDelayHours, (p, v) => p with { ZerolossDelayHours = (double)v }),
        new("multishotPerHole", "Boolean", p => p.MultishotPerHole, (p, v) => p with { MultishotPerHole = (bool)v }),
        new("exposureTimeSeconds", "Float", p => p.ExposureTimeSeconds, (p, v) => p with { ExposureTimeSeconds = (double)v }),
    ];

    private static readonly SetupField<ProcessingParameters>[] _processing =
    [
        new("pixelSizeAngstrom", "Float", p => p.PixelSizeAngstrom, (p, v) => p with { PixelSizeAngstrom = (double)v }, "Pixel size of the micrographs (Å)."),
        new("voltageKilovolts", "Float", p => p.VoltageKilovolts, (p, v) => p with { VoltageKilovolts = (double)v }, "Acceleration voltage (kV)."),
        new("sphericalAberrationMillimetres", "Float", p => p.SphericalAberrationMillimetres, (p, v) => p with { SphericalAberrationMillimetres = (double)v }, "Spherical aberration Cs (mm)."),
        new("amplitudeContrast", "Float", p => p.AmplitudeContrast, (p, v) => p with { AmplitudeContrast = (double)v }, "Amplitude contrast fraction (0 to 1)."),
        new("particleRadiusAngstrom", "Float", p => p.ParticleRadiusAngstrom, (p, v) => p with { ParticleRadiusAngstrom = (double)v }, "Particle radius for picking (Å)."),
        new("dosePerFrameElectronsPerSquareAngstrom", "Float", p => p.DosePerFrameElectronsPerSquareAngstrom, (p, v) => p with { DosePerFrameElectronsPerSquareAngstrom = (double)v }, "Dose per frame (e⁻/Å²); 0 when unknown."),
    ];

    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<CollectionParameters>("CollectionParameters", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("How a session screens and collects (SmartScope's session setup).");
            foreach (var field in _collection)
            {
                t.Field(field.Name, field.Read).Type(field.Type + "!").Description(Describe(field.Name));
            }
        });
        schema.InputObject("CollectionParametersInput", i =>
        {
            i.Description("Collection parameters to set; fields left out keep their current (or default) value.");
            foreach (var field in _collection)
            {
                i.Field(field.Name, field.Type, description: Describe(field.Name));
            }
        });
        schema.Object<ProcessingParameters>("ProcessingParameters", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("On-the-fly processing parameters; changes while a track runs stay pending until it restarts.");
            foreach (var field in _processing)
            {
                t.Field(field.Name, field.Read).Type(field.Type + "!").Description(field.Description!);
            }

            t.Field("gainReferencePath", p => p.GainReferencePath).Type("String").Description("Gain reference on the microscope PC, if any.");
        });
        schema.InputObject("ProcessingParametersInput", i =>
        {
            i.Description("Processing parameters to set; fields left out keep their current value.");
            foreach (var field in _processing)
            {
                i.Field(field.Name, field.Type, description: field.Description);
            }

            i.Field("gainReferencePath", "String", description: "Gain reference path; an empty string clears it.");
        });
    }

    public static CollectionParameters Apply(CollectionParameters current, IReadOnlyDictionary<string, object?>? input) =>
        SetupField<CollectionParameters>.Apply(_collection, current, input);

    public static ProcessingParameters Apply(ProcessingParameters current, IReadOnlyDictionary<string, object?>? input)
    {
        var applied = SetupField<ProcessingParameters>.Apply(_processing, current, input);
        return input?.GetValueOrDefault("gainReferencePath") is string path
            ? applied with { GainReferencePath = path.Length == 0 ? null : path }
            : applied;
    }

    private static string Describe(string name) =>
        CollectionParameterCatalog.All.First(p => p.Name == name) is var p
            ? string.Create(CultureInfo.InvariantCulture, $"{p.Meaning} Unit: {(p.Unit.Length > 0 ? p.Unit : "none")}. Default {p.Default}.{(p.Rule.Length > 0 ? " Rule: " + p.Rule + "." : "")}")
            : name;
}
