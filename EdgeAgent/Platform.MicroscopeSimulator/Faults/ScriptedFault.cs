using System.Globalization;

namespace Platform.MicroscopeSimulator.Faults;

/// <summary>One fault to inject the next <see cref="Count"/> times a command (by name, or any command when null) arrives.</summary>
public sealed record ScriptedFault(string? Command, FaultKind Kind, string Message = "Simulated failure", TimeSpan Delay = default, int Count = 1)
{
    public bool Matches(string command) => Command is null || string.Equals(Command, command, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the CLI form <c>Command:kind[:argument]</c>, e.g. <c>Preview:error:Camera timeout</c>, <c>any:slow:5</c>, <c>MoveStageTo:drop</c>.</summary>
    public static ScriptedFault Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':', 3);
        if (parts.Length < 2)
        {
            throw new FormatException($"Fault '{text}' is not Command:kind[:argument].");
        }

        var command = parts[0].Equals("any", StringComparison.OrdinalIgnoreCase) ? null : parts[0];
        var argument = parts.Length > 2 ? parts[2] : null;
        return parts[1].ToLowerInvariant() switch
        {
            "error" => new ScriptedFault(command, FaultKind.CommandError, argument ?? "Simulated failure"),
            "stop" => new ScriptedFault(command, FaultKind.UserStop),
            "drop" => new ScriptedFault(command, FaultKind.DropConnection),
            "slow" => new ScriptedFault(command, FaultKind.SlowReply,
                Delay: TimeSpan.FromSeconds(double.Parse(argument ?? throw new FormatException("slow needs seconds"), CultureInfo.InvariantCulture))),
            "busy" => new ScriptedFault(command, FaultKind.Busy),
            "malformed" => new ScriptedFault(command, FaultKind.MalformedReply),
            "oversized" => new ScriptedFault(command, FaultKind.OversizedLength),
            _ => throw new FormatException($"Unknown fault kind '{parts[1]}' (error, stop, drop, slow, busy, malformed, oversized)."),
        };
    }
}
