namespace Platform.Grains.Sessions;

/// <summary>Every collection parameter of seed 000 with its meaning, unit, default and validation rule.</summary>
public static class CollectionParameterCatalog
{
    private static readonly CollectionParameters _defaults = new();

    public static IReadOnlyList<ParameterDescription> All { get; } =
    [
        new("atlasTilesX", "Number of montage tiles in X for the atlas (SerialEM montage axes).", "tiles", $"{_defaults.AtlasTilesX}", "1 to 20"),
        new("atlasTilesY", "Number of montage tiles in Y for the atlas.", "tiles", $"{_defaults.AtlasTilesY}", "1 to 20"),
        new("squaresNum", "Number of squares queued automatically per grid.", "squares", $"{_defaults.SquaresNum}", "0 to 500"),
        new("holesPerSquare", "Number of holes queued per square; 0 selects every hole (data-collection mode). With BIS grouping it counts groups.", "holes", $"{_defaults.HolesPerSquare}", "0 to 10000; 0 = all"),
        new("bisMaxDistanceMicrons", "Largest beam-image shift used to reach a hole from its group centre.", "µm", $"{_defaults.BisMaxDistanceMicrons}", "0 to 15; 0 = no BIS grouping"),
        new("minBisGroupSize", "Smallest number of holes grouped into one image-shift template.", "holes", $"{_defaults.MinBisGroupSize}", "at least 1"),
        new("targetDefocusMinMicrons", "Defocus closest to zero; the range is sorted automatically.", "µm", $"{_defaults.TargetDefocusMinMicrons}", "-10 to 0"),
        new("targetDefocusMaxMicrons", "Defocus furthest from zero.", "µm", $"{_defaults.TargetDefocusMaxMicrons}", "-10 to 0"),
        new("stepDefocusMicrons", "Step when cycling defocus from min to max; 0 does not cycle.", "µm", $"{_defaults.StepDefocusMicrons}", "0 to the range width; 0 = no cycling"),
        new("driftCritAngstromPerSecond", "Drift rate below which an exposure may start.", "Å/s", $"{_defaults.DriftCritAngstromPerSecond}", "-1 = off, otherwise above 0 and at most 100"),
        new("tiltAngleDegrees", "Stage tilt for collection on tilted specimens; image shift and defocus are corrected for the geometry.", "°", $"{_defaults.TiltAngleDegrees}", "-70 to 70"),
        new("saveFrames", "Save movie frames, not only the summed image.", "", $"{_defaults.SaveFrames}", ""),
        new("forceProcessFromAverage", "Process from the average even when frames are saved on a Gatan detector.", "", $"{_defaults.ForceProcessFromAverage}", "only on Gatan detectors"),
        new("offsetTargeting", "Add an image-shift offset to sample different areas of each hole.", "", $"{_defaults.OffsetTargeting}", ""),
        new("offsetDistanceMicrons", "Offset applied to every acquisition; -1 = random by hole type and mesh material (screening only).", "µm", $"{_defaults.OffsetDistanceMicrons}", "-1 or 0 to 5"),
        new("zerolossDelayHours", "Hours between zero-loss peak refinements; ignored without an energy filter.", "h", $"{_defaults.ZerolossDelayHours}", "-1 = off, otherwise above 0 and at most 48"),
        new("multishotPerHole", "Acquire several shots per hole.", "", $"{_defaults.MultishotPerHole}", ""),
        new("exposureTimeSeconds", "Camera exposure time of each acquisition, reported with it; not a SmartScope seed field.", "s", $"{_defaults.ExposureTimeSeconds}", "above 0 and at most 60"),
    ];
}
