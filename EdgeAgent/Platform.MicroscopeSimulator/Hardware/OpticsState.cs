namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>The virtual column: magnification, spot, intensity, image shift (µm on the specimen), focus (µm), Low Dose, filter, valves.</summary>
public sealed class OpticsState
{
    public double Magnification { get; set; } = 105_000;

    public int SpotSize { get; set; } = 7;

    public double PercentC2 { get; set; } = 45;

    /// <summary>Image shift; the simulator's IS units are µm on the specimen.</summary>
    public double ImageShiftXMicrons { get; set; }

    public double ImageShiftYMicrons { get; set; }

    /// <summary>Defocus in µm, negative = underfocus (SerialEM's sign).</summary>
    public double DefocusMicrons { get; set; } = -2;

    public double TargetDefocusMicrons { get; set; } = -2;

    public bool LowDoseMode { get; set; }

    /// <summary>Current Low Dose area letter: V, F, T, R or S.</summary>
    public char LowDoseArea { get; set; } = 'R';

    public Dictionary<char, (double DistanceMicrons, double AngleDegrees)> AxisPositions { get; } = [];

    public bool SlitIn { get; set; } = true;

    public double SlitWidthElectronVolts { get; set; } = 20;

    public bool ValvesOpen { get; set; } = true;

    public Dictionary<int, int> ApertureSizesMicrons { get; } = new() { [1] = 50, [2] = 100 };

    public HashSet<int> RemovedApertures { get; } = [];

    public bool BeamTiltSaved { get; set; }

    public int ZeroLossRefinements { get; set; }

    public int DarkReferenceUpdates { get; set; }
}
