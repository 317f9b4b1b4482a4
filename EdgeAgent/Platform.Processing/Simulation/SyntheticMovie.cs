using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Simulation;

/// <summary>Turns a noise-free intensity image into a counted movie: each frame is the image displaced along a known trajectory (exact Fourier shift) with Poisson shot noise.</summary>
public static class SyntheticMovie
{
    /// <summary>A drift trajectory in pixels: constant drift per frame plus a Gaussian random walk, starting at (0, 0).</summary>
    public static (double X, double Y)[] RandomWalk(int frames, double driftXPerFrame, double driftYPerFrame, double stepSigmaPixels, int seed)
    {
        var rng = new SeededRandom(seed);
        var trajectory = new (double X, double Y)[frames];
        for (var i = 1; i < frames; i++)
        {
            trajectory[i] = (
                trajectory[i - 1].X + driftXPerFrame + (stepSigmaPixels * Normal(rng)),
                trajectory[i - 1].Y + driftYPerFrame + (stepSigmaPixels * Normal(rng)));
        }

        return trajectory;
    }

    /// <summary>Frame i = Poisson(electronsPerPixelPerFrame · I(x - d_i)); frames are generated in parallel with per-frame seeds.</summary>
    public static ImageStack Generate(Image2D intensity, IReadOnlyList<(double X, double Y)> trajectory, double electronsPerPixelPerFrame, int seed, int maxThreads = 2)
    {
        ArgumentNullException.ThrowIfNull(intensity);
        ArgumentNullException.ThrowIfNull(trajectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(electronsPerPixelPerFrame);
        var spectrum = Fft2D.Forward(intensity);
        var frames = new float[trajectory.Count][];
        Parallel.For(0, trajectory.Count, new ParallelOptions { MaxDegreeOfParallelism = maxThreads }, i =>
        {
            var shifted = new float[spectrum.Data.Length];
            new PhaseRamp(intensity.Width, intensity.Height, trajectory[i].X, trajectory[i].Y).Accumulate(spectrum.Data, shifted);
            var frame = new float[intensity.Pixels.Length];
            Fft2D.Inverse(shifted, intensity.Width, intensity.Height, frame);
            var rng = new SeededRandom(((long)seed * 7919) + i);
            for (var p = 0; p < frame.Length; p++)
            {
                frame[p] = PoissonSampler.Sample(rng, electronsPerPixelPerFrame * Math.Max(0, frame[p]));
            }

            frames[i] = frame;
        });
        return new ImageStack(intensity.Width, intensity.Height, frames, intensity.PixelSizeAngstrom);
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
