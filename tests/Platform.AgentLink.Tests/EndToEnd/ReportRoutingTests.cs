using Platform.AgentLink.Contracts;
using Platform.AgentLink.Tests.Support;
using Platform.Testing;

namespace Platform.AgentLink.Tests.EndToEnd;

/// <summary>Reports sent through the agent's link land in the platform's grains (the real Silo executable); its heartbeat reaches the microscope.</summary>
public sealed class ReportRoutingTests
{
    private const string Session = PlatformClient.DemoSession;

    [Fact]
    public async Task Targets_states_images_acquisitions_grid_states_and_logs_reach_the_grid_target_and_session()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var now = DateTimeOffset.UtcNow;
        await using (var link = Links.Start(platform.Endpoint, Links.NewDatabasePath()))
        {
            var ct = TestContext.Current.CancellationToken;
            await link.EnqueueAsync(new GridStateReport("g1-started", Session, now, 1, WorkState.Started), ct);
            await link.EnqueueAsync(new ImageReport("atlas", Session, now, 1, null, ImageKind.Atlas, "g1/atlas.mrc", 4096, 4096, 520), ct);
            await link.EnqueueAsync(new TargetsFoundReport("squares", Session, now, 1, null, [Target("g1/sq1", null, TargetLevel.Square, 0.9), Target("g1/sq2", null, TargetLevel.Square, 0.4)]), ct);
            await link.EnqueueAsync(new TargetsFoundReport("holes-sq1", Session, now, 1, "g1/sq1", [.. Enumerable.Range(1, 30).Select(i => Target($"g1/sq1/h{i}", null, TargetLevel.Hole, i / 30.0))]), ct);
            await link.EnqueueAsync(new ImageReport("sq1-image", Session, now, 1, "g1/sq1", ImageKind.Square, "g1/sq1.mrc", 2048, 2048, 60), ct);
            await link.EnqueueAsync(new TargetStateReport("h3-started", Session, now, 1, "g1/sq1/h3", WorkState.Started, null), ct);
            await link.EnqueueAsync(new AcquisitionReport("h3-acq", Session, now, 1, "g1/sq1/h3", "frames/g1_sq1_h3.tif", -1.8, 0.5, -0.5, 2, 40, 50), ct);
            await link.EnqueueAsync(new TargetStateReport("h3-acquired", Session, now, 1, "g1/sq1/h3", WorkState.Acquired, "drift 1.2 Å/s"), ct);
            await link.EnqueueAsync(new LogReport("log-1", Session, now, LogPanel.Queue, "Queued 30 holes on g1/sq1"), ct);
            await link.EnqueueAsync(new NotificationReport("note-1", Session, now, NotificationKind.Info, "Atlas done"), ct);
            await Links.DeliveredAsync(link);
            Assert.Empty(link.RefusedReports);
        }

        var hole = await platform.TargetAsync(Session, 1, "g1/sq1/h3");
        Assert.Equal("ACQUIRED", hole.GetProperty("state").GetString());
        Assert.Equal("drift 1.2 Å/s", hole.GetProperty("message").GetString());
        Assert.Equal(-1.8, Assert.Single(hole.GetProperty("acquisitions").EnumerateArray()).GetProperty("defocusMicrons").GetDouble());
        Assert.Equal("SQUARE", Assert.Single((await platform.TargetAsync(Session, 1, "g1/sq1")).GetProperty("images").EnumerateArray()).GetProperty("kind").GetString());
        var holes = await platform.DataAsync(
            """query ($s: ID!) { gridTargets(sessionId: $s, gridPosition: 1, level: HOLE, first: 5, after: null) { totalCount pageInfo { hasNextPage } nodes { targetId parentTargetId state acquisitionCount } } }""",
            new { s = PlatformClient.SessionId(Session) });
        var page = holes.GetProperty("gridTargets");
        Assert.Equal(30, page.GetProperty("totalCount").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(page.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("g1/sq1", n.GetProperty("parentTargetId").GetString()));
        var atlas = await platform.DataAsync("""query ($s: ID!) { gridAtlasImages(sessionId: $s, gridPosition: 1) { relativePath pixelSizeAngstrom } }""", new { s = PlatformClient.SessionId(Session) });
        Assert.Equal("g1/atlas.mrc", Assert.Single(atlas.GetProperty("gridAtlasImages").EnumerateArray()).GetProperty("relativePath").GetString());

        Assert.Equal(0, await silo.StopAsync());
        Assert.Equal(["Queued 30 holes on g1/sq1"], await SiloDatabase.LogMessagesAsync(silo.DatabasePath, Session));
        Assert.NotNull(await SiloDatabase.AgentSeenAtAsync(silo.DatabasePath, PlatformClient.DemoMicroscope));
    }

    [Fact]
    public async Task Class_average_reports_larger_together_than_the_gateways_request_limit_are_sent_in_smaller_batches_and_all_arrive()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var ct = TestContext.Current.CancellationToken;
        await using var link = Links.Start(platform.Endpoint, Links.NewDatabasePath());
        var random = new Random(3);
        for (var i = 0; i < 6; i++)
        {
            // 6 reports × 20 classes × ~12 kB of image (base64) ≈ 1.9 MB: as one batch the Gateway refuses it (1 MB limit, 413).
            var classes = Enumerable.Range(1, 20).Select(n => new ClassAverageImage(n, 50, 8.5, Png(random))).ToList();
            await link.EnqueueAsync(new ClassAveragesReport($"averages-{i}", Session, DateTimeOffset.UtcNow, 1_000, 2.0, 64, classes), ct);
        }

        await Links.DeliveredAsync(link);
        Assert.Empty(link.RefusedReports);
        Assert.Equal(6, link.DeliveredReports);
    }

    /// <summary>Bytes that pass the platform's PNG check (signature, size) and do not compress.</summary>
    private static byte[] Png(Random random)
    {
        var bytes = new byte[9_000];
        random.NextBytes(bytes);
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        signature.CopyTo(bytes, 0);
        return bytes;
    }

    internal static TargetReport Target(string id, string? parent, TargetLevel level, double score) =>
        new(id, parent, level, score * 100, -score * 50, 10 * score, 20 * score, score, score > 0.5 ? "good" : "thick", Selected: score > 0.5, BisGroup: null);
}
