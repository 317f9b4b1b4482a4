using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Rendering;
using Platform.MicroscopeSimulator.Specimen;

namespace Platform.SerialEm.Tests.Simulator;

public sealed class HoleGroundTruthTests
{
    private static readonly GridSpecimen _grid = new(seed: 7, slot: 1, "grid1", HoleType.R12_13);

    [Fact]
    public void Square_image_lists_the_hole_lattice_of_the_square_at_the_hole_pitch()
    {
        var square = GoodSquare();
        var frame = new ImageFrame(512, 512, 100.0 / 512, square.CenterXMicrons, square.CenterYMicrons);

        var truth = SpecimenImageRenderer.HoleTruthFor(_grid, frame, "square");
        var own = truth.Holes.Where(h => h.SquareId == square.Id).ToArray();

        // A 59.7 µm opening with a 1 µm margin holds 23 × 23 holes at 2.5 µm pitch.
        Assert.Equal(23 * 23, own.Length);
        Assert.Equal("R1.2/1.3", truth.HoleType);
        var neighbour = own.Single(h => h.K == 1 && h.L == 0);
        var origin = own.Single(h => h.K == 0 && h.L == 0);
        Assert.Equal(2.5, Math.Sqrt(Math.Pow(neighbour.CenterStage.XMicrons - origin.CenterStage.XMicrons, 2) + Math.Pow(neighbour.CenterStage.YMicrons - origin.CenterStage.YMicrons, 2)), 9);
        Assert.Contains(own, h => h.Class == nameof(HoleClass.Missing));
        Assert.Contains(own, h => h.Class == nameof(HoleClass.Contaminated));
    }

    [Fact]
    public void Inside_every_good_hole_is_brighter_than_the_carbon_around_it_and_missing_holes_are_not()
    {
        var square = GoodSquare();
        var frame = new ImageFrame(512, 512, 12.0 / 512, square.CenterXMicrons + 3, square.CenterYMicrons - 2);
        var pixels = SpecimenImageRenderer.Render(_grid, frame, resolveHoles: true, 1000, noiseSeed: 11);
        var truth = SpecimenImageRenderer.HoleTruthFor(_grid, frame, "hole");
        var r = truth.Holes[0].DiameterPixels / 2;
        var inFrame = truth.Holes.Where(h => frame.Contains(h.CenterPixels, margin: -2 * r)).ToArray();

        Assert.True(inFrame.Length >= 9, $"a 12 µm view shows several 2.5 µm-pitch holes, got {inFrame.Length}");
        foreach (var hole in inFrame)
        {
            var inside = RingMean(pixels, frame, hole.CenterPixels, 0, 0.6 * r);
            var carbon = RingMean(pixels, frame, hole.CenterPixels, 1.3 * r, 1.6 * r);
            var expected = 1000 * Math.Exp(-hole.IceThicknessNanometers / GridSpecimen.IceMeanFreePathNanometers);
            switch (hole.Class)
            {
                case nameof(HoleClass.Good):
                    Assert.True(inside > carbon + 30, $"hole {hole.K},{hole.L}: inside {inside:0} vs carbon {carbon:0}");
                    Assert.Equal(expected, inside, expected * 0.03);
                    break;
                case nameof(HoleClass.Missing):
                    Assert.True(Math.Abs(inside - carbon) < 15, $"missing hole {hole.K},{hole.L}: {inside:0} vs {carbon:0}");
                    break;
            }
        }
    }

    private static SquareInfo GoodSquare() =>
        Enumerable.Range(-3, 7).SelectMany(c => Enumerable.Range(-3, 7).Select(r => _grid.Square(c, r))).First(s => s.Class == SquareClass.Good);

    private static double RingMean(float[] pixels, ImageFrame frame, PixelPoint centre, double rMin, double rMax)
    {
        var (sum, n) = (0.0, 0);
        for (var y = (int)(centre.Y - rMax) - 1; y <= (int)(centre.Y + rMax) + 1; y++)
        {
            for (var x = (int)(centre.X - rMax) - 1; x <= (int)(centre.X + rMax) + 1; x++)
            {
                var d = Math.Sqrt(Math.Pow(x - centre.X, 2) + Math.Pow(y - centre.Y, 2));
                if (d >= rMin && d <= rMax && x >= 0 && y >= 0 && x < frame.Width && y < frame.Height)
                {
                    sum += pixels[(y * frame.Width) + x];
                    n++;
                }
            }
        }

        return sum / n;
    }
}
