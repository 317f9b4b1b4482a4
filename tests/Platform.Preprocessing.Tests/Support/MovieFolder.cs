using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Imaging.Tiff;
using Platform.Processing.Ctf;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Data;

namespace Platform.Preprocessing.Tests.Support;

/// <summary>
/// A frames folder filled with generated movies (real particle images from the shared data, known defocus, drift and
/// Poisson noise) the way SerialEM fills one: each file appears whole (written beside, then renamed in).
/// </summary>
public sealed class MovieFolder : IDisposable
{
    public const double PixelSizeAngstrom = 1.5;
    public const double DosePerFrame = 2.0;

    public static readonly DefocusParameters Truth = new(16000, 15000, 30);

    private static readonly Lazy<Image2D> _particle = new(() =>
        ParticleTemplate.ProjectAlongZ(MrcFile.Read(SharedData.PathOf("mrcfile/EMD-3197.map")).Stack, PixelSizeAngstrom * 2));

    public MovieFolder()
    {
        Root = Directory.CreateTempSubdirectory("preprocessing-track-").FullName;
        Frames = Directory.CreateDirectory(Path.Combine(Root, "frames")).FullName;
        Work = Directory.CreateDirectory(Path.Combine(Root, "work")).FullName;
    }

    public string Root { get; }

    public string Frames { get; }

    public string Work { get; }

    /// <summary>Writes a generated movie (TIFF, LZW, 8-bit counts) named <paramref name="name"/>.tif into the frames folder.</summary>
    public string AddMovie(string name, int seed, int frames = 6)
    {
        var specimen = SyntheticMicrograph.Render(new SyntheticMicrographSpec
        {
            Width = 768, Height = 768, PixelSizeAngstrom = PixelSizeAngstrom, Defocus = Truth, Particle = _particle.Value,
            ParticleCount = 20, MinimumSeparationPixels = _particle.Value.Width, Seed = seed,
        });
        var trajectory = SyntheticMovie.RandomWalk(frames, 0.6, -0.4, 0.2, seed);
        var movie = SyntheticMovie.Generate(specimen.Intensity, trajectory, DosePerFrame * PixelSizeAngstrom * PixelSizeAngstrom, seed);
        return Place(name + ".tif", path => TiffWriter.Write(path, movie, new TiffWriteOptions { Compression = TiffCompression.Lzw, BitsPerSample = 8 }));
    }

    /// <summary>An MRC file cut off half-way through its data: what a crashed writer or a full disk leaves.</summary>
    public string AddTruncatedMovie(string name)
    {
        var whole = Path.Combine(Root, name + ".whole.mrc");
        MrcWriter.Write(whole, new ImageStack(256, 256, [new float[256 * 256], new float[256 * 256]], PixelSizeAngstrom));
        var bytes = File.ReadAllBytes(whole);
        File.Delete(whole);
        return Place(name + ".mrc", path => File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private string Place(string fileName, Action<string> write)
    {
        var temporary = Path.Combine(Root, "." + fileName + ".partial");
        write(temporary);
        var final = Path.Combine(Frames, fileName);
        File.Move(temporary, final);
        return final;
    }
}
