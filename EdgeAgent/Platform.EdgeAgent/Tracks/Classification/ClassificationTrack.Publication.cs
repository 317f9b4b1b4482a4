using Platform.AgentLink.Contracts;
using Platform.Imaging.Png;
using Platform.Processing.Classification;

namespace Platform.EdgeAgent.Tracks.Classification;

/// <summary>
/// Publishing class averages: after <see cref="ClassificationTrackOptions.PublishEveryParticles"/> new particles, or once
/// <see cref="ClassificationTrackOptions.PublishEvery"/> has passed with new particles, or, when the track has caught up, once
/// <see cref="ClassificationTrackOptions.PublishWhenCaughtUpAfter"/> has passed with new particles. The report is enqueued (durable) before
/// the new iteration is saved, so a crash in between re-sends the same iteration under the same idempotency key.
/// </summary>
public sealed partial class ClassificationTrack
{
    private async Task PublishIfDueAsync(TrackSession session, ClassificationStore store, ClassificationProgress progress,
        StreamingClassifier2D classifier, ParticleExtractor extractor, bool caughtUp, CancellationToken cancellationToken)
    {
        var now = session.Time.GetUtcNow();
        var added = progress.Particles - progress.ParticlesAtLastPublish;
        var sinceLast = progress.LastPublishedAtUtc is { } last ? now - last : TimeSpan.MaxValue;
        var due = added >= options.PublishEveryParticles
            || (added > 0 && (sinceLast >= options.PublishEvery || (caughtUp && sinceLast >= options.PublishWhenCaughtUpAfter)));
        if (!due || classifier.ParticleCount == 0)
        {
            return;
        }

        var classes = classifier.Classes();
        var iteration = progress.Iteration + 1;
        var report = new ClassAveragesReport(
            $"{session.SessionId}/classification2d/{progress.RunId}/averages/{iteration}", session.SessionId, now, progress.Particles,
            extractor.PixelSizeAngstrom, extractor.BoxPixels, [.. classes.Select(Image)]);
        await session.Link.EnqueueAsync(report, cancellationToken).ConfigureAwait(false);
        progress.Iteration = iteration;
        progress.ParticlesAtLastPublish = progress.Particles;
        progress.LastPublishedAtUtc = now;
        store.Save(progress, classifier);
        var best = classes.Where(c => double.IsFinite(c.ResolutionAngstrom)).Select(c => c.ResolutionAngstrom).DefaultIfEmpty(double.NaN).Min();
        await LogAsync(session, $"Published class averages #{iteration}: {classes.Count} classes from {progress.Particles} particles; best half-set FRC(0.143) resolution {best:F1} Å.", cancellationToken).ConfigureAwait(false);
    }

    private static ClassAverageImage Image(ClassAverage2D c)
    {
        using var png = new MemoryStream();
        PngWriter.Write(png, c.Average, 1, 99);
        return new ClassAverageImage(c.ClassIndex + 1, c.ParticleCount, double.IsFinite(c.ResolutionAngstrom) ? c.ResolutionAngstrom : null, png.ToArray());
    }
}
