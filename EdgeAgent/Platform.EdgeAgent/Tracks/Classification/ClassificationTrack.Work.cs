using Platform.AgentLink.Contracts;
using Platform.Imaging.Images;
using Platform.Imaging.Mrc;
using Platform.Imaging.Star;
using Platform.Processing.Classification;
using Platform.Processing.Picking;

namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>The background work: look for ready micrographs, classify a mini-batch, save, publish when due, wait when idle.</summary>
public sealed partial class ClassificationTrack
{
    private async Task RunAsync(TrackSession session, CancellationToken cancellationToken)
    {
        try
        {
            var settings = session.Settings;
            var extractor = new ParticleExtractor(settings.PixelSizeAngstrom, settings.ParticleRadiusAngstrom, options.ClassificationBoxPixels);
            var store = new ClassificationStore(session.FolderOf(Kind));
            var (progress, classifier) = await LoadOrStartAsync(session, store, extractor, cancellationToken).ConfigureAwait(false);
            var input = session.FolderOf(TrackKind.Preprocessing);
            var state = TrackRunState.Starting;
            while (!cancellationToken.IsCancellationRequested)
            {
                var seen = new HashSet<string>(progress.Done.Concat(progress.Failed), StringComparer.Ordinal);
                var ready = PreprocessedMicrograph.Ready(input, seen, session.Time.GetUtcNow(), options.SettleTime);
                if (ready.Count == 0)
                {
                    await PublishIfDueAsync(session, store, progress, classifier, extractor, caughtUp: true, cancellationToken).ConfigureAwait(false);
                    if (state != TrackRunState.Waiting)
                    {
                        state = TrackRunState.Waiting;
                        await ReportAsync(session, state, Progress(progress, 0), "waiting for pre-processed micrographs", cancellationToken).ConfigureAwait(false);
                    }

                    await Task.Delay(options.PollInterval, session.Time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var taken = await ClassifyBatchAsync(session, ready, progress, classifier, extractor, cancellationToken).ConfigureAwait(false);
                store.Save(progress, classifier);
                await PublishIfDueAsync(session, store, progress, classifier, extractor, caughtUp: false, cancellationToken).ConfigureAwait(false);
                state = TrackRunState.Running;
                await ReportAsync(session, state, Progress(progress, ready.Count - taken), null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            var message = error switch
            {
                ClassifierStateException => $"{error.Message} Clear the track to start classification again.",
                IOException or UnauthorizedAccessException => $"the track's folder failed: {error.Message}",
                _ => $"classification failed: {error.Message}",
            };
            await LogAsync(session, "Stopped with an error: " + message, CancellationToken.None).ConfigureAwait(false);
            await ReportAsync(session, TrackRunState.Error, _snapshot.Progress, message, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<(ClassificationProgress, StreamingClassifier2D)> LoadOrStartAsync(
        TrackSession session, ClassificationStore store, ParticleExtractor extractor, CancellationToken cancellationToken)
    {
        var wanted = new ClassificationProgress
        {
            RunId = Guid.NewGuid().ToString("N"),
            PixelSizeAngstrom = session.Settings.PixelSizeAngstrom,
            ParticleRadiusAngstrom = session.Settings.ParticleRadiusAngstrom,
            ClassCount = options.ClassCount,
            BoxPixels = extractor.BoxPixels,
        };
        if (store.Load(p => SettingsOf(p, extractor)) is { } saved)
        {
            if (saved.Progress.SameSettings(wanted))
            {
                await LogAsync(session, $"Resumed: {saved.Progress.Done.Count} micrographs and {saved.Progress.Particles} particles already classified.", cancellationToken).ConfigureAwait(false);
                return saved;
            }

            await LogAsync(session, "The processing settings changed since the saved model was built: classification starts again from the first micrograph.", cancellationToken).ConfigureAwait(false);
        }

        await LogAsync(session, $"Started: {options.ClassCount} classes, boxes of {extractor.ExtractionBoxPixels} px binned to {extractor.BoxPixels} px ({extractor.PixelSizeAngstrom:F2} Å/px).", cancellationToken).ConfigureAwait(false);
        return (wanted, new StreamingClassifier2D(extractor.BoxPixels, SettingsOf(wanted, extractor)));
    }

    private Classification2DSettings SettingsOf(ClassificationProgress progress, ParticleExtractor extractor) => new()
    {
        ClassCount = progress.ClassCount,
        PixelSizeAngstrom = extractor.PixelSizeAngstrom,
        MaskRadiusPixels = extractor.MaskRadiusPixels + 2,
        Seed = options.Seed,
        MaxThreads = options.MaxThreads,
    };

    /// <summary>Extracts ready micrographs (in order) until the mini-batch is big enough, adds it to the model; returns how many micrographs it took.</summary>
    private async Task<int> ClassifyBatchAsync(TrackSession session, IReadOnlyList<PreprocessedMicrograph> ready, ClassificationProgress progress,
        StreamingClassifier2D classifier, ParticleExtractor extractor, CancellationToken cancellationToken)
    {
        var boxes = new List<Image2D>();
        var names = new List<string>();
        var taken = 0;
        foreach (var micrograph in ready)
        {
            cancellationToken.ThrowIfCancellationRequested();
            taken++;
            try
            {
                boxes.AddRange(Extract(micrograph, extractor, session.Settings.PixelSizeAngstrom));
                names.Add(micrograph.Name);
            }
            catch (Exception bad) when (bad is CorruptImageFileException or StarFormatException or InvalidDataException or IOException)
            {
                progress.Failed.Add(micrograph.Name);
                await LogAsync(session, $"{micrograph.Name}: skipped, it cannot be read ({bad.Message}).", cancellationToken).ConfigureAwait(false);
            }

            if (boxes.Count >= options.MinBatchParticles)
            {
                break;
            }
        }

        if (boxes.Count > 0)
        {
            classifier.AddBatch(boxes, cancellationToken);
        }

        progress.Done.AddRange(names);
        progress.Particles += boxes.Count;
        await LogAsync(session, $"Classified {boxes.Count} particles from {names.Count} micrographs ({progress.Particles} particles, {progress.Done.Count} micrographs in total).", cancellationToken).ConfigureAwait(false);
        return taken;
    }

    private static IReadOnlyList<Image2D> Extract(PreprocessedMicrograph micrograph, ParticleExtractor extractor, double pixelSizeAngstrom)
    {
        var picks = PicksFile.Read(micrograph.PicksPath);
        var mrc = MrcFile.Read(micrograph.SumPath);
        // A sum written at another pixel size (binned) would be cut into boxes of the wrong physical size.
        if (mrc.PixelSizeAngstrom > 0 && Math.Abs(mrc.PixelSizeAngstrom - pixelSizeAngstrom) > 0.01 * pixelSizeAngstrom)
        {
            throw new InvalidDataException($"the sum's pixel size is {mrc.PixelSizeAngstrom:F3} Å, the session's {pixelSizeAngstrom:F3} Å");
        }

        return extractor.Extract(mrc.Stack.Section(0), picks);
    }

    private static TrackProgress Progress(ClassificationProgress progress, int pending) =>
        new(progress.Done.Count, pending, progress.Failed.Count, 0, null, null);
}
