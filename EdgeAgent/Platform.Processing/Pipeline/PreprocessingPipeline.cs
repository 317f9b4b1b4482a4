using System.Diagnostics;
using Platform.Imaging.Gain;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Imaging.Png;
using Platform.Processing.Alignment;
using Platform.Processing.Ctf;
using Platform.Processing.Fourier;
using Platform.Processing.Picking;

namespace Platform.Processing.Pipeline;

/// <summary>
/// The per-movie pre-processing chain: read → gain → align → dose-weight → CTF → pick → metrics, aligned sum (MRC),
/// thumbnail and power-spectrum PNGs and a picks STAR file. Threads are bounded by <see cref="PreprocessingSettings.MaxThreads"/>.
/// </summary>
public sealed class PreprocessingPipeline
{
    private readonly PreprocessingSettings _settings;
    private readonly GainReference? _gain;

    public PreprocessingPipeline(PreprocessingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.PixelSizeAngstrom);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.MaxThreads);
        _settings = settings;
        Fft2D.EnsureAvailable();
        _gain = settings.GainReferencePath is null ? null : GainReference.Load(settings.GainReferencePath);
        Directory.CreateDirectory(settings.OutputDirectory);
    }

    /// <summary>Reads and processes one movie file; corrupt files throw <see cref="CorruptImageFileException"/>.</summary>
    public MicrographResult Process(string moviePath, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var cpu = StageClock.ProcessCpu();
        var movie = MovieFile.Read(moviePath, _settings.PixelSizeAngstrom, _settings.MaxThreads);
        var read = (clock.Elapsed.TotalMilliseconds, (StageClock.ProcessCpu() - cpu).TotalMilliseconds);
        return Process(movie, Path.GetFileNameWithoutExtension(moviePath), cancellationToken, read);
    }

    /// <summary>Processes a movie already in memory (gain is applied to it in place).</summary>
    public MicrographResult Process(ImageStack movie, string name, CancellationToken cancellationToken = default) =>
        Process(movie, name, cancellationToken, (0, 0));

    private MicrographResult Process(ImageStack movie, string name, CancellationToken cancellationToken, (double WallMs, double CpuMs) read)
    {
        ArgumentNullException.ThrowIfNull(movie);
        ArgumentException.ThrowIfNullOrEmpty(name);
        // Cancellation is checked before each stage (and inside alignment and CTF); outputs are written only after the last check,
        // so a cancelled movie leaves no files behind and a stopping track waits at most for the current stage.
        cancellationToken.ThrowIfCancellationRequested();
        var clock = new StageClock();
        clock.Add("read", read.WallMs, read.CpuMs);

        _gain?.ApplyInPlace(movie, _settings.MaxThreads);
        var measured = MeanExposure(movie);
        clock.Lap("gain");
        cancellationToken.ThrowIfCancellationRequested();

        var alignment = MovieAligner.Align(movie, new MovieAlignmentSettings
        {
            PixelSizeAngstrom = _settings.PixelSizeAngstrom,
            ExposurePerFrameElectronsPerAngstromSquared = _settings.ExposurePerFrameElectronsPerAngstromSquared,
            PreExposureElectronsPerAngstromSquared = _settings.PreExposureElectronsPerAngstromSquared,
            VoltageKilovolts = _settings.Optics.VoltageKilovolts,
            AlignmentSizePixels = _settings.AlignmentSizePixels,
            MaxThreads = _settings.MaxThreads,
        }, cancellationToken);
        clock.Lap("align+dose-weight");

        // CTF estimation (on the plain sum) and picking (on the dose-weighted sum's spectrum) are independent: run them side by side,
        // so picking's single thread fills what CTF's serial parts leave idle.
        var sumSpectrum = alignment.DoseWeightedSpectrum ?? Fft2D.Forward(alignment.DoseWeightedSum);
        CtfFit? ctfFit = null;
        IReadOnlyList<Pick>? pickList = null;
        SideBySide(
            new ParallelOptions { MaxDegreeOfParallelism = _settings.MaxThreads, CancellationToken = cancellationToken },
            () => ctfFit = CtfEstimator.Estimate(alignment.AlignedSum, new CtfEstimationSettings
            {
                Optics = _settings.Optics,
                PixelSizeAngstrom = _settings.PixelSizeAngstrom,
                TileSizePixels = _settings.CtfTileSizePixels,
                MinDefocusAngstrom = _settings.MinDefocusAngstrom,
                MaxDefocusAngstrom = _settings.MaxDefocusAngstrom,
                MaxThreads = _settings.MaxThreads,
            }, cancellationToken),
            () => pickList = BlobPicker.Pick(sumSpectrum, alignment.DoseWeightedSum.PixelSizeAngstrom, new PickingSettings
            {
                ParticleRadiusAngstrom = _settings.ParticleRadiusAngstrom,
                PixelSizeAngstrom = _settings.PixelSizeAngstrom,
                ThresholdSigma = _settings.PickingThresholdSigma,
            }));
        var (ctf, picks) = (ctfFit!, pickList!);
        clock.Lap("ctf+pick");
        cancellationToken.ThrowIfCancellationRequested();

        // The four output files are independent: encode and write them in parallel.
        var output = _settings.OutputDirectory;
        var sumPath = Path.Combine(output, name + "_sum_dw.mrc");
        var thumbPath = Path.Combine(output, name + "_thumb.png");
        var spectrumPath = Path.Combine(output, name + "_ps.png");
        var picksPath = Path.Combine(output, name + "_picks.star");
        SideBySide(
            new ParallelOptions { MaxDegreeOfParallelism = _settings.MaxThreads },
            () => MrcWriter.Write(sumPath, alignment.DoseWeightedSum),
            () => PngWriter.Write(thumbPath, Thumbnail(alignment.DoseWeightedSum, sumSpectrum, _settings.ThumbnailMaxPixels)),
            () => PngWriter.Write(spectrumPath, ctf.Spectrum, 1, 99),
            () => PicksFile.Write(picksPath, picks));
        clock.Lap("outputs");

        var nominal = _settings.ExposurePerFrameElectronsPerAngstromSquared * movie.Count;
        return new MicrographResult
        {
            Name = name,
            Frames = movie.Count,
            TotalDriftAngstrom = alignment.TotalDriftAngstrom,
            DriftTraceAngstrom = alignment.Shifts.Select(s => (s.XAngstrom, s.YAngstrom)).ToArray(),
            DefocusUAngstrom = ctf.DefocusUAngstrom,
            DefocusVAngstrom = ctf.DefocusVAngstrom,
            AstigmatismAngleDegrees = ctf.AstigmatismAngleDegrees,
            PhaseShiftRadians = ctf.PhaseShiftRadians,
            CtfFitResolutionAngstrom = ctf.FitResolutionAngstrom,
            CtfScore = ctf.Score,
            ParticleCount = picks.Count,
            Picks = picks,
            MeasuredExposureElectronsPerAngstromSquared = measured,
            IceThicknessLogRatio = nominal > 0 && measured > 0 ? Math.Log(nominal / measured) : double.NaN,
            AlignedSumPath = sumPath,
            ThumbnailPngPath = thumbPath,
            PowerSpectrumPngPath = spectrumPath,
            PicksPath = picksPath,
            StageTimes = clock.WallTimes,
            StageCpuTimes = clock.CpuTimes,
        };
    }

    /// <summary>Runs independent actions in parallel and rethrows the first failure as itself (not wrapped), as the serial chain did.</summary>
    private static void SideBySide(ParallelOptions options, params Action[] actions)
    {
        try
        {
            Parallel.Invoke(options, actions);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }

    private double MeanExposure(ImageStack movie)
    {
        double total = 0;
        for (var z = 0; z < movie.Count; z++)
        {
            total += System.Numerics.Tensors.TensorPrimitives.Sum<float>(movie.SectionPixels(z));
        }

        return total / ((double)movie.Width * movie.Height) / (_settings.PixelSizeAngstrom * _settings.PixelSizeAngstrom);
    }

    private static Image2D Thumbnail(Image2D image, Spectrum2D spectrum, int maxPixels)
    {
        var longest = Math.Max(image.Width, image.Height);
        if (longest <= maxPixels)
        {
            return image;
        }

        var factor = (double)longest / maxPixels;
        var width = Math.Max(2, 2 * (int)(image.Width / factor / 2));
        var height = Math.Max(2, 2 * (int)(image.Height / factor / 2));
        return Fft2D.Inverse(FourierCrop.Crop(spectrum, width, height), image.PixelSizeAngstrom * factor);
    }
}
