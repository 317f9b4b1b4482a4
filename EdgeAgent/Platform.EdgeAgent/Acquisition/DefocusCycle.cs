namespace Platform.EdgeAgent.Acquisition;

/// <summary>
/// SmartScope's defocus roll (reference Part 3.7, <c>rollDefocus</c>): new = round(current target − |step|, 2); outside
/// [far, near] it wraps to near, where near is the limit closer to zero. Step 0 keeps the target at near.
/// </summary>
public static class DefocusCycle
{
    public static double Next(double currentTargetMicrons, double limitAMicrons, double limitBMicrons, double stepMicrons)
    {
        var near = Math.Max(limitAMicrons, limitBMicrons);
        var far = Math.Min(limitAMicrons, limitBMicrons);
        if (stepMicrons == 0)
        {
            return near;
        }

        var next = Math.Round(currentTargetMicrons - Math.Abs(stepMicrons), 2);
        return next < far || next > near ? near : next;
    }
}
