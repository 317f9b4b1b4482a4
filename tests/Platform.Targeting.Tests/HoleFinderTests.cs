using Platform.Imaging.Images;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Rendering;
using Platform.MicroscopeSimulator.Specimen;
using Platform.Targeting.Holes;

namespace Platform.Targeting.Tests;

public sealed class HoleFinderTests
{
    // Thick ice (200–400 nm) leaves holes only ~5 % brighter than the film around them: recall there is knowingly lower.
    [Theory]
    [InlineData(7, 1, SquareClass.Good, 0.95)]
    [InlineData(11, 3, SquareClass.Good, 0.95)]
    [InlineData(7, 1, SquareClass.Broken, 0.95)]
    [InlineData(5, 2, SquareClass.ThickIce, 0.5)]
    public void Holes_found_on_a_simulated_square_image_match_the_ground_truth(int seed, int slot, SquareClass squareClass, double minimumRecall)
    {
        var holeType = slot % 3 == 0 ? HoleType.R2_1 : HoleType.R12_13;
        var grid = new GridSpecimen(seed, slot, $"grid{slot}", holeType);
        var square = Enumerable.Range(-6, 13).SelectMany(c => Enumerable.Range(-6, 13).Select(r => grid.Square(c, r))).First(s => s.Class == squareClass);
        var frame = new ImageFrame(512, 512, 100.0 / 512, square.CenterXMicrons, square.CenterYMicrons);
        var image = new Image2D(512, 512, SpecimenImageRenderer.Render(grid, frame, resolveHoles: true, 1000, seed), frame.PixelSizeMicrons * 10_000);
        var truth = SpecimenImageRenderer.HoleTruthFor(grid, frame, "square");

        var found = HoleFinder.Find(image, holeType.DiameterMicrons, holeType.PitchMicrons);
        var tolerance = truth.Holes[0].DiameterPixels / 2;
        var positives = truth.Holes.Where(h => h.Class == nameof(HoleClass.Good)).Select(h => (h.CenterPixels.X, h.CenterPixels.Y)).ToList();
        // A contaminated hole (ice crystal inside) is neither required nor a false positive: it is scored separately.
        var contaminated = truth.Holes.Where(h => h.Class == nameof(HoleClass.Contaminated)).Select(h => (h.CenterPixels.X, h.CenterPixels.Y)).ToList();
        var detections = found.Select(h => (h.XPixels, h.YPixels)).ToList();
        var onContaminated = detections.Where(d => contaminated.Any(c => Math.Sqrt(Math.Pow(d.XPixels - c.X, 2) + Math.Pow(d.YPixels - c.Y, 2)) <= tolerance)).ToList();
        var score = DetectionScore.Match(detections.Except(onContaminated).ToList(), positives, tolerance);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{holeType.Name} {squareClass} square {square.Id} (seed {seed}): {positives.Count} good holes; {score}; contaminated found {onContaminated.Count}/{contaminated.Count}");
        Assert.True(score.Recall >= minimumRecall, score.ToString());
        Assert.True(score.Precision >= 0.95, score.ToString());
    }

    [Fact]
    public void Impossible_hole_geometry_is_refused() =>
        Assert.Throws<ArgumentException>(() => HoleFinder.Find(new Image2D(8, 8, 1000), 2.0, 1.5));
}
