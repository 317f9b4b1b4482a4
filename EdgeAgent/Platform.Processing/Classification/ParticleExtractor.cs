using Platform.Imaging.Images;
using Platform.Processing.Fourier;
using Platform.Processing.ParticleExport;
using Platform.Processing.Picking;

namespace Platform.Processing.Classification;

/// <summary>
/// Cuts picked particles out of a micrograph into boxes sized from the particle radius (as the STAR export does), Fourier-crops them to a
/// small classification box, inverts contrast (protein white, as RELION) and normalises each to zero mean and unit standard deviation of the
/// background outside the particle circle (RELION's particle normalisation, Scheres 2012, JSB 180:519).
/// </summary>
public sealed class ParticleExtractor
{
    public ParticleExtractor(double micrographPixelAngstrom, double particleRadiusAngstrom, int classificationBoxPixels = 64, bool invertContrast = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(micrographPixelAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(particleRadiusAngstrom);
        ArgumentOutOfRangeException.ThrowIfLessThan(classificationBoxPixels, 16);
        ExtractionBoxPixels = RelionOptics.BoxSize(particleRadiusAngstrom, micrographPixelAngstrom);
        BoxPixels = Math.Min(ExtractionBoxPixels, classificationBoxPixels + (classificationBoxPixels % 2));
        PixelSizeAngstrom = micrographPixelAngstrom * ExtractionBoxPixels / BoxPixels;
        MaskRadiusPixels = particleRadiusAngstrom / PixelSizeAngstrom;
        InvertContrast = invertContrast;
    }

    /// <summary>Box cut from the micrograph, in micrograph pixels.</summary>
    public int ExtractionBoxPixels { get; }

    /// <summary>Side of the boxes handed to classification.</summary>
    public int BoxPixels { get; }

    /// <summary>Pixel size of the classification boxes in Å.</summary>
    public double PixelSizeAngstrom { get; }

    /// <summary>Particle radius in classification-box pixels (the mask radius to classify with).</summary>
    public double MaskRadiusPixels { get; }

    public bool InvertContrast { get; }

    /// <summary>Boxes of every pick whose whole box lies inside the micrograph, in pick order (others are skipped).</summary>
    public IReadOnlyList<Image2D> Extract(Image2D micrograph, IEnumerable<Pick> picks)
    {
        ArgumentNullException.ThrowIfNull(micrograph);
        ArgumentNullException.ThrowIfNull(picks);
        var boxes = new List<Image2D>();
        var b = ExtractionBoxPixels;
        var raw = new float[b * b];
        foreach (var pick in picks)
        {
            int x0 = (int)Math.Round(pick.XPixels) - (b / 2), y0 = (int)Math.Round(pick.YPixels) - (b / 2);
            if (x0 < 0 || y0 < 0 || x0 + b > micrograph.Width || y0 + b > micrograph.Height)
            {
                continue;
            }

            for (var y = 0; y < b; y++)
            {
                micrograph.Pixels.AsSpan(((y0 + y) * micrograph.Width) + x0, b).CopyTo(raw.AsSpan(y * b, b));
            }

            boxes.Add(Normalise(raw));
        }

        return boxes;
    }

    /// <summary>Downsamples and normalises one extracted box (side <see cref="ExtractionBoxPixels"/>).</summary>
    public Image2D Normalise(ReadOnlySpan<float> box)
    {
        var b = ExtractionBoxPixels;
        if (box.Length != b * b)
        {
            throw new ArgumentException($"A box holds {b * b} pixels, got {box.Length}.", nameof(box));
        }

        var image = new Image2D(BoxPixels, BoxPixels, PixelSizeAngstrom);
        if (BoxPixels == b)
        {
            box.CopyTo(image.Pixels);
        }
        else
        {
            Fft2D.Inverse(FourierCrop.Crop(Fft2D.Forward(box, b, b), BoxPixels, BoxPixels).Data, BoxPixels, BoxPixels, image.Pixels);
        }

        double sum = 0, sumSq = 0;
        var count = 0;
        var centre = BoxPixels / 2.0;
        for (var y = 0; y < BoxPixels; y++)
        {
            for (var x = 0; x < BoxPixels; x++)
            {
                double dx = x + 0.5 - centre, dy = y + 0.5 - centre;
                if ((dx * dx) + (dy * dy) > MaskRadiusPixels * MaskRadiusPixels)
                {
                    var v = image.Pixels[(y * BoxPixels) + x];
                    sum += v;
                    sumSq += v * v;
                    count++;
                }
            }
        }

        // A particle filling the box leaves no background: fall back to the whole box.
        var all = count < 16;
        var n = all ? image.Pixels.Length : count;
        var mean = all ? System.Numerics.Tensors.TensorPrimitives.Sum<float>(image.Pixels) / n : sum / n;
        var variance = all ? (System.Numerics.Tensors.TensorPrimitives.SumOfSquares<float>(image.Pixels) / n) - (mean * mean) : (sumSq / n) - (mean * mean);
        var scale = (float)((InvertContrast ? -1 : 1) / Math.Sqrt(Math.Max(variance, 1e-20)));
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            image.Pixels[i] = (float)(image.Pixels[i] - mean) * scale;
        }

        return image;
    }
}
