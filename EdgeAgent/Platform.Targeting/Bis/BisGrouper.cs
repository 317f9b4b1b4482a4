namespace Platform.Targeting.Bis;

/// <summary>
/// SmartScope's randomized greedy grouping of holes for beam-image shift (reference Part 3.6, <c>group_holes_for_BIS</c>):
/// neighbours within <c>maxDistance</c> (self included) join a centre; group sizes are tried from the largest neighbourhood down to
/// <c>minGroupSize</c>, over up to 500 shuffled orders, keeping the grouping with the best score = coverage·100 − 2·groups and
/// stopping after 250 orders without improvement. Deterministic for a given seed.
/// </summary>
public static class BisGrouper
{
    public const int MaximumIterations = 500;

    public const int PatienceIterations = 250;

    /// <summary>Groups points (stage µm). With <paramref name="maxDistanceMicrons"/> ≤ 0 every point is its own group.</summary>
    public static IReadOnlyList<BisGroup> Group(IReadOnlyList<(double X, double Y)> points, double maxDistanceMicrons, int minGroupSize, int seed)
    {
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Count;
        if (maxDistanceMicrons <= 0 || n == 0)
        {
            return Enumerable.Range(0, n).Select(i => new BisGroup(i, [i])).ToList();
        }

        // Neighbour lists (self included, ascending) instead of SmartScope's dense matrix: a square has hundreds of holes but each
        // has only a handful of neighbours, so one greedy pass is O(sizes · n · degree) rather than O(sizes · n²).
        var neighbours = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var list = new List<int>();
            for (var j = 0; j < n; j++)
            {
                if (Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2)) <= maxDistanceMicrons)
                {
                    list.Add(j);
                }
            }

            neighbours[i] = [.. list];
        }

        var maxGroupSize = neighbours.Max(l => l.Length);

        var minimum = Math.Max(1, minGroupSize);
        var random = new Random(seed);
        List<BisGroup>? best = null;
        var bestScore = double.NegativeInfinity;
        var sinceImprovement = 0;
        for (var iteration = 0; iteration < MaximumIterations && sinceImprovement < PatienceIterations; iteration++)
        {
            var order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);
            var groups = GroupOnce(neighbours, order, maxGroupSize, minimum);
            var covered = groups.Sum(g => g.Members.Count);
            var score = (100.0 * covered / n) - (2.0 * groups.Count);
            if (best is null || score > bestScore)
            {
                (best, bestScore, sinceImprovement) = (groups, score, 0);
            }
            else
            {
                sinceImprovement++;
            }
        }

        return best ?? [];
    }

    private static List<BisGroup> GroupOnce(int[][] neighbours, int[] order, int maxGroupSize, int minGroupSize)
    {
        var n = order.Length;
        var taken = new bool[n];
        var groups = new List<BisGroup>();
        for (var size = maxGroupSize; size >= minGroupSize; size--)
        {
            foreach (var i in order)
            {
                if (taken[i])
                {
                    continue;
                }

                var available = neighbours[i].Where(j => !taken[j]).ToList();
                if (available.Count < size)
                {
                    continue;
                }

                foreach (var j in available)
                {
                    taken[j] = true;
                }

                // Centre first, then the other members in index order.
                groups.Add(new BisGroup(i, [i, .. available.Where(j => j != i)]));
            }
        }

        return groups;
    }
}
