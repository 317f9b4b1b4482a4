using System.Runtime.CompilerServices;
using System.Text.Json;
using Platform.AgentLink.Contracts;

namespace Platform.EdgeAgent.Link;

/// <summary>
/// An <see cref="IPlatformLink"/> over two text streams, one JSON object per line, for running the agent under a supervising
/// process (<c>run --link stdio</c>): commands in as <c>{"type":"StartRun","command":{…}}</c>, reports out as
/// <c>{"type":"TargetStateReport","report":{…}}</c>. A report is "durable" once written and flushed to the output stream: the
/// supervisor owns it from there. Malformed command lines are answered with a <c>{"type":"error"}</c> line and skipped.
/// </summary>
public sealed class JsonLinesPlatformLink : IPlatformLink
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private static readonly Dictionary<string, Type> _commandTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["StartRun"] = typeof(StartRunCommand),
        ["SoftStop"] = typeof(SoftStopCommand),
        ["ForceKill"] = typeof(ForceKillCommand),
        ["SetPauseBetweenGrids"] = typeof(SetPauseBetweenGridsCommand),
        ["AnswerPause"] = typeof(AnswerPauseCommand),
        ["EditTargets"] = typeof(EditTargetsCommand),
    };

    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly SemaphoreSlim _write = new(1, 1);

    public JsonLinesPlatformLink(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        _input = input;
        _output = output;
    }

    /// <summary>Serialises one command as the line this link reads (for supervisors and tests).</summary>
    public static string CommandLine(AgentCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var type = command.GetType().Name.Replace("Command", "", StringComparison.Ordinal);
        return JsonSerializer.Serialize(new { type, command = (object)command }, _json);
    }

    /// <summary>Reads one report line back into its report type; null for lines that are not reports.</summary>
    public static AgentReport? ParseReport(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var type = doc.RootElement.GetProperty("type").GetString();
        var reportType = type is null ? null : typeof(AgentReport).Assembly.GetType($"{typeof(AgentReport).Namespace}.{type}");
        return reportType is null || !doc.RootElement.TryGetProperty("report", out var report) ? null : (AgentReport?)report.Deserialize(reportType, _json);
    }

    public async IAsyncEnumerable<AgentCommand> CommandsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            AgentCommand? command = null;
            string? problem = null;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var type = doc.RootElement.GetProperty("type").GetString() ?? "";
                command = _commandTypes.TryGetValue(type, out var t)
                    ? (AgentCommand?)doc.RootElement.GetProperty("command").Deserialize(t, _json)
                    : null;
                problem = command is null ? $"unknown command type '{type}'" : null;
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                problem = ex.Message;
            }

            if (command is null)
            {
                await WriteLineAsync(JsonSerializer.Serialize(new { type = "error", message = $"command line ignored: {problem}" }, _json), cancellationToken)
                    .ConfigureAwait(false);
                continue;
            }

            yield return command;
        }
    }

    public async ValueTask EnqueueAsync(AgentReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await WriteLineAsync(JsonSerializer.Serialize(new { type = report.GetType().Name, report = (object)report }, _json), cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _output.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _write.Release();
        }
    }
}
