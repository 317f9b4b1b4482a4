using Platform.AgentLink.Contracts;
using Platform.EdgeAgent.Tests.Support;
using Platform.EdgeAgent.Tracks;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Processing.Picking;
using Platform.Processing.Simulation;
using Platform.Processing.Tests.Classification;

namespace Platform.EdgeAgent.Tests.Tracks;

/// <summary>
/// A session work folder whose pre-processing track folder receives micrographs of two real maps (the classifier tests'
/// field): each one's <c>_sum_dw.mrc</c> and then its <c>_picks.star</c>, as the pipeline writes them, with the truth per pick.
/// </summary>
internal sealed class ClassificationFolder : IDisposable
{
    private static readonly Lazy<(Image2D Image, Pick[] Picks, int[] Truth)[]> _field = new(() =>
    {
        var random = new SeededRandom(20261121);
        var templates = TwoParticleField.Templates();
        return [.. Enumerable.Range(0, 6).Select(_ => TwoParticleField.Generate(templates, 1100, snr: 0.05, random))];
    });

    public ClassificationFolder()
    {
        Root = Directory.CreateTempSubdirectory("classification-track-").FullName;
        Session = new TrackSession("s-classify", new ProcessingSettings
        {
            PixelSizeAngstrom = TwoParticleField.PixelAngstrom,
            ParticleRadiusAngstrom = TwoParticleField.DiameterPixels / 2 * TwoParticleField.PixelAngstrom,
        }, Path.Combine(Root, "frames"), Path.Combine(Root, "work"), Link, TimeProvider.System);
        Directory.CreateDirectory(Session.FolderOf(TrackKind.Preprocessing));
    }

    public static int MicrographCount => _field.Value.Length;

    public string Root { get; }

    public InMemoryPlatformLink Link { get; } = new();

    public TrackSession Session { get; }

    public string Input => Session.FolderOf(TrackKind.Preprocessing);

    /// <summary>The micrograph's name in the folder.</summary>
    public static string NameOf(int index) => $"mic_{index:D3}";

    /// <summary>Writes micrograph <paramref name="index"/> (sum, then picks) and dates its picks file a minute back so it counts as settled.</summary>
    public void Add(int index)
    {
        var (image, picks, _) = _field.Value[index];
        MrcWriter.Write(Path.Combine(Input, NameOf(index) + "_sum_dw.mrc"), image);
        var picksPath = Path.Combine(Input, NameOf(index) + "_picks.star");
        PicksFile.Write(picksPath, picks);
        File.SetLastWriteTimeUtc(picksPath, DateTime.UtcNow.AddMinutes(-1).AddSeconds(index));
    }

    public static (Image2D Image, Pick[] Picks, int[] Truth) Micrograph(int index) => _field.Value[index];

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
