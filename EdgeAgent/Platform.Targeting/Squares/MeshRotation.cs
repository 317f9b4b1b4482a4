namespace Platform.Targeting.Squares;

/// <summary>Estimates a grid's mesh rotation from square centres: the median direction of nearest-neighbour vectors, folded into [−45°, 45°).</summary>
public static class MeshRotation
{
    /// <summary>Degrees, or null with fewer than two squares.</summary>
    public static double? EstimateDegrees(IReadOnlyList<(double X, double Y)> centres)
    {
        ArgumentNullException.ThrowIfNull(centres);
        if (centres.Count < 2)
        {
            return null;
        }

        var angles = new List<double>(centres.Count);
        for (var i = 0; i < centres.Count; i++)
        {
            var (best, bestDistance) = (-1, double.MaxValue);
            for (var j = 0; j < centres.Count; j++)
            {
                var d = Math.Pow(centres[j].X - centres[i].X, 2) + Math.Pow(centres[j].Y - centres[i].Y, 2);
                if (j != i && d < bestDistance)
                {
                    (best, bestDistance) = (j, d);
                }
            }

            var angle = Math.Atan2(centres[best].Y - centres[i].Y, centres[best].X - centres[i].X) * 180 / Math.PI;
            // A square lattice repeats every 90°: fold into [−45, 45).
            angles.Add((((angle + 45) % 90) + 90) % 90 - 45);
        }

        angles.Sort();
        return angles[angles.Count / 2];
    }
}
