using Platform.Imaging.Images;
using Platform.Processing.Filters;

namespace Platform.Processing.Classification;

/// <summary>The fixed sampling of one classification run: box size, soft circular mask, in-plane rotations and the disc of integer shifts.</summary>
internal sealed class ClassGeometry
{
    private const double MaskEdgePixels = 3;

    public ClassGeometry(int boxPixels, Classification2DSettings settings)
    {
        Box = boxPixels;
        Rotations = settings.RotationCount;
        Angles = Enumerable.Range(0, Rotations).Select(j => 2 * Math.PI * j / Rotations).ToArray();
        Mask = new float[boxPixels * boxPixels];
        var centre = (boxPixels - 1) / 2.0;
        for (var y = 0; y < boxPixels; y++)
        {
            for (var x = 0; x < boxPixels; x++)
            {
                var r = Math.Sqrt(((x - centre) * (x - centre)) + ((y - centre) * (y - centre)));
                var edge = (r - settings.MaskRadiusPixels) / MaskEdgePixels;
                Mask[(y * boxPixels) + x] = edge <= 0 ? 1f : edge >= 1 ? 0f : (float)(0.5 * (1 + Math.Cos(Math.PI * edge)));
            }
        }

        var shifts = new List<int>();
        var s = settings.MaxShiftPixels;
        for (var dy = -s; dy <= s; dy++)
        {
            for (var dx = -s; dx <= s; dx++)
            {
                if ((dx * dx) + (dy * dy) <= s * s)
                {
                    // Correlation maps wrap: shift (dx, dy) sits at ((dy mod N), (dx mod N)).
                    shifts.Add((((dy + boxPixels) % boxPixels) * boxPixels) + ((dx + boxPixels) % boxPixels));
                }
            }
        }

        ShiftIndices = [.. shifts];
    }

    public int Box { get; }

    public int Pixels => Box * Box;

    public int SpectrumFloats => 2 * ((Box / 2) + 1) * Box;

    public int Rotations { get; }

    public double[] Angles { get; }

    public float[] Mask { get; }

    /// <summary>Flat indices, in an N×N correlation map, of every searched shift.</summary>
    public int[] ShiftIndices { get; }

    /// <summary>The image rotated by <paramref name="angleRadians"/> about the box centre and multiplied by the mask.</summary>
    public float[] RotatedMasked(Image2D image, double angleRadians)
    {
        var rotated = angleRadians == 0 ? image.Pixels : ImageResampler.Rotate(image, angleRadians).Pixels;
        var result = new float[Pixels];
        System.Numerics.Tensors.TensorPrimitives.Multiply(rotated, Mask, result);
        return result;
    }
}
