namespace Platform.Targeting.Tests;

/// <summary>Greedy one-to-one matching of detections to ground-truth positives within a tolerance; precision and recall.</summary>
internal sealed record DetectionScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static DetectionScore Match(IReadOnlyList<(double X, double Y)> detections, IReadOnlyList<(double X, double Y)> positives, double tolerance)
    {
        var pairs = (from d in Enumerable.Range(0, detections.Count)
                     from t in Enumerable.Range(0, positives.Count)
                     let dist = Math.Sqrt(Math.Pow(detections[d].X - positives[t].X, 2) + Math.Pow(detections[d].Y - positives[t].Y, 2))
                     where dist <= tolerance
                     orderby dist
                     select (d, t)).ToList();
        var (usedD, usedT) = (new HashSet<int>(), new HashSet<int>());
        foreach (var (d, t) in pairs)
        {
            if (!usedD.Contains(d) && !usedT.Contains(t))
            {
                usedD.Add(d);
                usedT.Add(t);
            }
        }

        return new DetectionScore(usedD.Count, detections.Count - usedD.Count, positives.Count - usedT.Count);
    }

    public override string ToString() => $"TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}: precision {Precision:0.000}, recall {Recall:0.000}";
}
