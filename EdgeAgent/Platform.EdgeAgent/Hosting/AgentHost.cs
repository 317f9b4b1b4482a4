using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Journal;
using Platform.EdgeAgent.Reporting;
using Platform.EdgeAgent.Tracks;
using Platform.EdgeAgent.Workflow;
using Platform.SerialEm.Client;

namespace Platform.EdgeAgent.Hosting;

/// <summary>
/// The agent's composition point: takes the configuration and an <see cref="IPlatformLink"/> (the real GraphQL/outbox link at
/// integration, a JSON-lines link under a supervisor, an in-memory one in tests), pumps its commands and runs at most one
/// screening run at a time. Commands are deduplicated by id within the process; after a restart a redelivered command is applied
/// again, which every command tolerates (a StartRun resumes from the journal, a stop stops the resumed run). A run the agent was
/// doing when it last stopped is resumed at start (see <c>AgentHost.Resume.cs</c>).
/// </summary>
public sealed partial class AgentHost : IAsyncDisposable
{
    /// <summary>How long a start waits for an ending run to close: the workflow's closing limit (30 s) plus the reports' margin.</summary>
    private static readonly TimeSpan _endingRunWait = TimeSpan.FromSeconds(60);

    private readonly AgentConfig _config;
    private readonly IPlatformLink _link;
    private readonly TimeProvider _time;
    private readonly SerialEmClientOptions _scopeOptions;
    private readonly HashSet<string> _seenCommands = [];
    private readonly RunJournal _journal;
    private readonly TrackHost _tracks;
    private ActiveRun? _run;

    /// <summary>
    /// <paramref name="tracks"/> runs the session tracks (with the factories the caller registered); left out, a host with none
    /// registered answers every track command "not available on this agent".
    /// </summary>
    public AgentHost(AgentConfig config, IPlatformLink link, TimeProvider? time = null, SerialEmClientOptions? scopeOptions = null, TrackHost? tracks = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(link);
        _config = config;
        _link = link;
        _time = time ?? TimeProvider.System;
        _scopeOptions = scopeOptions ?? new SerialEmClientOptions { Host = config.SerialEmHost, Port = config.SerialEmPort };
        _journal = RunJournal.Open(config.JournalPath);
        _tracks = tracks ?? new TrackHost(config.TrackFolders, link, _time);
    }

    /// <summary>The session tracks this agent runs.</summary>
    public TrackHost Tracks => _tracks;

    /// <summary>The run in progress (or last finished), to await in tests and at shutdown.</summary>
    public Task<RunState>? CurrentRun => _run?.Task;

    /// <summary>Raised after each command has been handled (tests await this instead of polling).</summary>
    public event Action<AgentCommand>? CommandHandled;

    /// <summary>Pumps commands until the link ends or <paramref name="cancellationToken"/> is cancelled, then waits for the run to end.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Tracks the platform wanted running before this agent stopped resume first, each from its durable state.
            await _tracks.ResumeAsync(cancellationToken).ConfigureAwait(false);
            await ResumeUnfinishedRunAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var command in _link.CommandsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_seenCommands.Add(command.CommandId))
                {
                    await HandleAsync(command, cancellationToken).ConfigureAwait(false);
                }

                CommandHandled?.Invoke(command);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // shutting down: the run is cancelled with the same token; the journal keeps what was started
        }

        if (_run is { } run)
        {
            try
            {
                await run.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // cancelled by shutdown
            }
        }
    }

    private Task HandleAsync(AgentCommand command, CancellationToken ct) => command switch
    {
        StartRunCommand start => StartAsync(start, ct),
        SoftStopCommand stop => SoftStopAsync(stop, ct),
        ForceKillCommand kill => ForceKillAsync(kill, ct),
        SetPauseBetweenGridsCommand pause => SetPauseAsync(pause, ct),
        AnswerPauseCommand answer => AnswerPauseAsync(answer, ct),
        EditTargetsCommand edit => EditTargetsAsync(edit, ct),
        TrackCommand track => _tracks.HandleAsync(track, ct),
        _ => Reporter(command.SessionId).LogAsync(LogPanel.Acquisition, $"command/{command.CommandId}/unknown",
            $"Command {command.GetType().Name} is not known to this agent version; ignored", ct).AsTask(),
    };

    private RunReporter Reporter(string sessionId) => new(_link, sessionId, _time);

    private WorkflowFolders Folders() => new(
        _config.DataFolder, _config.SerialEmDataFolder ?? _config.DataFolder, _config.FramesFolder, _config.SerialEmFramesFolder ?? _config.FramesFolder);

    public async ValueTask DisposeAsync()
    {
        if (_run is { } run)
        {
            run.Control.ForceKill("agent-shutdown");
            try
            {
                await run.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // already cancelled by shutdown
            }
        }

        await _tracks.DisposeAsync().ConfigureAwait(false);
        _journal.Dispose();
    }

    /// <summary>One run: its session, control flags and task.</summary>
    private sealed record ActiveRun(string SessionId, RunControl Control, Task<RunState> Task);
}
