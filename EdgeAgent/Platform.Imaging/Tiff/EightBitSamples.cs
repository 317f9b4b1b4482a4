using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Platform.Imaging.Tiff;

/// <summary>Widens unsigned 8-bit samples (counting detectors' usual TIFF format) to float32, 32 at a time with 256-bit vectors.</summary>
internal static class EightBitSamples
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // a hot SIMD kernel: compiled optimised at once, not after tier-0 runs of the first movie
    public static void Widen(ReadOnlySpan<byte> source, Span<float> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var src = ref MemoryMarshal.GetReference(source);
            ref var dst = ref MemoryMarshal.GetReference(destination);
            for (; i <= source.Length - 32; i += 32)
            {
                var bytes = Vector256.LoadUnsafe(ref src, (nuint)i);
                var (low, high) = Vector256.Widen(bytes);
                var (a, b) = Vector256.Widen(low);
                var (c, d) = Vector256.Widen(high);
                Vector256.ConvertToSingle(a.AsInt32()).StoreUnsafe(ref dst, (nuint)i);
                Vector256.ConvertToSingle(b.AsInt32()).StoreUnsafe(ref dst, (nuint)(i + 8));
                Vector256.ConvertToSingle(c.AsInt32()).StoreUnsafe(ref dst, (nuint)(i + 16));
                Vector256.ConvertToSingle(d.AsInt32()).StoreUnsafe(ref dst, (nuint)(i + 24));
            }
        }

        for (; i < source.Length; i++)
        {
            destination[i] = source[i];
        }
    }
}
