using Platform.MicroscopeSimulator.Fourier;
using Platform.MicroscopeSimulator.GroundTruth;

namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>
/// Renders a high-magnification exposure as a dose-fractionated movie: spherical particles (weak-phase objects) imaged through an
/// astigmatic CTF with a B-factor envelope, shifted frame by frame along a drift trajectory, with shot noise per frame.
/// </summary>
public static class ExposureRenderer
{
    /// <summary>Envelope exp(−B·k²/4) with B in Å² (the usual B-factor convention; Rosenthal &amp; Henderson, J. Mol. Biol. 333:721, 2003).</summary>
    public const double EnvelopeBFactorSquareAngstrom = 60;

    /// <summary>Renders the frames (full exposure size) of one exposure; the sum of frames is the exposure image.</summary>
    public static IReadOnlyList<float[]> RenderFrames(ExposureRequest request, out ExposureTruth truth)
    {
        ArgumentNullException.ThrowIfNull(request);
        var n = request.SizePixels;
        if (!Fft2D.IsPowerOfTwo(n))
        {
            throw new ArgumentException($"Exposure size must be a power of two; got {n}.", nameof(request));
        }

        var noise = new ShotNoise(request.Seed);
        var particles = PlaceParticles(request, noise);
        var shifts = DriftTrajectory(request, noise);
        var (re, im) = ProjectedPotential(request, particles);
        Fft2D.Transform(re, im, n, inverse: false);
        ApplyCtf(request.Ctf, re, im, n, request.PixelSizeAngstrom);

        var electronsPerPixelPerFrame = request.DoseElectronsPerAngstromSquared * request.PixelSizeAngstrom * request.PixelSizeAngstrom / request.FrameCount;
        var frames = new List<float[]>(request.FrameCount);
        var frameRe = new double[n * n];
        var frameIm = new double[n * n];
        foreach (var shift in shifts)
        {
            // Fourier shift theorem: multiplying by e^{−2πi(kx·sx + ky·sy)/N} translates the image by +s (separable in x and y).
            var (cx, sx) = PhaseRamp(shift.X, n);
            var (cy, sy) = PhaseRamp(shift.Y, n);
            for (var y = 0; y < n; y++)
            {
                for (var x = 0; x < n; x++)
                {
                    var c = (cx[x] * cy[y]) - (sx[x] * sy[y]);
                    var s = (sx[x] * cy[y]) + (cx[x] * sy[y]);
                    var i = (y * n) + x;
                    frameRe[i] = (re[i] * c) - (im[i] * s);
                    frameIm[i] = (re[i] * s) + (im[i] * c);
                }
            }

            Fft2D.Transform(frameRe, frameIm, n, inverse: true);
            var frame = new float[n * n];
            for (var i = 0; i < frame.Length; i++)
            {
                frame[i] = noise.Sample(electronsPerPixelPerFrame * (1 + frameRe[i]) * request.IceTransmission);
            }

            frames.Add(frame);
        }

        var crop = (n - request.MovieSizePixels) / 2.0;
        truth = new ExposureTruth("exposure", n, n, request.PixelSizeAngstrom, request.Ctf.VoltageKilovolts, request.Ctf.SphericalAberrationMillimetres,
            request.Ctf.AmplitudeContrast, request.Ctf.DefocusUAngstrom, request.Ctf.DefocusVAngstrom, request.Ctf.AstigmatismAngleDegrees,
            request.DoseElectronsPerAngstromSquared, request.FrameCount, shifts, particles, null, request.MovieSizePixels, request.MovieSizePixels,
            new PixelPoint(crop, crop), request.Stage, request.IceThicknessNanometers);
        return frames;
    }

    /// <summary>The movie's frames: the central <see cref="ExposureTruth.MovieWidth"/>-square crop of each exposure frame.</summary>
    public static IEnumerable<float[]> MovieFrames(IReadOnlyList<float[]> frames, ExposureTruth truth)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(truth);
        var n = truth.Width;
        var m = truth.MovieWidth;
        var origin = (int)truth.MovieOriginInExposurePixels.X;
        return frames.Select(frame =>
        {
            var crop = new float[m * m];
            for (var y = 0; y < m; y++)
            {
                Array.Copy(frame, ((y + origin) * n) + origin, crop, y * m, m);
            }

            return crop;
        });
    }

    private static (double[] Cos, double[] Sin) PhaseRamp(double shift, int n)
    {
        var (cos, sin) = (new double[n], new double[n]);
        for (var k = 0; k < n; k++)
        {
            var phase = -2 * Math.PI * Fft2D.Frequency(k, n) * shift / n;
            (cos[k], sin[k]) = (Math.Cos(phase), Math.Sin(phase));
        }

        return (cos, sin);
    }

    private static List<ParticleTruth> PlaceParticles(ExposureRequest request, ShotNoise random)
    {
        var n = request.SizePixels;
        var radiusPx = request.ParticleRadiusAngstrom / request.PixelSizeAngstrom;
        var margin = radiusPx + 8;
        var particles = new List<ParticleTruth>();
        for (var attempt = 0; attempt < request.ParticleCount * 50 && particles.Count < request.ParticleCount; attempt++)
        {
            var p = new PixelPoint(random.Uniform(margin, n - 1 - margin), random.Uniform(margin, n - 1 - margin));
            if (particles.All(q => Math.Pow(q.CenterPixels.X - p.X, 2) + Math.Pow(q.CenterPixels.Y - p.Y, 2) > Math.Pow(2.2 * radiusPx, 2)))
            {
                particles.Add(new ParticleTruth(p, request.ParticleRadiusAngstrom));
            }
        }

        return particles;
    }

    /// <summary>Exponentially settling drift along a random direction, frame 0 at zero, plus ±0.2 px jitter.</summary>
    private static List<PixelPoint> DriftTrajectory(ExposureRequest request, ShotNoise random)
    {
        var total = random.Uniform(2, 3) * request.DriftScale;
        var angle = random.Uniform(0, 2 * Math.PI);
        var shifts = new List<PixelPoint> { new(0, 0) };
        for (var i = 1; i < request.FrameCount; i++)
        {
            var along = total * (1 - Math.Exp(-i / 3.0)) / (1 - Math.Exp(-(request.FrameCount - 1) / 3.0));
            shifts.Add(new PixelPoint((along * Math.Cos(angle)) + random.Uniform(-0.2, 0.2), (along * Math.Sin(angle)) + random.Uniform(-0.2, 0.2)));
        }

        return shifts;
    }

    /// <summary>Projected potential of uniform spheres, ∝ √(R² − r²), scaled to a weak phase shift of at most ~0.15 rad.</summary>
    private static (double[] Re, double[] Im) ProjectedPotential(ExposureRequest request, List<ParticleTruth> particles)
    {
        var n = request.SizePixels;
        var re = new double[n * n];
        var im = new double[n * n];
        var r = request.ParticleRadiusAngstrom / request.PixelSizeAngstrom;
        foreach (var particle in particles)
        {
            var (cx, cy) = (particle.CenterPixels.X, particle.CenterPixels.Y);
            for (var y = (int)Math.Floor(cy - r); y <= (int)Math.Ceiling(cy + r); y++)
            {
                for (var x = (int)Math.Floor(cx - r); x <= (int)Math.Ceiling(cx + r); x++)
                {
                    var d2 = ((x - cx) * (x - cx)) + ((y - cy) * (y - cy));
                    if (d2 < r * r && x >= 0 && y >= 0 && x < n && y < n)
                    {
                        re[(y * n) + x] += 0.15 * Math.Sqrt((r * r) - d2) / r;
                    }
                }
            }
        }

        return (re, im);
    }

    private static void ApplyCtf(ContrastTransfer ctf, double[] re, double[] im, int n, double pixelSizeAngstrom)
    {
        for (var y = 0; y < n; y++)
        {
            var ky = Fft2D.Frequency(y, n) / (n * pixelSizeAngstrom);
            for (var x = 0; x < n; x++)
            {
                var kx = Fft2D.Frequency(x, n) / (n * pixelSizeAngstrom);
                var i = (y * n) + x;
                // Image contrast of a weak phase object is 2·CTF·φ; the DC term (mean intensity) is added back after the inverse transform.
                var gain = x == 0 && y == 0 ? 0 : 2 * ctf.At(kx, ky) * Math.Exp(-EnvelopeBFactorSquareAngstrom * ((kx * kx) + (ky * ky)) / 4);
                re[i] *= gain;
                im[i] *= gain;
            }
        }
    }
}
