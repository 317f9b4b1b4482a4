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
        SetupField<CollectionParameters>.Int("atlasTilesX", p => p.AtlasTilesX, (p, v) => p with { AtlasTilesX = v }),
        SetupField<CollectionParameters>.Int("atlasTilesY", p => p.AtlasTilesY, (p, v) => p with { AtlasTilesY = v }),
        SetupField<CollectionParameters>.Int("squaresNum", p => p.SquaresNum, (p, v) => p with { SquaresNum = v }),
        SetupField<CollectionParameters>.Int("holesPerSquare", p => p.HolesPerSquare, (p, v) => p with { HolesPerSquare = v }),
        SetupField<CollectionParameters>.Float("bisMaxDistanceMicrons", p => p.BisMaxDistanceMicrons, (p, v) => p with { BisMaxDistanceMicrons = v }),
        SetupField<CollectionParameters>.Int("minBisGroupSize", p => p.MinBisGroupSize, (p, v) => p with { MinBisGroupSize = v }),
        SetupField<CollectionParameters>.Float("targetDefocusMinMicrons", p => p.TargetDefocusMinMicrons, (p, v) => p with { TargetDefocusMinMicrons = v }),
        SetupField<CollectionParameters>.Float("targetDefocusMaxMicrons", p => p.TargetDefocusMaxMicrons, (p, v) => p with { TargetDefocusMaxMicrons = v }),
        SetupField<CollectionParameters>.Float("stepDefocusMicrons", p => p.StepDefocusMicrons, (p, v) => p with { StepDefocusMicrons = v }),
        SetupField<CollectionParameters>.Float("driftCritAngstromPerSecond", p => p.DriftCritAngstromPerSecond, (p, v) => p with { DriftCritAngstromPerSecond = v }),
        SetupField<CollectionParameters>.Float("tiltAngleDegrees", p => p.TiltAngleDegrees, (p, v) => p with { TiltAngleDegrees = v }),
        SetupField<CollectionParameters>.Boolean("saveFrames", p => p.SaveFrames, (p, v) => p with { SaveFrames = v }),
        SetupField<CollectionParameters>.Boolean("forceProcessFromAverage", p => p.ForceProcessFromAverage, (p, v) => p with { ForceProcessFromAverage = v }),
        SetupField<CollectionParameters>.Boolean("offsetTargeting", p => p.OffsetTargeting, (p, v) => p with { OffsetTargeting = v }),
        SetupField<CollectionParameters>.Float("offsetDistanceMicrons", p => p.OffsetDistanceMicrons, (p, v) => p with { OffsetDistanceMicrons = v }),
        SetupField<CollectionParameters>.Float("zerolossDelayHours", p => p.ZerolossDelayHours, (p, v) => p with { ZerolossDelayHours = v }),
        SetupField<CollectionParameters>.Boolean("multishotPerHole", p => p.MultishotPerHole, (p, v) => p with { MultishotPerHole = v }),
        SetupField<CollectionParameters>.Float("exposureTimeSeconds", p => p.ExposureTimeSeconds, (p, v) => p with { ExposureTimeSeconds = v }),
    ];

    private static readonly SetupField<ProcessingParameters>[] _processing =
    [
        SetupField<ProcessingParameters>.Float("pixelSizeAngstrom", p => p.PixelSizeAngstrom, (p, v) => p with { PixelSizeAngstrom = v }, "Pixel size of the micrographs (Å)."),
        SetupField<ProcessingParameters>.Float("voltageKilovolts", p => p.VoltageKilovolts, (p, v) => p with { VoltageKilovolts = v }, "Acceleration voltage (kV)."),
        SetupField<ProcessingParameters>.Float("sphericalAberrationMillimetres", p => p.SphericalAberrationMillimetres, (p, v) => p with { SphericalAberrationMillimetres = v }, "Spherical aberration Cs (mm)."),
        SetupField<ProcessingParameters>.Float("amplitudeContrast", p => p.AmplitudeContrast, (p, v) => p with { AmplitudeContrast = v }, "Amplitude contrast fraction (0 to 1)."),
        SetupField<ProcessingParameters>.Float("particleRadiusAngstrom", p => p.ParticleRadiusAngstrom, (p, v) => p with { ParticleRadiusAngstrom = v }, "Particle radius for picking (Å)."),
        SetupField<ProcessingParameters>.Float("dosePerFrameElectronsPerSquareAngstrom", p => p.DosePerFrameElectronsPerSquareAngstrom, (p, v) => p with { DosePerFrameElectronsPerSquareAngstrom = v }, "Dose per frame (e⁻/Å²); 0 when unknown."),
    ];

    public static void Describe(SchemaBuilder schema)
    {
        schema.Object<CollectionParameters>("CollectionParameters", t =>
        {
            t.Authorize(Rules.WithParent);
            t.Description("How a session screens and collects (SmartScope's session setup).");
            foreach (var field in _collection)
            {
                field.Output(t).Type(field.Type + "!").Description(Describe(field.Name));
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
                field.Output(t).Type(field.Type + "!").Description(field.Description!);
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
