using System.Text.Json;
using Platform.AgentLink.Contracts;
using Platform.AgentLink.Tests.Support;
using Platform.EdgeAgent.Tracks;
using Platform.EdgeAgent.Tracks.Preprocessing;
using Platform.Preprocessing.Tests.Support;
using Platform.Testing;

namespace Platform.Preprocessing.Tests.Tracks;

/// <summary>The track over generated movies, through the agent's outbox link, into the real Silo's micrograph table, read back over GraphQL.</summary>
public sealed class PreprocessingToPlatformTests : IDisposable
{
    internal const string MicrographsQuery = """
        query { facility(key: "demo") { session(key: "demo-session") { micrographs(first: 50, order: [{ field: NAME, direction: ASC }]) {
          totalCount edges { node { key name source frames defocusUAngstrom defocusVAngstrom defocusAngstrom driftTotalAngstrom driftTraceXAngstrom
            particleCount doseElectronsPerSquareAngstrom thumbnailPath powerSpectrumPath picksPath filePath fileSizeBytes fileSha256 } } } } }
        }
        """;

    private readonly MovieFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generated_movies_become_agent_micrographs_in_the_platform_table_and_a_corrupt_one_does_not()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        _folder.AddMovie("grid1_sq3_h7_001", seed: 3);
        _folder.AddTruncatedMovie("grid1_sq3_h7_002");
        _folder.AddMovie("grid1_sq3_h8_001", seed: 4);
        var ct = TestContext.Current.CancellationToken;
        await using (var link = Links.Start(platform.Endpoint, Links.NewDatabasePath()))
        {
            // Track status and pre-processing log lines are the platform-side track work of another branch; micrographs go through.
            var recording = new RecordingLink(link, forward: r => r is MicrographReport);
            await using var track = new PreprocessingTrack(PreprocessingTrackTests.Options);
            await track.StartAsync(new TrackSession(PlatformClient.DemoSession, PreprocessingTrackTests.Settings, _folder.Frames, _folder.Work, recording, TimeProvider.System), ct);
            await recording.WaitForAsync(r => r.OfType<MicrographReport>().Count() == 2 && track.Snapshot.Progress.ItemsFailed == 1, "two micrographs and one failed movie");
            await track.StopAsync(ct);
            await Links.DeliveredAsync(link);
            Assert.Empty(link.RefusedReports);
        }

        var list = (await platform.DataAsync(MicrographsQuery)).GetProperty("facility").GetProperty("session").GetProperty("micrographs");
        Assert.Equal(2, list.GetProperty("totalCount").GetInt32());
        var nodes = list.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(["grid1_sq3_h7_001", "grid1_sq3_h8_001"], nodes.Select(n => n.GetProperty("name").GetString()));
        foreach (var node in nodes)
        {
            var name = node.GetProperty("name").GetString();
            Assert.Equal($"demo-session/agent/{name}", node.GetProperty("key").GetString());
            Assert.Equal("agent", node.GetProperty("source").GetString());
            Assert.Equal(6, node.GetProperty("frames").GetInt32());
            Assert.Equal(MovieFolder.Truth.MeanDefocusAngstrom, node.GetProperty("defocusAngstrom").GetDouble(), MovieFolder.Truth.MeanDefocusAngstrom * 0.03);
            Assert.Equal(6, node.GetProperty("driftTraceXAngstrom").GetArrayLength());
            Assert.True(node.GetProperty("particleCount").GetInt32() > 0);
            Assert.Equal($"preprocessing/{name}_thumb.png", node.GetProperty("thumbnailPath").GetString());
            Assert.Equal($"preprocessing/{name}_ps.png", node.GetProperty("powerSpectrumPath").GetString());
            Assert.Equal($"preprocessing/{name}_picks.star", node.GetProperty("picksPath").GetString());
            Assert.Equal(JsonValueKind.Null, node.GetProperty("filePath").ValueKind);
        }

        Assert.Equal(0, await silo.StopAsync());
    }
}
