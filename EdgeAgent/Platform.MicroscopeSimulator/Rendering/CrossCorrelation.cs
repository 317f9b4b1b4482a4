using Platform.MicroscopeSimulator.Fourier;
using Platform.MicroscopeSimulator.Hardware;

namespace Platform.MicroscopeSimulator.Rendering;

/// <summary>Phase-free FFT cross-correlation of two equal power-of-two images: the integer shift of <c>image</c> relative to <c>reference</c>.</summary>
public static class CrossCorrelation
{
    public static (double Dx, double Dy) PeakShift(BufferedImage image, BufferedImage reference)
    {
        if (image.Width != reference.Width || image.Height != reference.Height || image.Width != image.Height || !Fft2D.IsPowerOfTwo(image.Width))
        {
            throw new Commands.SimulatedCommandException(
                $"AlignTo needs equal square power-of-two images; got {image.Width}x{image.Height} and {reference.Width}x{reference.Height}");
        }

        var n = image.Width;
        var (aRe, aIm) = Centered(image.Pixels);
        var (bRe, bIm) = Centered(reference.Pixels);
        Fft2D.Transform(aRe, aIm, n, inverse: false);
        Fft2D.Transform(bRe, bIm, n, inverse: false);
        for (var i = 0; i < aRe.Length; i++)
        {
            // A · conj(B): its inverse peaks at the displacement of A relative to B.
            var re = (aRe[i] * bRe[i]) + (aIm[i] * bIm[i]);
            var im = (aIm[i] * bRe[i]) - (aRe[i] * bIm[i]);
            (aRe[i], aIm[i]) = (re, im);
        }

        Fft2D.Transform(aRe, aIm, n, inverse: true);
        var best = 0;
        for (var i = 1; i < aRe.Length; i++)
        {
            if (aRe[i] > aRe[best])
            {
                best = i;
            }
        }

        return (Fft2D.Frequency(best % n, n), Fft2D.Frequency(best / n, n));
    }

    private static (double[] Re, double[] Im) Centered(float[] pixels)
    {
        var mean = pixels.Average(p => (double)p);
        return (pixels.Select(p => p - mean).ToArray(), new double[pixels.Length]);
    }
}
