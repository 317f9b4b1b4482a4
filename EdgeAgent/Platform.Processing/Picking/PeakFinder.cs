namespace Platform.Processing.Picking;

/// <summary>Local maxima of a score map above a threshold, away from the edges and masked areas, thinned by greedy non-maximum suppression.</summary>
internal static class PeakFinder
{
    public static List<(double X, double Y, double Score)> Find(
        float[] map, int width, int height, double threshold, double minSeparation, double edgeMargin, bool[]? rejected, int maxPeaks)
    {
        var candidates = new List<(int X, int Y, float Score)>();
        var margin = (int)Math.Ceiling(edgeMargin);
        for (var y = Math.Max(1, margin); y < Math.Min(height - 1, height - margin); y++)
        {
            for (var x = Math.Max(1, margin); x < Math.Min(width - 1, width - margin); x++)
            {
                var v = map[(y * width) + x];
                if (v < threshold || (rejected is not null && rejected[(y * width) + x]))
                {
                    continue;
                }

                var isMax = true;
                for (var dy = -1; dy <= 1 && isMax; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        if ((dx != 0 || dy != 0) && map[((y + dy) * width) + x + dx] > v)
                        {
                            isMax = false;
                            break;
                        }
                    }
                }

                if (isMax)
                {
                    candidates.Add((x, y, v));
                }
            }
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var accepted = new List<(double X, double Y, double Score)>();
        var cell = Math.Max(1.0, minSeparation);
        var grid = new Dictionary<(int, int), List<(double X, double Y)>>();
        foreach (var (x, y, score) in candidates)
        {
            if (accepted.Count >= maxPeaks)
            {
                break;
            }

            var (px, py) = Refine(map, width, x, y);
            int cx = (int)(px / cell), cy = (int)(py / cell);
            var clash = false;
            for (var gy = cy - 1; gy <= cy + 1 && !clash; gy++)
            {
                for (var gx = cx - 1; gx <= cx + 1 && !clash; gx++)
                {
                    if (grid.TryGetValue((gx, gy), out var near))
                    {
                        clash = near.Any(p => ((p.X - px) * (p.X - px)) + ((p.Y - py) * (p.Y - py)) < minSeparation * minSeparation);
                    }
                }
            }

            if (clash)
            {
                continue;
            }

            accepted.Add((px, py, score));
            if (!grid.TryGetValue((cx, cy), out var list))
            {
                grid[(cx, cy)] = list = [];
            }

            list.Add((px, py));
        }

        return accepted;
    }

    private static (double X, double Y) Refine(float[] map, int width, int x, int y)
    {
        static double Offset(double minus, double centre, double plus)
        {
            var d = minus - (2 * centre) + plus;
            return d < 0 ? Math.Clamp(0.5 * (minus - plus) / d, -0.5, 0.5) : 0;
        }

        var c = map[(y * width) + x];
        return (x + Offset(map[(y * width) + x - 1], c, map[(y * width) + x + 1]), y + Offset(map[((y - 1) * width) + x], c, map[((y + 1) * width) + x]));
    }
}
