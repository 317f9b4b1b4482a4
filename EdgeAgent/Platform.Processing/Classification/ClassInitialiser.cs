using Platform.Imaging.Images;
using Platform.Processing.Fourier;
using Platform.Processing.Simulation;

namespace Platform.Processing.Classification;

/// <summary>
/// Reference-free starting classes from the first mini-batch: k-means++ (Arthur &amp; Vassilvitskii 2007) on rotation- and shift-invariant
/// features (radial profiles of the power spectrum and of the image), then each class starts from the low-passed mean of its members
/// (the class's radial profile) plus its medoid particle, which breaks the rotational symmetry the mean alone would have.
/// </summary>
internal static class ClassInitialiser
{
    private const int KMeansIterations = 30;

    public static Image2D[] Initialise(IReadOnlyList<Image2D> particles, int classes, ClassGeometry geometry, int seed)
    {
        var features = particles.Select(p => Features(p, geometry)).ToArray();
        Standardise(features);
        var labels = KMeans(features, classes, new SeededRandom(seed));
        var references = new Image2D[classes];
        for (var c = 0; c < classes; c++)
        {
            var members = Enumerable.Range(0, particles.Count).Where(i => labels[i] == c).ToArray();
            if (members.Length == 0)
            {
                members = [c % particles.Count];
            }

            var centroid = Mean(members.Select(i => features[i]).ToArray());
            var medoid = members.MinBy(i => Distance(features[i], centroid));
            var start = new float[geometry.Pixels];
            foreach (var i in members)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(start, particles[i].Pixels, start);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply(start, 1f / members.Length, start);
            System.Numerics.Tensors.TensorPrimitives.Add(start, particles[medoid].Pixels, start);
            references[c] = LowPass(start, geometry.Box, particles[0].PixelSizeAngstrom);
        }

        return references;
    }

    private static double[] Features(Image2D image, ClassGeometry geometry)
    {
        int n = geometry.Box, rings = n / 2;
        var spectrum = Fft2D.Forward(image);
        var power = new double[rings];
        var profile = new double[rings];
        var counts = new int[rings];
        for (var row = 0; row < n; row++)
        {
            var ky = spectrum.SignedRowFrequency(row);
            for (var kx = 0; kx < spectrum.HalfWidth; kx++)
            {
                var r = (int)Math.Sqrt((kx * kx) + (ky * ky));
                if (r > 0 && r < rings)
                {
                    var i = 2 * ((row * spectrum.HalfWidth) + kx);
                    power[r] += (spectrum.Data[i] * spectrum.Data[i]) + (spectrum.Data[i + 1] * spectrum.Data[i + 1]);
                    counts[r]++;
                }
            }
        }

        var centre = (n - 1) / 2.0;
        var radialCounts = new int[rings];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                var r = (int)Math.Sqrt(((x - centre) * (x - centre)) + ((y - centre) * (y - centre)));
                if (r < rings)
                {
                    profile[r] += image.Pixels[(y * n) + x];
                    radialCounts[r]++;
                }
            }
        }

        return [.. power.Select((p, r) => counts[r] > 0 ? Math.Log(1e-9 + (p / counts[r])) : 0), .. profile.Select((p, r) => radialCounts[r] > 0 ? p / radialCounts[r] : 0)];
    }

    private static void Standardise(double[][] features)
    {
        for (var d = 0; d < features[0].Length; d++)
        {
            var mean = features.Average(f => f[d]);
            var sd = Math.Sqrt(features.Average(f => (f[d] - mean) * (f[d] - mean)));
            foreach (var f in features)
            {
                f[d] = sd > 1e-12 ? (f[d] - mean) / sd : 0;
            }
        }
    }

    private static int[] KMeans(double[][] points, int k, Random random)
    {
        var centres = new List<double[]> { points[random.Next(points.Length)] };
        while (centres.Count < k)
        {
            var d2 = points.Select(p => centres.Min(c => Distance(p, c))).ToArray();
            var pick = random.NextDouble() * d2.Sum();
            var index = 0;
            for (var acc = d2[0]; acc < pick && index < points.Length - 1; acc += d2[++index])
            {
            }

            centres.Add(points[index]);
        }

        var labels = new int[points.Length];
        for (var iteration = 0; iteration < KMeansIterations; iteration++)
        {
            for (var i = 0; i < points.Length; i++)
            {
                labels[i] = Enumerable.Range(0, k).MinBy(c => Distance(points[i], centres[c]));
            }

            for (var c = 0; c < k; c++)
            {
                var members = points.Where((_, i) => labels[i] == c).ToArray();
                centres[c] = members.Length > 0 ? Mean(members) : centres[c];
            }
        }

        return labels;
    }

    private static double[] Mean(double[][] points) =>
        Enumerable.Range(0, points[0].Length).Select(d => points.Average(p => p[d])).ToArray();

    private static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return sum;
    }

    /// <summary>Gaussian low-pass to about a quarter of Nyquist, so the starting references carry shape, not the medoid's noise.</summary>
    private static Image2D LowPass(float[] pixels, int n, double pixelAngstrom)
    {
        var spectrum = Fft2D.Forward(pixels, n, n);
        var sigmaRings = n / 8.0;
        for (var row = 0; row < n; row++)
        {
            var ky = spectrum.SignedRowFrequency(row);
            for (var kx = 0; kx < spectrum.HalfWidth; kx++)
            {
                var g = (float)Math.Exp(-((kx * kx) + (ky * ky)) / (2 * sigmaRings * sigmaRings));
                var i = 2 * ((row * spectrum.HalfWidth) + kx);
                spectrum.Data[i] *= g;
                spectrum.Data[i + 1] *= g;
            }
        }

        return Fft2D.Inverse(spectrum, pixelAngstrom);
    }
}
