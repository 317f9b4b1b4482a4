namespace Platform.MicroscopeSimulator;

/// <summary>How long each kind of command takes on a real scope, in seconds before the speed factor divides them.</summary>
public sealed record SimulatedDelays
{
    public double ExposureSeconds { get; init; } = 2;

    public double StageMoveSeconds { get; init; } = 1;

    public double GridLoadSeconds { get; init; } = 60;

    public double MontageSeconds { get; init; } = 120;

    public double LongTaskSeconds { get; init; } = 10;

    public double SettingSeconds { get; init; } = 0.02;

    /// <summary>No delays at all (fast tests).</summary>
    public static SimulatedDelays None { get; } = new()
    {
        ExposureSeconds = 0, StageMoveSeconds = 0, GridLoadSeconds = 0, MontageSeconds = 0, LongTaskSeconds = 0, SettingSeconds = 0,
    };
}
