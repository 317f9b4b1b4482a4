using Platform.Imaging.Images;
using Platform.Processing.Filters;
using Platform.Processing.Fourier;

namespace Platform.Processing.Alignment;

/// <summary>
/// Global (whole-frame) movie alignment: every frame is correlated with the sum of all other frames on a
/// Fourier-cropped, B-factor-filtered copy, shifts are refined to sub-pixel precision and iterated to convergence
/// (the scheme of Unblur, Grant &amp; Grigorieff 2015, and MotionCor2's global stage), then frames are summed at full
/// resolution with and without exposure weighting.
/// </summary>
public static class MovieAligner
{
    /// <summary>
    /// Plans every FFT size aligning a <paramref name="width"/> x <paramref name="height"/> movie uses (full frame, binned copy, alignment
    /// size) now: large sizes are planned by measurement, which takes seconds once per process, so a long-running caller does it at start-up.
    /// </summary>
    public static void Prepare(int width, int height, MovieAlignmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var (cropWidth, cropHeight, bin) = Geometry(width, height, settings);
        Fft2D.Prepare(width, height);
        Fft2D.Prepare(width / bin, height / bin);
        Fft2D.Prepare(cropWidth, cropHeight);
    }

    public static AlignmentResult Align(ImageStack movie, MovieAlignmentSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(movie);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var pixel = settings.PixelSizeAngstrom > 0 ? settings.PixelSizeAngstrom : movie.PixelSizeAngstrom;
        if (pixel <= 0)
        {
            throw new ArgumentException("The pixel size is unknown: set MovieAlignmentSettings.PixelSizeAngstrom.", nameof(settings));
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxThreads, CancellationToken = cancellationToken };
        int width = movie.Width, height = movie.Height, n = movie.Count;
        // Pass 1: small alignment copies only. Each frame is binned in real space by a power of two to no less than twice the
        // alignment size (the box filter damps what the crop would alias), transformed, and Fourier-cropped to the alignment size.
        var (cropWidth, cropHeight, bin) = Geometry(width, height, settings);
        var cropped = new Spectrum2D[n];
        Parallel.For(0, n, options, i => cropped[i] = AlignmentCopy(movie.SectionPixels(i), width, height, bin, cropWidth, cropHeight));
        double scaleX = (double)width / cropWidth, scaleY = (double)height / cropHeight;
        var filter = CorrelationFilter(cropWidth, cropHeight, pixel * scaleX, pixel * scaleY, settings.BFactorAngstromSquared);
        var maxShiftCropped = settings.MaxShiftAngstrom / (pixel * Math.Max(scaleX, scaleY));

        var shifts = new (double X, double Y)[n];
        var iterations = 0;
        while (n > 1 && iterations < settings.MaxIterations)
        {
            iterations++;
            var sum = new float[cropped[0].Data.Length];
            for (var j = 0; j < n; j++)
            {
                new PhaseRamp(cropWidth, cropHeight, shifts[j].X, shifts[j].Y).Accumulate(cropped[j].Data, sum);
            }

            var updated = new (double X, double Y)[n];
            // Scratch (shifted frame, cross-power spectrum, correlation map) is made once per worker and iteration, not per frame:
            // 3 MB per frame at 512² would otherwise be 1 GB of large-object allocations per movie.
            Parallel.For(0, n, options, () => new CorrelationScratch(sum.Length, cropWidth * cropHeight), (i, _, scratch) =>
            {
                var (frame, product) = (scratch.Frame, scratch.Product);
                Array.Clear(frame);
                new PhaseRamp(cropWidth, cropHeight, shifts[i].X, shifts[i].Y).Accumulate(cropped[i].Data, frame);
                for (var k = 0; k < filter.Length; k++)
                {
                    float fr = frame[2 * k], fi = frame[(2 * k) + 1];
                    float rr = sum[2 * k] - fr, ri = sum[(2 * k) + 1] - fi;
                    product[2 * k] = ((fr * rr) + (fi * ri)) * filter[k];
                    product[(2 * k) + 1] = ((fr * ri) - (fi * rr)) * filter[k];
                }

                var (tx, ty, _) = CrossCorrelationPeak.Find(product, cropWidth, cropHeight, maxShiftCropped, scratch.Map);
                updated[i] = (shifts[i].X + tx, shifts[i].Y + ty);
                return scratch;
            }, _ => { });

            double meanX = updated.Average(s => s.X), meanY = updated.Average(s => s.Y);
            var maxChange = 0.0;
            for (var i = 0; i < n; i++)
            {
                updated[i] = (updated[i].X - meanX, updated[i].Y - meanY);
                maxChange = Math.Max(maxChange, Math.Max(Math.Abs(updated[i].X - shifts[i].X) * scaleX, Math.Abs(updated[i].Y - shifts[i].Y) * scaleY));
            }

            shifts = updated;
            if (maxChange < settings.ConvergencePixels)
            {
                break;
            }
        }

        var fullShifts = shifts.Select(s => (s.X * scaleX, s.Y * scaleY)).ToArray();
        // Pass 2: every full frame is transformed once and summed, shifted and dose-weighted, as it comes out of FFTW.
        var (plain, weighted, weightedSpectrum) = FrameSummer.Sum(movie, fullShifts, pixel, settings, options);
        return BuildResult(fullShifts, pixel, plain, weighted, iterations, (cropWidth, cropHeight)) with { DoseWeightedSpectrum = weightedSpectrum };
    }

    private static Spectrum2D AlignmentCopy(float[] frame, int width, int height, int bin, int cropWidth, int cropHeight)
    {
        var spectrum = bin == 1 ? Fft2D.Forward(frame, width, height) : Binned(frame, width, height, bin);
        return spectrum.Width == cropWidth && spectrum.Height == cropHeight ? spectrum : FourierCrop.Crop(spectrum, cropWidth, cropHeight);
    }

    private static Spectrum2D Binned(float[] frame, int width, int height, int bin)
    {
        var binned = new float[width / bin * (height / bin)];
        BlockBinning.Bin(frame, width, height, bin, binned);
        return Fft2D.Forward(binned, width / bin, height / bin);
    }

    private static AlignmentResult BuildResult(
        (double X, double Y)[] correction, double pixel, Image2D plain, Image2D weighted, int iterations, (int, int) alignmentSize)
    {
        // The correction moved frame i by s_i; the frame itself had moved by -s_i. Report motion relative to frame 0.
        var shifts = correction
            .Select((s, i) => new FrameShift(i, -(s.X - correction[0].X), -(s.Y - correction[0].Y), pixel))
            .ToArray();
        var steps = new double[Math.Max(0, shifts.Length - 1)];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = Math.Sqrt(Math.Pow(shifts[i + 1].XAngstrom - shifts[i].XAngstrom, 2) + Math.Pow(shifts[i + 1].YAngstrom - shifts[i].YAngstrom, 2));
        }

        return new AlignmentResult
        {
            Shifts = shifts,
            TotalDriftAngstrom = steps.Sum(),
            FrameToFrameDriftAngstrom = steps,
            AlignedSum = plain,
            DoseWeightedSum = weighted,
            Iterations = iterations,
            AlignmentSize = alignmentSize,
        };
    }

    /// <summary>The alignment copy's size and the power-of-two real-space binning that precedes its Fourier crop.</summary>
    private static (int CropWidth, int CropHeight, int Bin) Geometry(int width, int height, MovieAlignmentSettings settings)
    {
        var (cropWidth, cropHeight) = CropSize(width, height, settings.AlignmentSizePixels);
        return (cropWidth, cropHeight, BlockBinning.LargestPowerOfTwo(width, height, 2 * cropWidth, 2 * cropHeight));
    }

    private static (int Width, int Height) CropSize(int width, int height, int maxSide)
    {
        var longest = Math.Max(width, height);
        if (longest <= maxSide)
        {
            return (width, height);
        }

        var factor = (double)longest / maxSide;
        static int Even(double v) => Math.Max(2, 2 * (int)Math.Round(v / 2));
        return (Even(width / factor), Even(height / factor));
    }

    /// <summary>exp(-B·s²/4) per half-spectrum element, with the DC term zeroed so mean density does not correlate.</summary>
    private static float[] CorrelationFilter(int width, int height, double pixelX, double pixelY, double bFactor)
    {
        var halfWidth = (width / 2) + 1;
        var filter = new float[halfWidth * height];
        for (var row = 0; row < height; row++)
        {
            var ky = (row <= height / 2 ? row : row - height) / (height * pixelY);
            for (var kx = 0; kx < halfWidth; kx++)
            {
                var fx = kx / (width * pixelX);
                filter[(row * halfWidth) + kx] = (float)Math.Exp(-bFactor * ((fx * fx) + (ky * ky)) / 4);
            }
        }

        filter[0] = 0;
        return filter;
    }

    /// <summary>One worker's buffers for correlating a frame with the sum of the others.</summary>
    private sealed class CorrelationScratch(int spectrumFloats, int pixels)
    {
        public float[] Frame { get; } = new float[spectrumFloats];

        public float[] Product { get; } = new float[spectrumFloats];

        public float[] Map { get; } = new float[pixels];
    }
}
