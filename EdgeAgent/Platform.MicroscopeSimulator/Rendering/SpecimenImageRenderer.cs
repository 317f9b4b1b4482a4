using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Specimen;

namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>Renders low/medium-magnification images of a grid (atlas, square, hole level) and the ground truth of what is in them.</summary>
public static class SpecimenImageRenderer
{
    /// <summary>Beer–Lambert transmission × <paramref name="countsPerPixel"/>, 2×2 supersampled, plus shot noise; vacuum-free empty stage when no grid is loaded.</summary>
    public static float[] Render(GridSpecimen? grid, ImageFrame frame, bool resolveHoles, double countsPerPixel, int noiseSeed)
    {
        var pixels = new float[frame.Width * frame.Height];
        var noise = new ShotNoise(noiseSeed);
        for (var y = 0; y < frame.Height; y++)
        {
            for (var x = 0; x < frame.Width; x++)
            {
                var t = 0.0;
                for (var s = 0; s < 4; s++)
                {
                    var p = frame.ToStage(x - 0.25 + (0.5 * (s & 1)), y - 0.25 + (0.5 * (s >> 1)));
                    t += grid?.Transmission(p.XMicrons, p.YMicrons, resolveHoles) ?? 1;
                }

                pixels[(y * frame.Width) + x] = noise.Sample(countsPerPixel * t / 4);
            }
        }

        return pixels;
    }

    /// <summary>Every square whose centre lies inside the image.</summary>
    public static AtlasTruth AtlasTruthFor(GridSpecimen grid, ImageFrame frame)
    {
        var squares = new List<SquareTruth>();
        var reach = (int)Math.Ceiling(Math.Max(frame.Width, frame.Height) * frame.PixelSizeMicrons / grid.MeshPitchMicrons) + 2;
        var (cu, cv) = grid.StageToMesh(frame.CenterXMicrons, frame.CenterYMicrons);
        var c0 = (int)Math.Round(cu / grid.MeshPitchMicrons);
        var r0 = (int)Math.Round(cv / grid.MeshPitchMicrons);
        for (var row = r0 - reach; row <= r0 + reach; row++)
        {
            for (var column = c0 - reach; column <= c0 + reach; column++)
            {
                var square = grid.Square(column, row);
                var px = frame.ToPixel(square.CenterXMicrons, square.CenterYMicrons);
                var inGrid = Math.Sqrt((square.CenterXMicrons * square.CenterXMicrons) + (square.CenterYMicrons * square.CenterYMicrons))
                    + (grid.SquareSizeMicrons / Math.Sqrt(2)) < GridSpecimen.GridRadiusMicrons;
                if (inGrid && frame.Contains(px))
                {
                    squares.Add(new SquareTruth(square.Id, square.Class.ToString(), square.IceThicknessNanometers, px,
                        new StagePoint(square.CenterXMicrons, square.CenterYMicrons), grid.SquareSizeMicrons, grid.SquareSizeMicrons / frame.PixelSizeMicrons));
                }
            }
        }

        return new AtlasTruth("atlas", grid.Name, grid.Slot, frame, grid.MeshPitchMicrons, grid.BarWidthMicrons, grid.MeshRotationDegrees, squares);
    }

    /// <summary>Every hole (of every class) whose centre lies inside the image.</summary>
    public static SpecimenImageTruth HoleTruthFor(GridSpecimen grid, ImageFrame frame, string kind)
    {
        var holes = new List<HoleTruth>();
        var atlas = AtlasTruthFor(grid, frame with { Width = frame.Width + (int)(2 * grid.MeshPitchMicrons / frame.PixelSizeMicrons), Height = frame.Height + (int)(2 * grid.MeshPitchMicrons / frame.PixelSizeMicrons) });
        foreach (var square in atlas.Squares)
        {
            var parts = square.Id.Split('_');
            var info = grid.Square(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var hole in grid.Holes(info))
            {
                if (info.Class == SquareClass.Broken && ((hole.K + (0.4 * hole.L)) * grid.HoleType.PitchMicrons) > -grid.HoleType.DiameterMicrons)
                {
                    continue; // on (or touching) the torn half: vacuum, no hole there
                }

                var px = frame.ToPixel(hole.CenterXMicrons, hole.CenterYMicrons);
                if (frame.Contains(px))
                {
                    holes.Add(new HoleTruth(hole.SquareId, hole.K, hole.L, hole.Class.ToString(), hole.IceThicknessNanometers, px,
                        new StagePoint(hole.CenterXMicrons, hole.CenterYMicrons), grid.HoleType.DiameterMicrons, grid.HoleType.DiameterMicrons / frame.PixelSizeMicrons));
                }
            }
        }

        return new SpecimenImageTruth(kind, grid.Name, grid.Slot, frame, grid.HoleType.Name, grid.HoleType.PitchMicrons, grid.MeshRotationDegrees, holes);
    }
}
