using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Commands that move hardware or take time: stage, tilt, autoloader, eucentricity, autofocus, drift wait.</summary>
public sealed partial class SimulatedMicroscope
{
    /// <summary>Simulated specimen drift after a move: rate(t) = 5 Å/s · exp(−t / 60 s).</summary>
    private const double InitialDriftAngstromPerSecond = 5;
    private const double DriftSettleSeconds = 60;

    private void RegisterMotion()
    {
        OnSet(CommandTable.MoveStageTo, a => Fail(Stage.TryMoveTo(a.Number(0), a.Number(1), a.Number(2, Stage.ZMicrons))));
        OnSet(CommandTable.MoveStage, a => Fail(Stage.TryMoveTo(Stage.XMicrons + a.Number(0), Stage.YMicrons + a.Number(1), Stage.ZMicrons + a.Number(2, 0))));
        OnSet(CommandTable.TiltTo, a => Fail(Stage.TryTiltTo(a.Number(0))));
        OnSet(CommandTable.TiltBy, a => Fail(Stage.TryTiltTo(Stage.TiltDegrees + a.Number(0))));
        OnSet(CommandTable.ResetImageShift, _ =>
        {
            Fail(Stage.TryMoveTo(Stage.XMicrons + Optics.ImageShiftXMicrons, Stage.YMicrons + Optics.ImageShiftYMicrons, Stage.ZMicrons));
            (Optics.ImageShiftXMicrons, Optics.ImageShiftYMicrons) = (0, 0);
        });
        OnSet(CommandTable.Eucentricity, _ =>
        {
            var grid = Autoloader.OnStage ?? throw new SimulatedCommandException("No specimen: eucentricity could not find a feature to track");
            Stage.ZMicrons = grid.EucentricZMicrons;
        });
        OnSet(CommandTable.LoadCartridge, a =>
        {
            Fail(Autoloader.TryLoad(a.Integer(0)));
            (Stage.XMicrons, Stage.YMicrons, Stage.ZMicrons, Stage.TiltDegrees) = (0, 0, 0, 0);
        });
        OnSet(CommandTable.UnloadCartridge, _ => Fail(Autoloader.Unload()));
        OnSet(CommandTable.AutoFocus, _ =>
        {
            Fail(Autoloader.OnStage is null ? "Autofocus failed: no specimen (vacuum image has no signal)" : null);
            Optics.DefocusMicrons = Optics.TargetDefocusMicrons;
        });
        On(CommandTable.DriftWaitTask, DriftWaitAsync);
    }

    /// <summary>
    /// DriftWaitTask(crit, units, maxWait, interval, ...): measures the settling drift every interval until it is below crit or
    /// maxWait has passed; reports (last rate Å/s, seconds waited, 1 if met). Takes the simulated waiting time.
    /// </summary>
    private async Task<WireValue[]> DriftWaitAsync(CommandArguments a, CancellationToken cancellationToken)
    {
        var criterion = a.Number(0, 1);
        var maxWait = a.Number(2, 60);
        var interval = Math.Max(1, a.Number(3, 10));
        var elapsed = 0.0;
        var rate = InitialDriftAngstromPerSecond;
        while (rate > criterion && elapsed + interval <= maxWait)
        {
            elapsed += interval;
            rate = InitialDriftAngstromPerSecond * Math.Exp(-elapsed / DriftSettleSeconds);
        }

        await DelayAsync(elapsed, cancellationToken).ConfigureAwait(false);
        return [rate, elapsed, rate <= criterion ? 1 : 0];
    }
}
