namespace Platform.Processing.Picking;

/// <summary>The steps every picker shares after scoring: robust threshold, contamination and edge rejection, non-maximum suppression, back to micrograph pixels.</summary>
internal static class PeakSelection
{
    public static IReadOnlyList<Pick> Select(WorkingImage image, float[] scores, PickingSettings settings, double pixelAngstrom)
    {
        var (median, sigma) = RobustStatistics.Of(scores);
        var threshold = median + (settings.ThresholdSigma * Math.Max(sigma, 1e-12));
        var mask = ContaminationMask.Build(image, settings.ContaminationSigma);
        var edge = (settings.EdgeMarginAngstrom > 0 ? settings.EdgeMarginAngstrom : settings.ParticleRadiusAngstrom) / pixelAngstrom / image.ScaleX;
        var separation = 2 * image.RadiusPixels * settings.MinimumSeparationDiameters;
        var peaks = PeakFinder.Find(scores, image.Width, image.Height, threshold, separation, edge, mask, settings.MaxPicks);
        return peaks
            .Select(p => new Pick((p.X + 0.5) * image.ScaleX - 0.5, (p.Y + 0.5) * image.ScaleY - 0.5, sigma > 0 ? (p.Score - median) / sigma : p.Score))
            .ToArray();
    }
}
