using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Imaging.Tiff;

namespace Platform.Imaging.Gain;

/// <summary>
/// A detector gain reference (multiplicative, as SerialEM and EPU write them) cleaned of defects: gain values that are
/// zero, negative, NaN or infinite are replaced by the median of the valid gains, so they neither zero nor poison the frames.
/// </summary>
public sealed class GainReference
{
    private GainReference(Image2D gain, int defects)
    {
        Gain = gain;
        DefectCount = defects;
    }

    public Image2D Gain { get; }

    /// <summary>How many gain pixels were defective and replaced.</summary>
    public int DefectCount { get; }

    /// <summary>Loads a gain reference from an MRC (.mrc, .gain is MRC for SerialEM) or TIFF file (first section/page).</summary>
    public static GainReference Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var stack = extension is ".tif" or ".tiff" ? TiffReader.Read(path) : MrcFile.Read(path).Stack;
        return FromImage(stack.Section(0));
    }

    public static GainReference FromImage(Image2D gain)
    {
        ArgumentNullException.ThrowIfNull(gain);
        var valid = gain.Pixels.Where(v => float.IsFinite(v) && v > 0).ToArray();
        if (valid.Length == 0)
        {
            throw new CorruptImageFileException("The gain reference has no positive finite value.");
        }

        Array.Sort(valid);
        var median = valid[valid.Length / 2];
        var cleaned = new Image2D(gain.Width, gain.Height, gain.PixelSizeAngstrom);
        var defects = 0;
        for (var i = 0; i < cleaned.Pixels.Length; i++)
        {
            var v = gain.Pixels[i];
            if (float.IsFinite(v) && v > 0)
            {
                cleaned.Pixels[i] = v;
            }
            else
            {
                cleaned.Pixels[i] = median;
                defects++;
            }
        }

        return new GainReference(cleaned, defects);
    }

    /// <summary>Multiplies every frame by the gain in place; non-finite frame pixels become 0. Sizes must match.</summary>
    public void ApplyInPlace(ImageStack movie, int maxThreads = 1)
    {
        ArgumentNullException.ThrowIfNull(movie);
        if (movie.Width != Gain.Width || movie.Height != Gain.Height)
        {
            throw new ArgumentException($"Gain reference is {Gain.Width}x{Gain.Height} but the movie is {movie.Width}x{movie.Height} (rotated or flipped gain?).", nameof(movie));
        }

        Parallel.For(0, movie.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxThreads) }, z =>
        {
            var frame = movie.SectionPixels(z);
            System.Numerics.Tensors.TensorPrimitives.Multiply(frame, Gain.Pixels, frame);
            for (var i = 0; i < frame.Length; i++)
            {
                if (!float.IsFinite(frame[i]))
                {
                    frame[i] = 0;
                }
            }
        });
    }
}
