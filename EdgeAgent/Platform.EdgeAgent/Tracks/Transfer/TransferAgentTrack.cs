using Platform.AgentLink.Contracts;
using Platform.Transfer.Grants;
using Platform.Transfer.Queue;
using Platform.Transfer.Track;

namespace Platform.EdgeAgent.Tracks.Transfer;

/// <summary>
/// The transfer track as an <see cref="IAgentTrack"/>: Platform.Transfer's <see cref="TransferTrack"/> (durable queue in the
/// session's transfer folder, resumable verified block uploads, never touching the sources) reporting through the link.
/// Stop interrupts the current upload, which resumes from its committed blocks on the next start (also after the agent was
/// killed). Clear forgets the queue, so a start looks at every file again: files already in storage with the same content are
/// recognised by their SHA-256 and not sent again. Control calls are serialized.
/// </summary>
public sealed class TransferAgentTrack(TrackSession session, IUploadGrantSource grants, TransferTrackOptions options) : IAgentTrack
{
    private readonly SemaphoreSlim _control = new(1, 1);
    private readonly TransferStatusReporter _reporter = new(session.SessionId, session.Link, session.Time);
    private TransferQueue? _queue;
    private TransferTrack? _track;

    public TrackKind Kind => TrackKind.Transfer;

    public TrackSnapshot Snapshot => _reporter.Snapshot;

    private string Folder => session.FolderOf(TrackKind.Transfer);

    public async Task StartAsync(TrackSession session, CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_track is null)
            {
                Directory.CreateDirectory(Folder);
                _queue = TransferQueue.Open(Path.Combine(Folder, "queue.db"), session.Time);
                _track = new TransferTrack(options, _queue, grants, _reporter, session.Time);
            }

            await _track.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _control.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_track is null)
            {
                _reporter.StatusChanged(Idle(null, StoredCounts()));
                return;
            }

            await _track.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _control.Release();
        }
    }

    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await CloseAsync().ConfigureAwait(false);
            if (Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }

            _reporter.Log(new Platform.Transfer.Reporting.TransferLogLine(session.Time.GetUtcNow(), Platform.Transfer.Reporting.TransferLogLevel.Info,
                "Cleared the transfer queue: a start looks at every file again (files already stored with the same content are not sent again)."));
            _reporter.StatusChanged(Idle("Cleared", new QueueCounts(0, 0, 0, 0, 0, 0, 0, 0)));
        }
        finally
        {
            _control.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _control.WaitAsync().ConfigureAwait(false);
        try
        {
            await CloseAsync().ConfigureAwait(false);
            await _reporter.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _control.Release();
        }

        _control.Dispose();
    }

    private async Task CloseAsync()
    {
        if (_track is not null)
        {
            await _track.DisposeAsync().ConfigureAwait(false);
            _track = null;
        }

        _queue?.Dispose();
        _queue = null;
    }

    private static TrackStatus Idle(string? message, QueueCounts counts) => new(TrackState.NotRunning, message, counts, null, 0);

    /// <summary>The counts of the queue an earlier run of the agent left, without starting anything.</summary>
    private QueueCounts StoredCounts()
    {
        var path = Path.Combine(Folder, "queue.db");
        if (!File.Exists(path))
        {
            return new QueueCounts(0, 0, 0, 0, 0, 0, 0, 0);
        }

        using var queue = TransferQueue.Open(path, session.Time);
        return queue.Counts();
    }
}
