using Platform.SerialEm.Commands;
using Platform.SerialEm.Microscope;
using Platform.SerialEm.Protocol;

namespace Platform.SerialEm.Client;

/// <summary>Stage commands: absolute and relative moves, tilt, eucentricity. None of them is ever re-sent after a lost connection.</summary>
public sealed partial class SerialEmClient
{
    /// <summary>MoveStageTo in µm; Z is left unchanged when null.</summary>
    public Task MoveStageToAsync(double xMicrons, double yMicrons, double? zMicrons = null, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.MoveStageTo, cancellationToken, WithOptional([xMicrons, yMicrons], zMicrons));

    /// <summary>MoveStage by a relative amount in µm.</summary>
    public Task MoveStageAsync(double dxMicrons, double dyMicrons, double? dzMicrons = null, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.MoveStage, cancellationToken, WithOptional([dxMicrons, dyMicrons], dzMicrons));

    public async Task<StagePosition> ReportStageXyzAsync(CancellationToken cancellationToken = default)
    {
        var result = await RunAsync(CommandTable.ReportStageXYZ, cancellationToken).ConfigureAwait(false);
        return new StagePosition(result.Number(0), result.Number(1), result.Number(2));
    }

    public Task TiltToAsync(double degrees, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.TiltTo, cancellationToken, degrees);

    public Task TiltByAsync(double degrees, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.TiltBy, cancellationToken, degrees);

    public async Task<double> ReportTiltAngleAsync(CancellationToken cancellationToken = default) =>
        (await RunAsync(CommandTable.ReportTiltAngle, cancellationToken).ConfigureAwait(false)).Number(0);

    /// <summary>ResetImageShift: moves the stage to absorb the current image shift.</summary>
    public Task ResetImageShiftAsync(CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.ResetImageShift, cancellationToken);

    /// <summary>Eucentricity with SerialEM's option bits (1 rough, 2 fine, 3 both; −1 by focus, as SmartScope's Eucentricity(−1, −1)).</summary>
    public Task EucentricityAsync(int options, int? secondOption = null, CancellationToken cancellationToken = default) =>
        RunAsync(CommandTable.Eucentricity, cancellationToken, secondOption is { } second ? [options, second] : [options]);

    private static WireValue[] WithOptional(WireValue[] required, params double?[] optional)
    {
        var values = new List<WireValue>(required);
        foreach (var value in optional)
        {
            if (value is null)
            {
                break;
            }

            values.Add(value.Value);
        }

        return [.. values];
    }
}
