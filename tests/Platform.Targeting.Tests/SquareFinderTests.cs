using Platform.Imaging.Images;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Rendering;
using Platform.MicroscopeSimulator.Specimen;
using Platform.Targeting.Squares;

namespace Platform.Targeting.Tests;

public sealed class SquareFinderTests
{
    [Theory]
    [InlineData(7, 1)]
    [InlineData(11, 3)]
    [InlineData(23, 2)]
    public void Squares_found_on_a_simulated_atlas_match_the_ground_truth(int seed, int slot)
    {
        var grid = new GridSpecimen(seed, slot, $"grid{slot}", HoleType.R12_13);
        var frame = new ImageFrame(512, 512, 2.5, 15, -10);
        var atlas = new Image2D(512, 512, SpecimenImageRenderer.Render(grid, frame, resolveHoles: false, 1000, seed), frame.PixelSizeMicrons * 10_000);
        var truth = SpecimenImageRenderer.AtlasTruthFor(grid, frame);

        var found = SquareFinder.Find(atlas, grid.SquareSizeMicrons);
        // Squares cut by the image edge are scored on neither side: detections touching the edge, and truth squares whose
        // rotated outline does not fit inside the image.
        var a = grid.MeshRotationDegrees * Math.PI / 180;
        var halfExtent = truth.Squares[0].SizePixels / 2 * (Math.Abs(Math.Cos(a)) + Math.Abs(Math.Sin(a)));
        var whole = truth.Squares.Where(s => frame.Contains(s.CenterPixels, margin: -halfExtent - 1)).Select(s => (s.CenterPixels.X, s.CenterPixels.Y)).ToList();
        var score = DetectionScore.Match(
            found.Where(s => !s.TouchesEdge).Select(s => (s.XPixels, s.YPixels)).ToList(), whole, tolerance: truth.Squares[0].SizePixels / 2);

        TestContext.Current.TestOutputHelper?.WriteLine($"atlas seed {seed} slot {slot}: {whole.Count} whole squares; {score}");
        Assert.True(score.Recall >= 0.95, score.ToString());
        Assert.True(score.Precision >= 0.95, score.ToString());
    }

    [Fact]
    public void Atlas_without_a_pixel_size_is_refused() =>
        Assert.Throws<ArgumentException>(() => SquareFinder.Find(new Image2D(8, 8, 0), 60));
}
