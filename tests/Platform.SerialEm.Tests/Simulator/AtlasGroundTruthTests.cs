using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Rendering;
using Platform.MicroscopeSimulator.Specimen;

namespace Platform.SerialEm.Tests.Simulator;

public sealed class AtlasGroundTruthTests
{
    private static readonly GridSpecimen _grid = new(seed: 7, slot: 1, "grid1", HoleType.R12_13);
    private static readonly ImageFrame _frame = new(400, 400, 3.0, 0, 0);
    private static readonly float[] _pixels = SpecimenImageRenderer.Render(_grid, _frame, resolveHoles: false, 1000, noiseSeed: 3);
    private static readonly AtlasTruth _truth = SpecimenImageRenderer.AtlasTruthFor(_grid, _frame);

    [Fact]
    public void Every_square_class_appears_and_positions_agree_between_pixels_and_stage()
    {
        Assert.True(_truth.Squares.Count > 150, $"a 1.2 mm atlas of an 84.7 µm mesh holds ~200 squares, got {_truth.Squares.Count}");
        Assert.Equal(Enum.GetNames<SquareClass>().Order(), _truth.Squares.Select(s => s.Class).Distinct().Order());
        Assert.All(_truth.Squares, s =>
        {
            var p = _frame.ToPixel(s.CenterStage.XMicrons, s.CenterStage.YMicrons);
            Assert.Equal(p, s.CenterPixels);
            Assert.Equal(59.67, s.SizeMicrons, 2);
        });
    }

    [Fact]
    public void Squares_are_bright_and_bars_between_them_are_dark()
    {
        var barPitchPx = _grid.MeshPitchMicrons / _frame.PixelSizeMicrons;
        foreach (var square in _truth.Squares.Where(s => s.Class == nameof(SquareClass.Good)))
        {
            var inside = BoxMean(square.CenterPixels.X, square.CenterPixels.Y, square.SizePixels * 0.3);
            // Half a pitch along the mesh's x axis from a square's centre is the middle of a bar.
            var a = _grid.MeshRotationDegrees * Math.PI / 180;
            var (bx, by) = (square.CenterPixels.X + (barPitchPx / 2 * Math.Cos(a)), square.CenterPixels.Y + (barPitchPx / 2 * Math.Sin(a)));
            if (!_frame.Contains(new PixelPoint(bx, by), margin: -2))
            {
                continue;
            }

            var bar = BoxMean(bx, by, 1);
            Assert.True(inside > 10 * bar, $"square {square.Id}: inside {inside:0} vs bar {bar:0}");
        }
    }

    [Fact]
    public void Brightness_follows_ice_thickness_and_class()
    {
        double Mean(string cls) => _truth.Squares.Where(s => s.Class == cls).Average(s => BoxMean(s.CenterPixels.X, s.CenterPixels.Y, s.SizePixels * 0.3));

        var good = _truth.Squares.Where(s => s.Class == nameof(SquareClass.Good)).ToArray();
        var brightness = good.Select(s => BoxMean(s.CenterPixels.X, s.CenterPixels.Y, s.SizePixels * 0.3)).ToArray();

        Assert.True(Correlation(good.Select(s => s.IceThicknessNanometers).ToArray(), brightness) < -0.8, "thicker ice must transmit less (Beer–Lambert)");
        Assert.True(Mean(nameof(SquareClass.ThickIce)) < 0.8 * Mean(nameof(SquareClass.Good)));
        Assert.True(Mean(nameof(SquareClass.Empty)) > Mean(nameof(SquareClass.Good)));
    }

    [Fact]
    public void Same_seed_renders_the_same_atlas_and_another_seed_does_not()
    {
        Assert.Equal(_pixels, SpecimenImageRenderer.Render(_grid, _frame, false, 1000, 3));
        Assert.NotEqual(_pixels, SpecimenImageRenderer.Render(new GridSpecimen(8, 1, "g", HoleType.R12_13), _frame, false, 1000, 3));
    }

    private static double BoxMean(double cx, double cy, double halfSize)
    {
        var (sum, n) = (0.0, 0);
        for (var y = (int)Math.Round(cy - halfSize); y <= (int)Math.Round(cy + halfSize); y++)
        {
            for (var x = (int)Math.Round(cx - halfSize); x <= (int)Math.Round(cx + halfSize); x++)
            {
                if (x >= 0 && y >= 0 && x < _frame.Width && y < _frame.Height)
                {
                    sum += _pixels[(y * _frame.Width) + x];
                    n++;
                }
            }
        }

        return sum / n;
    }

    private static double Correlation(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        var cov = a.Zip(b, (x, y) => (x - ma) * (y - mb)).Sum();
        return cov / Math.Sqrt(a.Sum(x => (x - ma) * (x - ma)) * b.Sum(y => (y - mb) * (y - mb)));
    }
}
