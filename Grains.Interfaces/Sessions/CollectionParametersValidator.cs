using Platform.Grains.Errors;

namespace Platform.Grains.Sessions;

/// <summary>Checks collection parameters against the rules in <see cref="CollectionParameterCatalog"/> and the session's hardware.</summary>
public static class CollectionParametersValidator
{
    public static IReadOnlyList<FieldError> Validate(CollectionParameters p, DetectorFacts hardware)
    {
        var errors = new List<FieldError>();
        void Check(bool ok, string field, string reason)
        {
            if (!ok)
            {
                errors.Add(new FieldError(field, reason));
            }
        }

        Check(p.AtlasTilesX is >= 1 and <= 20, "atlasTilesX", "must be between 1 and 20 tiles");
        Check(p.AtlasTilesY is >= 1 and <= 20, "atlasTilesY", "must be between 1 and 20 tiles");
        Check(p.SquaresNum is >= 0 and <= 500, "squaresNum", "must be between 0 and 500");
        Check(p.HolesPerSquare is >= 0 and <= 10000, "holesPerSquare", "must be between 0 (all holes) and 10000");
        Check(Finite(p.BisMaxDistanceMicrons) && p.BisMaxDistanceMicrons is >= 0 and <= 15, "bisMaxDistanceMicrons", "must be between 0 (no BIS) and 15 µm");
        Check(p.MinBisGroupSize >= 1, "minBisGroupSize", "must be at least 1 hole");
        Check(Finite(p.TargetDefocusMinMicrons) && p.TargetDefocusMinMicrons is >= -10 and <= 0, "targetDefocusMinMicrons", "must be between -10 and 0 µm (underfocus is negative)");
        Check(Finite(p.TargetDefocusMaxMicrons) && p.TargetDefocusMaxMicrons is >= -10 and <= 0, "targetDefocusMaxMicrons", "must be between -10 and 0 µm (underfocus is negative)");
        var range = Math.Abs(Math.Abs(p.TargetDefocusMaxMicrons) - Math.Abs(p.TargetDefocusMinMicrons));
        Check(Finite(p.StepDefocusMicrons) && p.StepDefocusMicrons >= 0, "stepDefocusMicrons", "must be 0 (no cycling) or positive");
        Check(p.StepDefocusMicrons <= range || p.StepDefocusMicrons == 0, "stepDefocusMicrons", $"must not exceed the defocus range ({range:0.###} µm)");
        Check(p.DriftCritAngstromPerSecond == -1 || (Finite(p.DriftCritAngstromPerSecond) && p.DriftCritAngstromPerSecond is > 0 and <= 100), "driftCritAngstromPerSecond", "must be -1 (off) or above 0 and at most 100 Å/s");
        Check(Finite(p.TiltAngleDegrees) && p.TiltAngleDegrees is >= -70 and <= 70, "tiltAngleDegrees", "must be between -70° and 70°");
        Check(p.OffsetDistanceMicrons == -1 || (Finite(p.OffsetDistanceMicrons) && p.OffsetDistanceMicrons is >= 0 and <= 5), "offsetDistanceMicrons", "must be -1 (random) or between 0 and 5 µm");
        Check(p.ZerolossDelayHours == -1 || (Finite(p.ZerolossDelayHours) && p.ZerolossDelayHours is > 0 and <= 48), "zerolossDelayHours", "must be -1 (off) or above 0 and at most 48 h");
        Check(Finite(p.ExposureTimeSeconds) && p.ExposureTimeSeconds is > 0 and <= 60, "exposureTimeSeconds", "must be above 0 and at most 60 s");
        Check(!p.ForceProcessFromAverage || hardware.DetectorIsGatan, "forceProcessFromAverage", "only has an effect on Gatan detectors");
        Check(hardware.DetectorIdsOfMicroscope.Contains(hardware.DetectorId), "detectorId", $"detector '{hardware.DetectorId}' does not belong to microscope '{hardware.MicroscopeId}'");
        return errors;
    }

    private static bool Finite(double value) => double.IsFinite(value);
}
