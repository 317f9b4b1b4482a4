using System.Security.Cryptography;
using System.Text.Json;
using Platform.AgentLink.Contracts;
using Platform.AgentLink.Grants;
using Platform.AgentLink.Tests.Support;
using Platform.Blobs.Azure;
using Platform.Blobs.Errors;
using Platform.Blobs.Grants;
using Platform.Blobs.Keys;
using Platform.Blobs.Store;
using Platform.Blobs.Upload;
using Platform.Testing;

namespace Platform.AgentLink.Tests.EndToEnd;

/// <summary>
/// Tracks over the real Silo: track controls reach the agent as <see cref="TrackCommand"/>s, track status reports show in
/// GraphQL, and upload grants write through the Silo's filesystem blob endpoint — only under the grant's session prefix.
/// </summary>
public sealed class TrackLinkTests
{
    private static readonly string _sessionGlobalId = PlatformClient.SessionId(PlatformClient.DemoSession);

    [Fact]
    public async Task A_track_start_reaches_the_agent_with_its_settings_and_the_agents_status_report_shows_as_the_tracks_progress()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var ct = TestContext.Current.CancellationToken;
        await using var agent = Links.Start(platform.Endpoint, Links.NewDatabasePath());

        var started = await platform.DataAsync("""
            mutation ($id: ID!) { startTrack(input: { sessionId: $id, track: CLASSIFICATION_2D }) { session { name processing { particleRadiusAngstrom } } errors { code } } }
            """, new { id = _sessionGlobalId });
        var session = started.GetProperty("startTrack").GetProperty("session");

        var command = Assert.IsType<TrackCommand>(await FirstTrackCommandAsync(agent, ct));
        Assert.Equal((TrackKind.Classification2D, TrackAction.Start), (command.Track, command.Action));
        Assert.Equal(session.GetProperty("name").GetString(), command.SessionName);
        Assert.Equal(session.GetProperty("processing").GetProperty("particleRadiusAngstrom").GetDouble(), command.Settings.ParticleRadiusAngstrom);

        await agent.EnqueueAsync(new TrackStatusReport("status-1", PlatformClient.DemoSession, DateTimeOffset.UtcNow, TrackKind.Classification2D, TrackRunState.Running,
            new TrackProgress(7, 3, 0, 0, 42.5, null), "classifying"), ct);
        await agent.EnqueueAsync(new LogReport("log-1", PlatformClient.DemoSession, DateTimeOffset.UtcNow, LogPanel.Classification2D, "round 1 of 20"), ct);
        await Links.DeliveredAsync(agent);

        var track = (await platform.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { tracks { kind state message progress { itemsDone itemsPending itemsPerHour } logs { message } } } } }
            """, new { id = _sessionGlobalId })).GetProperty("node").GetProperty("tracks").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "CLASSIFICATION_2D");
        Assert.Equal("RUNNING", track.GetProperty("state").GetString());
        Assert.Equal("classifying", track.GetProperty("message").GetString());
        Assert.Equal(7, track.GetProperty("progress").GetProperty("itemsDone").GetInt32());
        Assert.Equal(42.5, track.GetProperty("progress").GetProperty("itemsPerHour").GetDouble());
        Assert.Equal(["round 1 of 20"], track.GetProperty("logs").EnumerateArray().Select(l => l.GetProperty("message").GetString()));
        Assert.Empty(agent.RefusedReports);
    }

    [Fact]
    public async Task An_upload_grant_writes_through_the_silos_filesystem_endpoint_and_the_file_is_listed_and_downloadable()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var ct = TestContext.Current.CancellationToken;
        await using var agent = Links.Start(platform.Endpoint, Links.NewDatabasePath());
        var content = RandomNumberGenerator.GetBytes(300_000);

        var grant = await agent.UploadGrantsFor(PlatformClient.DemoSession).GetGrantAsync(ct);
        var key = BlobKey.Parse(grant.Prefix + "frames/grid_1/movie_0001.tif");
        var result = await new BlockUploader(grant.Store, new BlockUploadOptions { BlockSizeBytes = 64 * 1024, Parallelism = 3 }).UploadAsync(new MemoryStream(content), key, ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), result.Sha256);
        Assert.Equal(content.Length, (await grant.Store.GetPropertiesAsync(key, ct))!.LengthBytes);
        var file = (await platform.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { files(first: 10) { nodes { path sizeBytes downloadUrl } } } } }
            """, new { id = _sessionGlobalId })).GetProperty("node").GetProperty("files").GetProperty("nodes").EnumerateArray().Single();
        Assert.Equal("frames/grid_1/movie_0001.tif", file.GetProperty("path").GetString());
        Assert.Equal(content.Length, file.GetProperty("sizeBytes").GetDouble());
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };
        Assert.Equal(content, await http.GetByteArrayAsync(file.GetProperty("downloadUrl").GetString(), ct));
    }

    [Fact]
    public async Task The_silo_refuses_an_upload_grant_outside_its_prefix_a_read_with_it_and_a_tampered_token()
    {
        await using var silo = await DemoSilo.StartAsync();
        using var platform = new PlatformClient(silo.BaseAddress);
        var ct = TestContext.Current.CancellationToken;
        await using var agent = Links.Start(platform.Endpoint, Links.NewDatabasePath());
        var grant = (await agent.UploadGrantsFor(PlatformClient.DemoSession).GetGrantAsync(ct)).Grant;
        using var http = new HttpClient();
        // The raw REST client, without the client-side grant checks: only the Silo stands between it and other sessions.
        AzureBlobStore Raw(BlobGrant presented) => new(http, PlatformUploadGrantSource.FileSystemOptions(agent.PlatformUri) with { MaxAttempts = 1 },
            new AzureSasAuthorizer(presented, new GrantTokenCredential()), TimeProvider.System);
        var block = "block"u8.ToArray();
        var md5 = MD5.HashData(block);
        var otherSession = BlobKey.Parse(grant.Prefix.Replace("demo-session", "other-session", StringComparison.Ordinal) + "frames/x.tif");
        var own = BlobKey.Parse(grant.Prefix + "frames/x.tif");

        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => Raw(grant).StageBlockAsync(otherSession, BlockIds.For(0, md5), block, md5, ct));
        await Assert.ThrowsAsync<BlobAccessDeniedException>(() => Raw(grant with { Prefix = otherSession.Value[..(otherSession.Value.IndexOf("frames", StringComparison.Ordinal))] })
            .StageBlockAsync(otherSession, BlockIds.For(0, md5), block, md5, ct));
        await Raw(grant).StageBlockAsync(own, BlockIds.For(0, md5), block, md5, ct);
        await Raw(grant).CommitBlocksAsync(own, [BlockIds.For(0, md5)], new Dictionary<string, string>(), ct);
        await Assert.ThrowsAsync<BlobAccessDeniedException>(async () => await (await Raw(grant).OpenReadAsync(own, null, ct)).DisposeAsync());
        await Assert.ThrowsAsync<BlobChecksumMismatchException>(() => Raw(grant).StageBlockAsync(own, BlockIds.For(1, md5), "other"u8.ToArray(), md5, ct));
        await Assert.ThrowsAsync<BlobConflictException>(() => Raw(grant).CommitBlocksAsync(own, [BlockIds.For(0, md5)], new Dictionary<string, string>(), ct));

        var listed = (await platform.DataAsync("""
            query ($id: ID!) { node(id: $id) { ... on Session { files(first: 10) { nodes { path sizeBytes } } } } }
            """, new { id = _sessionGlobalId })).GetProperty("node").GetProperty("files").GetProperty("nodes");
        Assert.Equal(["frames/x.tif"], listed.EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    private static async Task<AgentCommand> FirstTrackCommandAsync(GraphQLPlatformLink agent, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await foreach (var command in agent.CommandsAsync(timeout.Token))
        {
            if (command is TrackCommand)
            {
                return command;
            }
        }

        throw new TimeoutException("no track command arrived within 60 s");
    }
}
