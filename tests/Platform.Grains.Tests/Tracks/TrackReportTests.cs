using Platform.Grains.Errors;
using Platform.Grains.Sessions;

namespace Platform.Grains.Tests.Tracks;

/// <summary>The agent's track status reports (latest observation wins, once per key) and the track log panels.</summary>
public sealed class TrackReportTests
{
    [Fact]
    public async Task The_latest_observation_wins_an_older_report_changes_nothing_and_a_resent_key_is_a_duplicate()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        var at = silo.Clock.GetUtcNow();

        Assert.True(await session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.Running, new TrackCounters(5, 1, 0, 5_000_000_000, 300, 2.5e8), "sending", at.AddSeconds(10), "k-new"));
        Assert.True(await session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.Waiting, new TrackCounters(2, 0, 0, 10, null, null), null, at, "k-old"));
        Assert.False(await session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.Error, TrackCounters.None, "boom", at.AddSeconds(20), "k-new"));

        var transfer = (await session.GetAsync()).Tracks.Single(t => t.Track == TrackKind.Transfer);
        Assert.Equal(TrackState.Running, transfer.State);
        Assert.Equal(new TrackCounters(5, 1, 0, 5_000_000_000, 300, 2.5e8), transfer.Progress);
        Assert.Equal("sending", transfer.Message);
        Assert.Equal(at.AddSeconds(10), transfer.ReportedAtUtc);
    }

    [Fact]
    public async Task A_report_with_negative_counters_is_refused_and_changes_nothing()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();

        await Assert.ThrowsAsync<InvalidInputException>(() =>
            session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.Running, new TrackCounters(-1, 0, 0, 0, null, null), null, silo.Clock.GetUtcNow(), "bad"));

        var transfer = (await session.GetAsync()).Tracks.Single(t => t.Track == TrackKind.Transfer);
        Assert.Equal(TrackState.NotRunning, transfer.State);
        Assert.Null(transfer.ReportedAtUtc);
        Assert.True(await session.ApplyTrackStatusReportAsync(TrackKind.Transfer, TrackState.Running, TrackCounters.None, null, silo.Clock.GetUtcNow(), "bad"));
    }

    [Fact]
    public async Task Log_lines_of_a_track_panel_are_kept_for_its_logs_and_run_page_panels_are_not()
    {
        await using var silo = await DomainSilo.StartAsync();
        var session = await silo.NewSessionWithGridAsync();
        for (var i = 1; i <= TrackLogLine.KeptPerTrack + 5; i++)
        {
            await session.ApplyLogReportAsync(LogPanel.Transfer, $"sent movie {i}", $"log-{i}");
        }

        await session.ApplyLogReportAsync(LogPanel.Acquisition, "acquired", "log-acq");

        var last = await session.GetTrackLogAsync(TrackKind.Transfer, 3);
        Assert.Equal(["sent movie 203", "sent movie 204", "sent movie 205"], last.Select(l => l.Message));
        Assert.Equal(TrackLogLine.KeptPerTrack, (await session.GetTrackLogAsync(TrackKind.Transfer, TrackLogLine.KeptPerTrack)).Count);
        Assert.Empty(await session.GetTrackLogAsync(TrackKind.Preprocessing, 10));
        await Assert.ThrowsAsync<InvalidInputException>(() => session.GetTrackLogAsync(TrackKind.Transfer, 0));

        await session.ClearTrackAsync(TrackKind.Transfer, "alice");
        Assert.Empty(await session.GetTrackLogAsync(TrackKind.Transfer, 10));
    }
}
