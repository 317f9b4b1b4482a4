using System.Globalization;
using System.Text;
using Platform.Grains.Errors;
using Platform.Grains.Exports;
using Platform.Grains.Micrographs;
using Platform.Grains.Sessions;
using Platform.Imaging.Star;
using Platform.Processing.ParticleExport;

namespace Platform.Grains.Tests.Exports;

/// <summary>STAR export jobs on a session with generated results and picks: selection, RELION 3.1 layout and values, bad input.</summary>
public sealed class ExportJobTests
{
    [Fact]
    public async Task The_selected_micrographs_are_exported_with_their_particles_ctf_and_the_sessions_optics()
    {
        await using var silo = await DomainSilo.StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var session = await silo.NewSessionWithGridAsync();
        var view = await session.GetAsync();
        await session.UpdateSetupAsync(view.Setup with { Processing = view.Setup.Processing with { PixelSizeAngstrom = 0.83, ParticleRadiusAngstrom = 90, VoltageKilovolts = 200 } });
        var expected = new List<(string Name, double DefocusU, int Particles)>();
        for (var i = 0; i < 40; i++)
        {
            var name = $"mic_{i:D4}";
            var resolution = 2.5 + (i * 0.1);
            var defocusU = 12_000 + (i * 100);
            var particles = 5 + (i % 7);
            await Record(silo, view.Id, name, i, defocusU, resolution, ctf: i != 7);
            if (i != 9)
            {
                await silo.PutFileAsync(view.Id, $"preprocessing/{name}_picks.star", Picks(particles, i));
            }

            // Selected: resolution ≤ 5 Å (i ≤ 25), not hand-excluded (3), with CTF (not 7) and picks (not 9).
            if (resolution <= 5.0 + 1e-9 && i is not 3 and not 7 and not 9)
            {
                expected.Add((name + "_sum_dw.mrc", defocusU, particles));
            }
        }

        await silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For(view.Id, "agent", "mic_0003")).SetExcludedAsync(true);
        var job = silo.Grains.GetGrain<IExportJobGrain>(ExportJobKeys.For(view.Id, "e1"));
        var queued = await job.StartAsync(new StartExportRequest(view.Id, new ExportSelection(null, [new MetricRange(MicrographMetric.CtfFitResolutionAngstrom, null, 5.0)], null), "alice"));
        Assert.Equal(ExportJobStatus.Queued, queued.Status);

        await silo.Silo.Runtime.DeliverDueRemindersAsync(ct);
        var done = await job.GetAsync();

        Assert.Equal(ExportJobStatus.Succeeded, done.Status);
        Assert.Equal((25L, 1, 2L), (done.MicrographsTotal!.Value, done.Attempts, done.MicrographsSkipped));
        Assert.Equal(expected.Sum(e => e.Particles), done.ParticlesWritten);
        await using var output = await silo.SessionData.OpenFileAsync(silo.FacilityId, view.Id, done.OutputPath!, ct);
        var star = StarReader.Read(new StreamReader(output!));
        var optics = star.Block("optics").Table;
        Assert.Equal((0.83, 200.0, "k3"), (optics.GetDouble(0, "rlnImagePixelSize"), optics.GetDouble(0, "rlnVoltage"), optics.GetString(0, "rlnOpticsGroupName")));
        Assert.Equal(RelionOptics.BoxSize(90, 0.83), optics.GetInt32(0, "rlnImageSize"));
        var micrographs = star.Block("micrographs").Table;
        Assert.Equal(expected.Select(e => e.Name), Enumerable.Range(0, micrographs.RowCount).Select(r => micrographs.GetString(r, "rlnMicrographName")));
        Assert.Equal(expected.Select(e => e.DefocusU), Enumerable.Range(0, micrographs.RowCount).Select(r => micrographs.GetDouble(r, "rlnDefocusU")));
        var rows = star.Block("particles").Table;
        Assert.Equal(done.ParticlesWritten, rows.RowCount);
        Assert.Equal((100.0, 200.0, "mic_0000_sum_dw.mrc"), (rows.GetDouble(0, "rlnCoordinateX"), rows.GetDouble(0, "rlnCoordinateY"), rows.GetString(0, "rlnMicrographName")));
        Assert.Equal(12_000 * 0.97, rows.GetDouble(0, "rlnDefocusV"), 2);
        Assert.NotNull(done.FinishedAtUtc);
    }

    [Fact]
    public async Task An_unknown_filter_bad_ranges_or_an_unknown_session_are_refused_and_no_job_is_created()
    {
        await using var silo = await DomainSilo.StartAsync();
        var view = await (await silo.NewSessionWithGridAsync()).GetAsync();
        var job = silo.Grains.GetGrain<IExportJobGrain>(ExportJobKeys.For(view.Id, "e1"));

        await Assert.ThrowsAsync<NotFoundException>(() => job.StartAsync(new StartExportRequest(view.Id, new ExportSelection("nope", [], null), "alice")));
        var bad = await Assert.ThrowsAsync<InvalidInputException>(() => job.StartAsync(new StartExportRequest(view.Id,
            new ExportSelection(null, [new MetricRange(MicrographMetric.DefocusAngstrom, 20_000, 10_000)], null), "alice")));
        Assert.Equal("ranges.DefocusAngstrom", bad.Errors.Single().Field);
        await Assert.ThrowsAsync<NotFoundException>(() => silo.Grains.GetGrain<IExportJobGrain>(ExportJobKeys.For("missing", "e1"))
            .StartAsync(new StartExportRequest("missing", new ExportSelection(null, [], null), "alice")));
        await Assert.ThrowsAsync<NotFoundException>(() => job.GetAsync());
    }

    private static Task Record(DomainSilo silo, string sessionId, string name, int i, double defocusU, double resolution, bool ctf) =>
        silo.Grains.GetGrain<IMicrographGrain>(MicrographKeys.For(sessionId, "agent", name)).RecordAsync(new RecordMicrographRequest(sessionId, silo.FacilityId, "agent", new MicrographResult
        {
            Name = name,
            GridPosition = 1,
            AcquiredAtUtc = silo.Clock.GetUtcNow().AddMinutes(i),
            DefocusUAngstrom = ctf ? defocusU : null,
            DefocusVAngstrom = ctf ? defocusU * 0.97 : null,
            AstigmatismAngleDegrees = ctf ? 30 : null,
            CtfFitResolutionAngstrom = resolution,
            CtfScore = 0.2,
            ParticleCount = 5 + (i % 7),
        }));

    private static byte[] Picks(int count, int seed)
    {
        var text = new StringBuilder("data_\n\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n_rlnAutopickFigureOfMerit #3\n");
        for (var p = 0; p < count; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{100 + (p * 50) + seed:F2} {200 + (p * 30):F2} 0.5\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
