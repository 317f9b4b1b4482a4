using Platform.Imaging.Images;
using Platform.Processing.Fourier;

namespace Platform.Processing.Picking;

/// <summary>The micrograph Fourier-binned so the particle radius is about the working radius, normalised, with particles made bright.</summary>
internal sealed class WorkingImage
{
    public WorkingImage(Image2D micrograph, PickingSettings settings)
        : this(Fft2D.Forward(micrograph), settings.PixelSizeAngstrom > 0 ? settings.PixelSizeAngstrom : micrograph.PixelSizeAngstrom, settings, ownsSpectrum: true)
    {
    }

    /// <summary>From the micrograph's full half spectrum (e.g. the aligned sum's, which alignment already computed); it is not modified.</summary>
    public WorkingImage(Spectrum2D micrographSpectrum, double pixelSizeAngstrom, PickingSettings settings, bool ownsSpectrum)
    {
        if (pixelSizeAngstrom <= 0)
        {
            throw new ArgumentException("The pixel size is unknown: set PickingSettings.PixelSizeAngstrom.", nameof(settings));
        }

        var radiusPixels = settings.ParticleRadiusAngstrom / pixelSizeAngstrom;
        var bin = Math.Max(1.0, radiusPixels / settings.WorkingRadiusPixels);
        int fullWidth = micrographSpectrum.Width, fullHeight = micrographSpectrum.Height;
        var width = Math.Max(8, 2 * (int)Math.Round(fullWidth / bin / 2));
        var height = Math.Max(8, 2 * (int)Math.Round(fullHeight / bin / 2));
        if (width < fullWidth && height < fullHeight)
        {
            Spectrum = FourierCrop.Crop(micrographSpectrum, width, height);
        }
        else
        {
            Spectrum = ownsSpectrum ? micrographSpectrum : micrographSpectrum.Clone();
            (width, height) = (fullWidth, fullHeight);
        }

        Width = width;
        Height = height;
        ScaleX = (double)fullWidth / width;
        ScaleY = (double)fullHeight / height;
        RadiusPixels = radiusPixels / ScaleX;
        ParticlesAreDark = settings.ParticlesAreDark;
        if (settings.ParticlesAreDark)
        {
            System.Numerics.Tensors.TensorPrimitives.Negate(Spectrum.Data, Spectrum.Data);
        }

        Spectrum.Data[0] = 0; // zero mean
        Spectrum.Data[1] = 0;
    }

    public Spectrum2D Spectrum { get; }

    /// <summary>True when the micrograph had dark particles and this copy was inverted to make them bright.</summary>
    public bool ParticlesAreDark { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Micrograph pixels per working pixel.</summary>
    public double ScaleX { get; }

    public double ScaleY { get; }

    public double RadiusPixels { get; }

    /// <summary>Multiplies the spectrum by a radial filter h(f), f in cycles per working pixel, and returns the filtered image.</summary>
    public float[] Filtered(Func<double, double> filter)
    {
        var s = Spectrum.Clone();
        for (var row = 0; row < Height; row++)
        {
            var fy = (double)s.SignedRowFrequency(row) / Height;
            for (var kx = 0; kx < s.HalfWidth; kx++)
            {
                var fx = (double)kx / Width;
                var h = (float)filter(Math.Sqrt((fx * fx) + (fy * fy)));
                var index = 2 * ((row * s.HalfWidth) + kx);
                s.Data[index] *= h;
                s.Data[index + 1] *= h;
            }
        }

        var image = new float[Width * Height];
        Fft2D.Inverse(s.Data, Width, Height, image);
        return image;
    }
}
