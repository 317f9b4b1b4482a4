using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Ctf;

/// <summary>Applies a CTF (times an optional B-factor envelope exp(-B·g²/4)) to an image in Fourier space: what the microscope does to a weak-phase object.</summary>
public static class CtfFilter
{
    public static Image2D Apply(Image2D image, CtfModel ctf, double envelopeBFactorAngstromSquared = 0)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(ctf);
        var spectrum = Fft2D.Forward(image);
        Apply(spectrum, image.PixelSizeAngstrom, ctf, envelopeBFactorAngstromSquared);
        return Fft2D.Inverse(spectrum, image.PixelSizeAngstrom);
    }

    public static void Apply(Spectrum2D spectrum, double pixelAngstrom, CtfModel ctf, double envelopeBFactorAngstromSquared = 0)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentNullException.ThrowIfNull(ctf);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixelAngstrom);
        for (var row = 0; row < spectrum.Height; row++)
        {
            var gy = spectrum.SignedRowFrequency(row) / (spectrum.Height * pixelAngstrom);
            for (var kx = 0; kx < spectrum.HalfWidth; kx++)
            {
                var gx = kx / (spectrum.Width * pixelAngstrom);
                var envelope = Math.Exp(-envelopeBFactorAngstromSquared * ((gx * gx) + (gy * gy)) / 4);
                var factor = (float)(ctf.Value(gx, gy) * envelope);
                var index = 2 * ((row * spectrum.HalfWidth) + kx);
                spectrum.Data[index] *= factor;
                spectrum.Data[index + 1] *= factor;
            }
        }
    }
}
