using Platform.Imaging.Star;

namespace Platform.Processing.Pipeline;

/// <summary>Writes one micrograph's frame shifts and CTF values as STAR files in RELION's own layouts (MotionCorr's shift file, CtfFind's columns).</summary>
public static class ResultStarFiles
{
    /// <summary>
    /// RELION motion-correction layout: <c>data_general</c> (movie size and pixel size) and <c>data_global_shift</c>
    /// (rlnMicrographFrameNumber from 1, rlnMicrographShiftX/Y in pixels relative to the first frame).
    /// </summary>
    public static void WriteShifts(string path, MicrographResult result, string movieName, (int Width, int Height) sizePixels, double pixelSizeAngstrom)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(movieName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixelSizeAngstrom);
        using var text = new StreamWriter(path) { NewLine = "\n" };
        var star = new StarWriter(text);
        star.BeginBlock("general");
        star.WritePair("rlnImageSizeX", sizePixels.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        star.WritePair("rlnImageSizeY", sizePixels.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        star.WritePair("rlnImageSizeZ", result.Frames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        star.WritePair("rlnMicrographMovieName", movieName);
        star.WritePair("rlnMicrographOriginalPixelSize", StarWriter.Format(pixelSizeAngstrom));
        star.WritePair("rlnAccumMotionTotal", StarWriter.Format(result.TotalDriftAngstrom, 4));
        star.BeginBlock("global_shift");
        star.BeginLoop(["rlnMicrographFrameNumber", "rlnMicrographShiftX", "rlnMicrographShiftY"]);
        for (var i = 0; i < result.DriftTraceAngstrom.Count; i++)
        {
            var (x, y) = result.DriftTraceAngstrom[i];
            star.WriteRow([(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                StarWriter.Format(x / pixelSizeAngstrom, 4), StarWriter.Format(y / pixelSizeAngstrom, 4)]);
        }
    }

    /// <summary>One-row table with RELION's CTF columns (defocus in Å, angle and phase shift in degrees, fit resolution in Å).</summary>
    public static void WriteCtf(string path, MicrographResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var text = new StreamWriter(path) { NewLine = "\n" };
        var star = new StarWriter(text);
        star.BeginBlock("micrographs");
        star.BeginLoop(["rlnMicrographName", "rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle", "rlnPhaseShift", "rlnCtfMaxResolution", "rlnCtfFigureOfMerit"]);
        star.WriteRow([Path.GetFileName(result.AlignedSumPath), StarWriter.Format(result.DefocusUAngstrom, 2), StarWriter.Format(result.DefocusVAngstrom, 2),
            StarWriter.Format(result.AstigmatismAngleDegrees, 2), StarWriter.Format(result.PhaseShiftRadians * 180 / Math.PI, 2),
            StarWriter.Format(result.CtfFitResolutionAngstrom, 3), StarWriter.Format(result.CtfScore, 5)]);
    }
}
