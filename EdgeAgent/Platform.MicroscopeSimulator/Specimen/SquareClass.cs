namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>What a grid square looks like: usable, torn film, no ice, or ice too thick to image.</summary>
public enum SquareClass
{
    Good,
    Broken,
    Empty,
    ThickIce,
}
