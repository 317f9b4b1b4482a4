using System.Globalization;
using System.Text;

namespace Platform.Processing.Picking;

/// <summary>Writes picks as a RELION-style STAR table (x, y in micrograph pixels and a figure of merit) that RELION, cryoSPARC and our STAR reader accept.</summary>
public static class PicksFile
{
    public static void Write(string path, IReadOnlyList<Pick> picks)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(picks);
        var text = new StringBuilder();
        text.Append("\ndata_\n\nloop_\n_rlnCoordinateX #1\n_rlnCoordinateY #2\n_rlnAutopickFigureOfMerit #3\n");
        foreach (var p in picks)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.XPixels:F2}\t{p.YPixels:F2}\t{p.Score:F4}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
