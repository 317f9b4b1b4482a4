using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Picking;

/// <summary>
/// Reference-free picking with a difference-of-Gaussians blob detector (Voss et al. 2009, JSB 166:205): the DoG with
/// σ = r/√2 scaled by 1/1.3 and 1.3 responds most to blobs of radius r; peaks above a robust threshold are picked.
/// </summary>
public static class BlobPicker
{
    private const double ScaleRatio = 1.3;

    public static IReadOnlyList<Pick> Pick(Image2D micrograph, PickingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(micrograph);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var pixel = settings.PixelSizeAngstrom > 0 ? settings.PixelSizeAngstrom : micrograph.PixelSizeAngstrom;
        return Pick(new WorkingImage(micrograph, settings), settings, pixel);
    }

    /// <summary>Picks from the micrograph's half spectrum (not modified), saving the forward transform when the caller has it.</summary>
    public static IReadOnlyList<Pick> Pick(Spectrum2D micrographSpectrum, double pixelSizeAngstrom, PickingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(micrographSpectrum);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var pixel = settings.PixelSizeAngstrom > 0 ? settings.PixelSizeAngstrom : pixelSizeAngstrom;
        return Pick(new WorkingImage(micrographSpectrum, pixel, settings, ownsSpectrum: false), settings, pixel);
    }

    private static IReadOnlyList<Pick> Pick(WorkingImage image, PickingSettings settings, double pixel)
    {
        var sigma = image.RadiusPixels / Math.Sqrt(2);
        double inner = sigma / ScaleRatio, outer = sigma * ScaleRatio;
        var scores = image.Filtered(f =>
            Math.Exp(-2 * Math.PI * Math.PI * inner * inner * f * f) - Math.Exp(-2 * Math.PI * Math.PI * outer * outer * f * f));
        return PeakSelection.Select(image, scores, settings, pixel);
    }
}
