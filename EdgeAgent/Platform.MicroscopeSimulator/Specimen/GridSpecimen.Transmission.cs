namespace Platform.MicroscopeSimulator.Specimen;

/// <summary>Transmission (0..1) of the grid at a stage position, with holes resolved or averaged over the square.</summary>
public sealed partial class GridSpecimen
{
    private readonly Dictionary<(int, int), double> _meanTransmission = [];

    /// <summary>Fraction of the beam transmitted at stage (x, y) µm: Beer–Lambert through ice + film, bars opaque.</summary>
    public double Transmission(double xMicrons, double yMicrons, bool resolveHoles)
    {
        var (u, v) = StageToMesh(xMicrons, yMicrons);
        if ((xMicrons * xMicrons) + (yMicrons * yMicrons) > GridRadiusMicrons * GridRadiusMicrons)
        {
            return BarTransmission;
        }

        var column = (int)Math.Round(u / MeshPitchMicrons);
        var row = (int)Math.Round(v / MeshPitchMicrons);
        var du = u - (column * MeshPitchMicrons);
        var dv = v - (row * MeshPitchMicrons);
        var half = SquareSizeMicrons / 2;
        if (Math.Abs(du) > half || Math.Abs(dv) > half)
        {
            return BarTransmission;
        }

        var square = Square(column, row);
        if (square.Class == SquareClass.Broken && du + (0.4 * dv) > 0)
        {
            return 1; // torn film: vacuum
        }

        return resolveHoles ? LocalTransmission(square, du, dv) : MeanTransmission(square);
    }

    private double LocalTransmission(SquareInfo square, double du, double dv)
    {
        var pitch = HoleType.PitchMicrons;
        var k = (int)Math.Round(du / pitch);
        var l = (int)Math.Round(dv / pitch);
        var hx = du - (k * pitch);
        var hy = dv - (l * pitch);
        var radius = HoleType.DiameterMicrons / 2;
        var filmNm = square.IceThicknessNanometers + FilmEquivalentNanometers;
        if ((hx * hx) + (hy * hy) > radius * radius || CachedHole(square, k, l) is not { } hole || hole.Class == HoleClass.Missing)
        {
            return Math.Exp(-filmNm / IceMeanFreePathNanometers);
        }

        var blob = 0.35 * radius;
        if (hole.Class == HoleClass.Contaminated && ((hx - (0.2 * radius)) * (hx - (0.2 * radius))) + (hy * hy) < blob * blob)
        {
            return Math.Exp(-(hole.IceThicknessNanometers + 600) / IceMeanFreePathNanometers);
        }

        return Math.Exp(-hole.IceThicknessNanometers / IceMeanFreePathNanometers);
    }

    private double MeanTransmission(SquareInfo square)
    {
        lock (_meanTransmission)
        {
            if (_meanTransmission.TryGetValue((square.Column, square.Row), out var cached))
            {
                return cached;
            }
        }

        // Area-weighted: open holes at their own ice thickness, the rest film (holes are far below an atlas pixel).
        var squareArea = SquareSizeMicrons * SquareSizeMicrons;
        var holeArea = Math.PI * HoleType.DiameterMicrons * HoleType.DiameterMicrons / 4;
        var openArea = 0.0;
        var sum = 0.0;
        foreach (var hole in Holes(square).Where(h => h.Class != HoleClass.Missing))
        {
            openArea += holeArea;
            sum += holeArea * Math.Exp(-hole.IceThicknessNanometers / IceMeanFreePathNanometers);
        }

        sum += (squareArea - openArea) * Math.Exp(-(square.IceThicknessNanometers + FilmEquivalentNanometers) / IceMeanFreePathNanometers);
        var mean = sum / squareArea;
        lock (_meanTransmission)
        {
            _meanTransmission[(square.Column, square.Row)] = mean;
        }

        return mean;
    }
}
