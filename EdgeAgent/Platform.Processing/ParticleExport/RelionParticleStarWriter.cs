using Platform.Imaging.Star;

namespace Platform.Processing.ParticleExport;

/// <summary>
/// Writes a RELION 3.1+ particles STAR file (<c>data_optics</c>, <c>data_micrographs</c>, <c>data_particles</c> with coordinates
/// and CTF columns) from per-micrograph results in one pass. Particle rows go to a temporary file while the micrographs
/// block is written and are appended after it, so memory stays flat however many particles there are.
/// </summary>
public static class RelionParticleStarWriter
{
    private static readonly string[] _opticsColumns =
    [
        "rlnOpticsGroup", "rlnOpticsGroupName", "rlnAmplitudeContrast", "rlnSphericalAberration", "rlnVoltage",
        "rlnMicrographPixelSize", "rlnMicrographOriginalPixelSize", "rlnImagePixelSize", "rlnImageSize", "rlnImageDimensionality",
    ];

    private static readonly string[] _micrographColumns =
    [
        "rlnMicrographName", "rlnOpticsGroup", "rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle", "rlnPhaseShift",
        "rlnCtfMaxResolution", "rlnCtfFigureOfMerit",
    ];

    private static readonly string[] _particleColumns =
    [
        "rlnCoordinateX", "rlnCoordinateY", "rlnAutopickFigureOfMerit", "rlnMicrographName", "rlnOpticsGroup",
        "rlnDefocusU", "rlnDefocusV", "rlnDefocusAngle", "rlnPhaseShift", "rlnCtfMaxResolution", "rlnCtfFigureOfMerit",
    ];

    /// <summary>Writes the file at <paramref name="path"/> and returns (micrographs, particles) written.</summary>
    public static (int Micrographs, long Particles) Write(string path, RelionOptics optics, IEnumerable<MicrographParticles> micrographs)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return Write(stream, optics, micrographs);
    }

    /// <summary>Writes to <paramref name="output"/> (left open) and returns (micrographs, particles) written.</summary>
    public static (int Micrographs, long Particles) Write(Stream output, RelionOptics optics, IEnumerable<MicrographParticles> micrographs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(optics);
        ArgumentNullException.ThrowIfNull(micrographs);
        var particlesPath = Path.GetTempFileName();
        try
        {
            var micrographCount = 0;
            long particleCount = 0;
            using var main = new StreamWriter(output, leaveOpen: true) { NewLine = "\n" };
            var star = new StarWriter(main);
            star.WriteComment("version 30001");
            star.BeginBlock("optics");
            star.BeginLoop(_opticsColumns);
            var pixel = StarWriter.Format(optics.PixelSizeAngstrom, 6);
            star.WriteRow(["1", optics.GroupName, StarWriter.Format(optics.Optics.AmplitudeContrast, 6),
                StarWriter.Format(optics.Optics.SphericalAberrationMillimeters, 6), StarWriter.Format(optics.Optics.VoltageKilovolts, 6),
                pixel, pixel, pixel, optics.BoxSizePixels.ToString(System.Globalization.CultureInfo.InvariantCulture), "2"]);
            star.WriteComment("version 30001");
            star.BeginBlock("micrographs");
            star.BeginLoop(Columns(_micrographColumns, optics));

            using (var particleText = new StreamWriter(particlesPath) { NewLine = "\n" })
            {
                var particles = new StarWriter(particleText);
                particles.WriteComment("version 30001");
                particles.BeginBlock("particles");
                particles.BeginLoop(Columns(_particleColumns, optics));
                foreach (var micrograph in micrographs)
                {
                    var ctf = CtfValues(micrograph, optics.PhaseShift);
                    star.WriteRow([micrograph.MicrographName, "1", .. ctf]);
                    micrographCount++;
                    foreach (var pick in micrograph.Picks)
                    {
                        particles.WriteRow([StarWriter.Format(pick.XPixels, 2), StarWriter.Format(pick.YPixels, 2), StarWriter.Format(pick.Score, 4),
                            micrograph.MicrographName, "1", .. ctf]);
                        particleCount++;
                    }
                }
            }

            main.Flush();
            using (var particleFile = File.OpenRead(particlesPath))
            {
                particleFile.CopyTo(output);
            }

            return (micrographCount, particleCount);
        }
        finally
        {
            File.Delete(particlesPath);
        }
    }

    private static string[] Columns(string[] columns, RelionOptics optics) => optics.PhaseShift ? columns : [.. columns.Where(c => c != "rlnPhaseShift")];

    private static string[] CtfValues(MicrographParticles m, bool phaseShift)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(m.MicrographName);
        string[] defocus = [StarWriter.Format(m.DefocusUAngstrom, 2), StarWriter.Format(m.DefocusVAngstrom, 2), StarWriter.Format(m.AstigmatismAngleDegrees, 2)];
        string[] fit = [StarWriter.Format(m.CtfFitResolutionAngstrom, 3), StarWriter.Format(m.CtfScore, 5)];
        return phaseShift ? [.. defocus, StarWriter.Format(m.PhaseShiftRadians * 180 / Math.PI, 2), .. fit] : [.. defocus, .. fit];
    }
}
