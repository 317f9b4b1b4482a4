using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace Platform.Processing.Filters;

/// <summary>Real-space binning by an integer factor: each output pixel is the mean of a factor × factor block (a box filter plus decimation).</summary>
internal static class BlockBinning
{
    /// <summary>
    /// Bins a row-major <paramref name="width"/> × <paramref name="height"/> image into <paramref name="destination"/>
    /// ((width / factor) × (height / factor)); both sides must be multiples of <paramref name="factor"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    public static void Bin(ReadOnlySpan<float> source, int width, int height, int factor, Span<float> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(factor);
        if (width % factor != 0 || height % factor != 0 || source.Length != (long)width * height)
        {
            throw new ArgumentException($"A {width}x{height} image ({source.Length} values) cannot be binned by {factor}.");
        }

        int outWidth = width / factor, outHeight = height / factor;
        if (destination.Length != outWidth * outHeight)
        {
            throw new ArgumentException($"The binned image needs {outWidth * outHeight} values, got {destination.Length}.", nameof(destination));
        }

        var rowSum = new float[width];
        var scale = 1f / (factor * factor);
        for (var y = 0; y < outHeight; y++)
        {
            source.Slice(y * factor * width, width).CopyTo(rowSum);
            for (var k = 1; k < factor; k++)
            {
                TensorPrimitives.Add(rowSum, source.Slice(((y * factor) + k) * width, width), rowSum);
            }

            var target = destination.Slice(y * outWidth, outWidth);
            for (var x = 0; x < outWidth; x++)
            {
                var sum = 0f;
                for (var k = x * factor; k < (x + 1) * factor; k++)
                {
                    sum += rowSum[k];
                }

                target[x] = sum * scale;
            }
        }
    }

    /// <summary>
    /// The largest power-of-two factor that divides both sides and leaves at least <paramref name="minWidth"/> × <paramref name="minHeight"/> pixels
    /// (1 when none does).
    /// </summary>
    public static int LargestPowerOfTwo(int width, int height, int minWidth, int minHeight)
    {
        var factor = 1;
        while (width % (factor * 2) == 0 && height % (factor * 2) == 0 && width / (factor * 2) >= minWidth && height / (factor * 2) >= minHeight)
        {
            factor *= 2;
        }

        return factor;
    }
}
