using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Tracks;

/// <summary>What Start, Restart, Stop and Clear do to a session's track, and the statuses the host itself reports.</summary>
public sealed partial class TrackHost
{
    private async Task StartLockedAsync(RunningTrack wanted, bool restart, string occasion, CancellationToken ct)
    {
        if (!_factories.TryGetValue(wanted.Kind, out var factory))
        {
            await ReportUnavailableAsync(wanted, occasion, ct).ConfigureAwait(false);
            return;
        }

        var session = _folders.SessionFor(wanted, _link, _time);
        try
        {
            if (restart && Find(wanted.SessionId, wanted.Kind) is { } old)
            {
                // A restart brings new settings: the old instance goes, its durable state stays for the new one to resume from.
                await old.StopAsync(ct).ConfigureAwait(false);
                await old.DisposeAsync().ConfigureAwait(false);
                _tracks.Remove((wanted.SessionId, wanted.Kind));
            }

            var track = Find(wanted.SessionId, wanted.Kind) ?? (_tracks[(wanted.SessionId, wanted.Kind)] = factory(session));
            Remember(wanted, running: true);
            await track.StartAsync(session, ct).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await ReportAsync(wanted, occasion, TrackRunState.Error, $"The {wanted.Kind} track could not start: {error.Message}", ct).ConfigureAwait(false);
        }
    }

    private async Task StopLockedAsync(RunningTrack wanted, string occasion, CancellationToken ct)
    {
        Remember(wanted, running: false);
        if (Find(wanted.SessionId, wanted.Kind) is not { } track)
        {
            // Nothing runs here (never started, or started before a restart that had not resumed it): say it is stopped.
            await ReportAsync(wanted, occasion, TrackRunState.NotRunning, null, ct).ConfigureAwait(false);
            return;
        }

        try
        {
            await track.StopAsync(ct).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await ReportAsync(wanted, occasion, TrackRunState.Error, $"The {wanted.Kind} track could not stop cleanly: {error.Message}", ct).ConfigureAwait(false);
        }
    }

    private async Task ClearLockedAsync(RunningTrack wanted, string occasion, CancellationToken ct)
    {
        if (!_factories.TryGetValue(wanted.Kind, out var factory))
        {
            await ReportUnavailableAsync(wanted, occasion, ct).ConfigureAwait(false);
            return;
        }

        Remember(wanted, running: false);
        try
        {
            var track = Find(wanted.SessionId, wanted.Kind) ?? (_tracks[(wanted.SessionId, wanted.Kind)] = factory(_folders.SessionFor(wanted, _link, _time)));
            await track.ClearAsync(ct).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await ReportAsync(wanted, occasion, TrackRunState.Error, $"The {wanted.Kind} track could not be cleared: {error.Message}", ct).ConfigureAwait(false);
        }
    }

    private ValueTask ReportUnavailableAsync(RunningTrack wanted, string occasion, CancellationToken ct) =>
        ReportAsync(wanted, occasion, TrackRunState.Error, $"The {wanted.Kind} track is not available on this agent", ct);

    /// <summary>A status from the host itself, keyed by the command it answers so a redelivered command's answer is applied once.</summary>
    private ValueTask ReportAsync(RunningTrack track, string occasion, TrackRunState state, string? message, CancellationToken ct) =>
        _link.EnqueueAsync(new TrackStatusReport($"{track.SessionId}/track/{track.Kind}/host/{occasion}", track.SessionId, _time.GetUtcNow(), track.Kind, state,
            Find(track.SessionId, track.Kind)?.Snapshot.Progress ?? TrackProgress.None, message), ct);
}
