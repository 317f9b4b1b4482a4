using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Picking;

/// <summary>
/// Picking by locally normalised cross-correlation with a template (computed with FFTs, Lewis 1995 "Fast normalized
/// cross-correlation"), by default rotationally averaged so one correlation covers every in-plane rotation.
/// </summary>
public static class TemplatePicker
{
    /// <summary>
    /// Picks with <paramref name="template"/> at its own pixel size (the micrograph's if 0); the template must look like a
    /// particle in the micrograph (same contrast). CTF-filtered templates are not handled yet.
    /// </summary>
    public static IReadOnlyList<Pick> Pick(Image2D micrograph, Image2D template, PickingSettings settings, bool rotationallyAverage = true)
    {
        ArgumentNullException.ThrowIfNull(micrograph);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var pixel = settings.PixelSizeAngstrom > 0 ? settings.PixelSizeAngstrom : micrograph.PixelSizeAngstrom;
        var image = new WorkingImage(micrograph, settings);
        var r = image.RadiusPixels;

        // Band-pass the micrograph: drop ice gradients (> 4 radii) and pixel noise (< r/4).
        double Gauss(double f, double s) => Math.Exp(-2 * Math.PI * Math.PI * s * s * f * f);
        var micro = image.Filtered(f => Gauss(f, r / 6) - Gauss(f, 4 * r));
        var (w, h) = (image.Width, image.Height);

        var templatePixel = template.PixelSizeAngstrom > 0 ? template.PixelSizeAngstrom : pixel;

        var working = TemplateGeometry.Prepare(template, templatePixel / (pixel * image.ScaleX), r, rotationallyAverage, settings.ParticlesAreDark);
        var (kernel, mask, count) = TemplateGeometry.Embed(working, w, h, r);

        var imageSpectrum = Fft2D.Forward(micro, w, h);
        var squareSpectrum = Fft2D.Forward(micro.Select(v => v * v).ToArray(), w, h);
        var numerator = Correlate(imageSpectrum, Fft2D.Forward(kernel, w, h));
        var maskSpectrum = Fft2D.Forward(mask, w, h);
        var localSum = Correlate(imageSpectrum, maskSpectrum);
        var localSquares = Correlate(squareSpectrum, maskSpectrum);
        var scores = new float[w * h];
        for (var i = 0; i < scores.Length; i++)
        {
            var variance = (localSquares[i] / count) - Math.Pow(localSum[i] / count, 2);
            scores[i] = variance > 1e-20 ? (float)(numerator[i] / Math.Sqrt(count * variance)) : 0f;
        }

        return PeakSelection.Select(image, scores, settings, pixel);
    }

    private static float[] Correlate(Spectrum2D a, Spectrum2D b)
    {
        var product = new float[a.Data.Length];
        for (var k = 0; k < product.Length; k += 2)
        {
            product[k] = (a.Data[k] * b.Data[k]) + (a.Data[k + 1] * b.Data[k + 1]);
            product[k + 1] = (a.Data[k + 1] * b.Data[k]) - (a.Data[k] * b.Data[k + 1]);
        }

        var result = new float[a.Width * a.Height];
        Fft2D.Inverse(product, a.Width, a.Height, result);
        return result;
    }
}
