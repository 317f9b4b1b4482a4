using Platform.SerialEm.Commands;

namespace Platform.SerialEm.Client;

/// <summary>How long the client waits for each kind of command before it gives up and closes the connection.</summary>
public sealed record CommandTimeouts
{
    public TimeSpan Report { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Setting { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Action { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan StageMove { get; init; } = TimeSpan.FromMinutes(3);

    public TimeSpan Exposure { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan Montage { get; init; } = TimeSpan.FromHours(3);

    public TimeSpan GridLoad { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>AutoFocus, DriftWaitTask (up to 300 s by itself in SmartScope), RefineZLP, user scripts.</summary>
    public TimeSpan LongTask { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan ImageTransfer { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Every kind set to the same limit (tests).</summary>
    public static CommandTimeouts Uniform(TimeSpan limit) => new()
    {
        Report = limit, Setting = limit, Action = limit, StageMove = limit, Exposure = limit,
        Montage = limit, GridLoad = limit, LongTask = limit, ImageTransfer = limit,
    };

    public TimeSpan For(CommandKind kind) => kind switch
    {
        CommandKind.Report => Report,
        CommandKind.Setting or CommandKind.Exit => Setting,
        CommandKind.Action => Action,
        CommandKind.StageMove => StageMove,
        CommandKind.Exposure => Exposure,
        CommandKind.Montage => Montage,
        CommandKind.GridLoad => GridLoad,
        CommandKind.LongTask => LongTask,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown command kind."),
    };
}
