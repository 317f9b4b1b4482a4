using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.MicroscopeSimulator.GroundTruth;
using Platform.MicroscopeSimulator.Hardware;
using Platform.MicroscopeSimulator.Rendering;
using Platform.SerialEm.Commands;
using Platform.SerialEm.Protocol;

namespace Platform.MicroscopeSimulator.Commands;

/// <summary>Camera commands: Search (square level), View/Focus/Trial (hole level), Record/Preview (exposure and movie), Montage (atlas).</summary>
public sealed partial class SimulatedMicroscope
{
    /// <summary>Field of view of a Search image (a whole 60 µm square with its bars).</summary>
    public const double SearchFieldMicrons = 100;

    /// <summary>Field of view of a View image (a few holes).</summary>
    public const double ViewFieldMicrons = 12;

    /// <summary>Each atlas montage piece covers this much of the grid.</summary>
    public const double AtlasPieceMicrons = 150;

    private const double CountsPerPixel = 1000;

    private void RegisterAcquisition()
    {
        On(CommandTable.Search, (_, ct) => AcquireSpecimenImageAsync("square", SearchFieldMicrons, ct));
        foreach (var command in new[] { CommandTable.View, CommandTable.Focus, CommandTable.Trial })
        {
            On(command, (_, ct) => AcquireSpecimenImageAsync("hole", ViewFieldMicrons, ct));
        }

        On(CommandTable.Record, (_, ct) => AcquireExposureAsync("R", ct));
        On(CommandTable.R, (_, ct) => AcquireExposureAsync("R", ct));
        On(CommandTable.Preview, (_, ct) => AcquireExposureAsync("P", ct));
        On(CommandTable.Montage, AcquireMontageAsync);
    }

    private async Task<WireValue[]> AcquireSpecimenImageAsync(string kind, double fieldMicrons, CancellationToken cancellationToken)
    {
        await DelayAsync(_options.Delays.ExposureSeconds, cancellationToken).ConfigureAwait(false);
        var size = _options.SearchSizePixels;
        var frame = new ImageFrame(size, size, fieldMicrons / size, Stage.XMicrons + Optics.ImageShiftXMicrons, Stage.YMicrons + Optics.ImageShiftYMicrons);
        var grid = Autoloader.OnStage;
        var pixels = SpecimenImageRenderer.Render(grid, frame, resolveHoles: true, CountsPerPixel, NextImageSeed());
        object? truth = grid is null ? null : SpecimenImageRenderer.HoleTruthFor(grid, frame, kind);
        Buffers.Push(new BufferedImage(size, size, pixels, frame.PixelSizeMicrons, 1, truth));
        return [];
    }

    private async Task<WireValue[]> AcquireMontageAsync(CommandArguments arguments, CancellationToken cancellationToken)
    {
        var (nx, ny) = Camera.OpenMontagePieces ?? throw new SimulatedCommandException("There is no montage file open; use OpenNewMontage first");
        await DelayAsync(_options.Delays.MontageSeconds, cancellationToken).ConfigureAwait(false);
        var size = _options.AtlasSizePixels;
        var field = Math.Max(nx, ny) * AtlasPieceMicrons;
        var frame = new ImageFrame(size, size, field / size, Stage.XMicrons, Stage.YMicrons);
        var grid = Autoloader.OnStage;
        var pixels = SpecimenImageRenderer.Render(grid, frame, resolveHoles: false, CountsPerPixel, NextImageSeed());
        object? truth = grid is null ? null : SpecimenImageRenderer.AtlasTruthFor(grid, frame);
        var image = new BufferedImage(size, size, pixels, frame.PixelSizeMicrons, 1, truth);
        Buffers.Push(image);
        Camera.OpenFileSections.Add(image);
        WriteOpenFile(image);
        return [];
    }

    private async Task<WireValue[]> AcquireExposureAsync(string parameterSet, CancellationToken cancellationToken)
    {
        await DelayAsync(_options.Delays.ExposureSeconds, cancellationToken).ConfigureAwait(false);
        var seed = NextImageSeed();
        var x = Stage.XMicrons + Optics.ImageShiftXMicrons;
        var y = Stage.YMicrons + Optics.ImageShiftYMicrons;
        var transmission = Autoloader.OnStage?.Transmission(x, y, resolveHoles: true) ?? 1;
        var astigmatism = Specimen.SeededRandom.Range(0, 400, seed, 1);
        var defocusAngstrom = -Optics.DefocusMicrons * 10_000;
        var ctf = new ContrastTransfer(defocusAngstrom + (astigmatism / 2), defocusAngstrom - (astigmatism / 2), Specimen.SeededRandom.Range(-90, 90, seed, 2));
        var n = _options.ExposureSizePixels;
        var exposureScale = Camera.ExposureSeconds.GetValueOrDefault(parameterSet, _options.CameraSetExposureSeconds) / _options.CameraSetExposureSeconds;
        var request = ExposureRequest.For(_options, ctf, transmission, -GridIceNanometers(transmission), new StagePoint(x, y), seed, exposureScale);
        var frames = ExposureRenderer.RenderFrames(request, out var truth);
        var sum = new float[n * n];
        foreach (var frame in frames)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += frame[i];
            }
        }

        if (Camera.SavesFrames(parameterSet))
        {
            truth = truth with { MoviePath = SaveMovie(frames, truth) };
        }

        Buffers.Push(new BufferedImage(n, n, sum, ExposurePixelMicrons, 1, truth));
        return [];
    }

    private static double GridIceNanometers(double transmission) => Specimen.GridSpecimen.IceMeanFreePathNanometers * Math.Log(Math.Max(transmission, 1e-6));

    private string SaveMovie(IReadOnlyList<float[]> frames, ExposureTruth truth)
    {
        var m = truth.MovieWidth;
        var folder = Files.Map(Camera.FramesFolder, Camera.Directory);
        Directory.CreateDirectory(folder);
        Camera.FrameFileCounter++;
        var path = Path.Combine(folder, $"{Camera.FrameBaseName}_{Camera.FrameFileCounter:D5}.mrc");
        MrcWriter.Write(path, new ImageStack(m, m, ExposureRenderer.MovieFrames(frames, truth), truth.PixelSizeAngstrom));
        TruthFile.Write(path, truth with { MoviePath = path });
        Camera.LastFrameFile = path;
        return path;
    }

    private int NextImageSeed() => HashCode.Combine(_options.Seed, ++Camera.ImageCounter);
}
