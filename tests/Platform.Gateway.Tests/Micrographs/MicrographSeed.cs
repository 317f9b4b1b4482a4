using Platform.Gateway.Tests.Schema;
using Platform.Grains.Micrographs;

namespace Platform.Gateway.Tests.Micrographs;

/// <summary>Generated micrograph results recorded through the grains: varied metrics, some missing, three minutes apart.</summary>
public static class MicrographSeed
{
    public const string Session = "session-a";

    /// <summary>Records <paramref name="count"/> agent results in session-a (plus a few in session-b and from "relion" in session-a); returns session-a's views.</summary>
    public static async Task<List<MicrographView>> RecordAsync(PlatformSchemaHarness harness, int count = 50)
    {
        var views = new List<MicrographView>();
        for (var i = 0; i < count; i++)
        {
            var source = i % 10 == 9 ? "relion" : "agent";
            var result = Result(i);
            var grain = harness.Silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For(Session, source, result.Name));
            views.Add(await grain.RecordAsync(new RecordMicrographRequest(Session, "lab-a", source, result)));
        }

        for (var i = 0; i < 3; i++)
        {
            var result = Result(i) with { Name = $"other_{i}" };
            await harness.Silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For("session-b", "agent", result.Name))
                .RecordAsync(new RecordMicrographRequest("session-b", "lab-b", "agent", result));
        }

        return views;
    }

    public static MicrographResult Result(int i)
    {
        var defocusU = 10_000.0 + (i * 379 % 20_000);
        return new MicrographResult
        {
            Name = $"mic_{i:D4}",
            GridPosition = 1 + (i % 2),
            AcquiredAtUtc = PlatformSchemaHarness.Start.AddMinutes(3 * i),
            Frames = 40,
            DoseElectronsPerSquareAngstrom = 50,
            FilePath = $"grid_1/mic_{i:D4}.tif",
            DriftTotalAngstrom = 1 + (i * 7 % 20 / 4.0),
            DriftTraceXAngstrom = [0, 0.5 * i, i],
            DriftTraceYAngstrom = [0, -0.25, -0.5],
            DefocusUAngstrom = defocusU,
            DefocusVAngstrom = defocusU - (i % 5 * 100),
            AstigmatismAngleDegrees = i * 11 % 180,
            CtfFitResolutionAngstrom = i % 7 == 0 ? null : 2.5 + (i * 13 % 30 / 10.0),
            CtfScore = 0.1 + (i % 9 / 10.0),
            ParticleCount = i % 11 == 0 ? null : i * 17 % 300,
            ThumbnailPath = $"grid_1/mic_{i:D4}.thumb.png",
        };
    }

    /// <summary>The metric's value as the index holds it (mean defocus is the mean of U and V).</summary>
    public static double? Value(MicrographView view, MicrographMetric metric) => metric switch
    {
        MicrographMetric.DefocusAngstrom => (view.Result.DefocusUAngstrom + view.Result.DefocusVAngstrom) / 2,
        MicrographMetric.CtfFitResolutionAngstrom => view.Result.CtfFitResolutionAngstrom,
        MicrographMetric.DriftTotalAngstrom => view.Result.DriftTotalAngstrom,
        MicrographMetric.ParticleCount => view.Result.ParticleCount,
        MicrographMetric.CtfScore => view.Result.CtfScore,
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };
}
