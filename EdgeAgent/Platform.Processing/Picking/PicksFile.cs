using Platform.Imaging.Star;

namespace Platform.Processing.Picking;

/// <summary>Writes picks as a RELION coordinate STAR table (x, y in micrograph pixels and a figure of merit) that RELION, cryoSPARC and our STAR reader accept.</summary>
public static class PicksFile
{
    public static void Write(string path, IReadOnlyList<Pick> picks)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(picks);
        using var text = new StreamWriter(path) { NewLine = "\n" };
        var star = new StarWriter(text);
        star.BeginBlock("");
        star.BeginLoop(["rlnCoordinateX", "rlnCoordinateY", "rlnAutopickFigureOfMerit"]);
        foreach (var p in picks)
        {
            star.WriteRow([StarWriter.Format(p.XPixels, 2), StarWriter.Format(p.YPixels, 2), StarWriter.Format(p.Score, 4)]);
        }
    }
}
