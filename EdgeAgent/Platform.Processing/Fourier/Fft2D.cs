using System.Collections.Concurrent;
using Platform.Imaging.Images;

namespace Platform.Processing.Fourier;

/// <summary>Real-to-complex and complex-to-real 2D FFTs through FFTW single precision, with cached plans; safe to call from many threads.</summary>
public static class Fft2D
{
    private static readonly ConcurrentDictionary<(int, int), ConcurrentBag<(AlignedBuffer Real, AlignedBuffer Complex)>> _scratch = new();

    /// <summary>Threads FFTW uses inside one transform (default 1; the pipeline parallelises across frames instead).</summary>
    public static int ThreadsPerTransform
    {
        get => FftwPlanCache.Threads;
        set => FftwPlanCache.Threads = value;
    }

    /// <summary>Fails with <see cref="FftwNotAvailableException"/> now if FFTW cannot be loaded, rather than mid-pipeline.</summary>
    public static void EnsureAvailable() => FftwPlanCache.Plan(8, 8, forward: true);

    /// <summary>
    /// Plans both directions for <paramref name="width"/> x <paramref name="height"/> now. Large sizes are planned by measurement, which
    /// takes seconds once per process: a long-running caller (the agent's track) prepares its frame size at start-up, not on the first movie.
    /// </summary>
    public static void Prepare(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        FftwPlanCache.Plan(width, height, forward: true);
        FftwPlanCache.Plan(width, height, forward: false);
    }

    public static Spectrum2D Forward(Image2D image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return Forward(image.Pixels, image.Width, image.Height);
    }

    public static Spectrum2D Forward(ReadOnlySpan<float> real, int width, int height)
    {
        var spectrum = new Spectrum2D(width, height);
        Forward(real, width, height, spectrum.Data);
        return spectrum;
    }

    /// <summary>Unnormalised forward transform of a row-major real image into an interleaved half spectrum.</summary>
    public static void Forward(ReadOnlySpan<float> real, int width, int height, Span<float> spectrum)
    {
        CheckSizes(real.Length, spectrum.Length, width, height);
        var plan = FftwPlanCache.Plan(width, height, forward: true);
        var buffers = Rent(width, height);
        try
        {
            real.CopyTo(buffers.Real.Span);
            FftwNative.ExecuteRealToComplex(plan, buffers.Real.Pointer, buffers.Complex.Pointer);
            buffers.Complex.Span.CopyTo(spectrum);
        }
        finally
        {
            Return(width, height, buffers);
        }
    }

    /// <summary>
    /// Forward transform that hands the half spectrum to <paramref name="visit"/> straight from FFTW's output buffer, saving a copy of it;
    /// the span is valid only during the call.
    /// </summary>
    internal static void Forward(ReadOnlySpan<float> real, int width, int height, Action<ReadOnlySpan<float>> visit)
    {
        CheckSizes(real.Length, 2 * ((width / 2) + 1) * height, width, height);
        var plan = FftwPlanCache.Plan(width, height, forward: true);
        var buffers = Rent(width, height);
        try
        {
            real.CopyTo(buffers.Real.Span);
            FftwNative.ExecuteRealToComplex(plan, buffers.Real.Pointer, buffers.Complex.Pointer);
            visit(buffers.Complex.Span);
        }
        finally
        {
            Return(width, height, buffers);
        }
    }

    public static Image2D Inverse(Spectrum2D spectrum, double pixelSizeAngstrom)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var image = new Image2D(spectrum.Width, spectrum.Height, pixelSizeAngstrom);
        Inverse(spectrum.Data, spectrum.Width, spectrum.Height, image.Pixels);
        return image;
    }

    /// <summary>Inverse transform normalised by 1/(width*height), so Inverse(Forward(x)) == x.</summary>
    public static void Inverse(ReadOnlySpan<float> spectrum, int width, int height, Span<float> real)
    {
        CheckSizes(real.Length, spectrum.Length, width, height);
        var plan = FftwPlanCache.Plan(width, height, forward: false);
        var buffers = Rent(width, height);
        try
        {
            spectrum.CopyTo(buffers.Complex.Span);
            FftwNative.ExecuteComplexToReal(plan, buffers.Complex.Pointer, buffers.Real.Pointer);
            var scale = 1f / ((float)width * height);
            System.Numerics.Tensors.TensorPrimitives.Multiply(buffers.Real.Span, scale, real);
        }
        finally
        {
            Return(width, height, buffers);
        }
    }

    private static void CheckSizes(int realLength, int spectrumLength, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (realLength != (long)width * height)
        {
            throw new ArgumentException($"Real image must hold {width}x{height} values, got {realLength}.");
        }

        if (spectrumLength != 2L * ((width / 2) + 1) * height)
        {
            throw new ArgumentException($"Half spectrum of {width}x{height} must hold {2L * ((width / 2) + 1) * height} floats, got {spectrumLength}.");
        }
    }

    private static (AlignedBuffer Real, AlignedBuffer Complex) Rent(int width, int height)
    {
        var bag = _scratch.GetOrAdd((width, height), _ => []);
        return bag.TryTake(out var buffers)
            ? buffers
            : (new AlignedBuffer((long)width * height), new AlignedBuffer(2L * ((width / 2) + 1) * height));
    }

    private static void Return(int width, int height, (AlignedBuffer Real, AlignedBuffer Complex) buffers)
    {
        var bag = _scratch.GetOrAdd((width, height), _ => []);
        if (bag.Count < Environment.ProcessorCount)
        {
            bag.Add(buffers);
        }
        else
        {
            buffers.Real.Dispose();
            buffers.Complex.Dispose();
        }
    }
}
