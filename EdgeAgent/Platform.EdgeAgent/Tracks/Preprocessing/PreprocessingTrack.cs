using Platform.AgentLink.Contracts;
using Platform.Processing.Ctf;
using Platform.Processing.Fourier;
using Platform.Processing.Pipeline;

namespace Platform.EdgeAgent.Tracks.Preprocessing;

/// <summary>
/// nextPYP's pre-processing track on the agent: watches the frames folder for complete movies (the transfer track's
/// <see cref="Platform.Transfer.Watching.FolderWatcher"/>), runs the pre-processing chain on one movie at a time with all
/// cores, writes aligned sum, thumbnail, power spectrum and picks into its folder, and reports one
/// <see cref="MicrographReport"/> per movie, its log lines on <see cref="LogPanel.Preprocessing"/> and its state and counters.
/// </summary>
/// <remarks>
/// Control calls are serialized. Progress is durable per movie (<see cref="PreprocessedMovies"/>): after a restart done movies
/// are skipped and a movie that was in progress is redone. Stop abandons the movie in progress (its partial outputs are
/// overwritten when it is redone). An unreadable movie is a failed item with a log line; the track goes on. Only a failure
/// of the track's own folder (e.g. a full disk) puts the track in <see cref="TrackRunState.Error"/>.
/// </remarks>
public sealed partial class PreprocessingTrack(PreprocessingTrackOptions options) : IAgentTrack
{
    private readonly SemaphoreSlim _control = new(1, 1);
    private readonly Lock _stateLock = new();
    private readonly List<long> _completions = [];
    private TrackSnapshot _snapshot = TrackSnapshot.NotRunning;
    private TrackSession? _session;
    private CancellationTokenSource? _run;
    private Task _loop = Task.CompletedTask;
    private long _runId;
    private long _reportSequence;

    public TrackKind Kind => TrackKind.Preprocessing;

    public TrackSnapshot Snapshot
    {
        get
        {
            lock (_stateLock)
            {
                return _snapshot;
            }
        }
    }

    public async Task StartAsync(TrackSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await _control.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_loop.IsCompleted)
            {
                return;
            }

            _session = session;
            _runId = session.Time.GetUtcNow().UtcTicks;
            _completions.Clear();
            var folder = session.FolderOf(TrackKind.Preprocessing);
            Directory.CreateDirectory(folder);
            var movies = new PreprocessedMovies(folder);
            var (done, failed) = movies.Counts();
            await SetAsync(TrackRunState.Starting, new TrackProgress(done, 0, failed, 0, null, null), null, CancellationToken.None).ConfigureAwait(false);
            PreprocessingPipeline pipeline;
            try
            {
                if (options.FftwWisdomPath is { } wisdom && FftwWisdom.FilePath != Path.GetFullPath(wisdom))
                {
                    var loaded = FftwWisdom.UseFile(wisdom);
                    await LogAsync(loaded ? $"FFTW wisdom loaded from {wisdom}" : $"No usable FFTW wisdom in {wisdom}: transforms are measured once and saved there", CancellationToken.None).ConfigureAwait(false);
                }

                pipeline = new PreprocessingPipeline(SettingsFor(session.Settings, folder, options.MaxThreads));
            }
            catch (Exception ex) when (ex is FftwNotAvailableException or Platform.Imaging.Images.CorruptImageFileException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                await SetAsync(TrackRunState.Error, Snapshot.Progress, $"cannot start: {ex.Message}", CancellationToken.None).ConfigureAwait(false);
                await LogAsync($"Pre-processing cannot start: {ex.Message}", CancellationToken.None).ConfigureAwait(false);
                return;
            }

            _run = new CancellationTokenSource();
            var token = _run.Token;
            _loop = Task.Run(() => RunAsync(session, movies, pipeline, token), CancellationToken.None);
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
            await StopLoopAsync().ConfigureAwait(false);
            if (_session is not null && Snapshot.State is not TrackRunState.NotRunning)
            {
                await SetAsync(TrackRunState.NotRunning, Snapshot.Progress with { ItemsPending = 0, ItemsPerHour = null }, null, CancellationToken.None).ConfigureAwait(false);
            }
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
            await StopLoopAsync().ConfigureAwait(false);
            if (_session is null)
            {
                return;
            }

            var folder = _session.FolderOf(TrackKind.Preprocessing);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            await SetAsync(TrackRunState.NotRunning, TrackProgress.None, null, CancellationToken.None).ConfigureAwait(false);
            await LogAsync("Pre-processing cleared: every movie will be processed again on the next start", CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _control.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopLoopAsync().ConfigureAwait(false);
        _control.Dispose();
    }

    /// <summary>The pipeline's settings for a session: the platform's processing parameters, this track's folder, all cores.</summary>
    public static PreprocessingSettings SettingsFor(ProcessingSettings settings, string outputFolder, int maxThreads)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new PreprocessingSettings
        {
            PixelSizeAngstrom = settings.PixelSizeAngstrom,
            Optics = new MicroscopeOptics(settings.VoltageKilovolts, settings.SphericalAberrationMillimetres, settings.AmplitudeContrast),
            ExposurePerFrameElectronsPerAngstromSquared = settings.DosePerFrameElectronsPerSquareAngstrom,
            ParticleRadiusAngstrom = settings.ParticleRadiusAngstrom,
            GainReferencePath = settings.GainReferencePath,
            OutputDirectory = outputFolder,
            MaxThreads = maxThreads,
        };
    }

    private async Task StopLoopAsync()
    {
        if (_run is null)
        {
            return;
        }

        await _run.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation; the movie in progress was abandoned and will be redone.
        }

        _run.Dispose();
        _run = null;
    }
}
