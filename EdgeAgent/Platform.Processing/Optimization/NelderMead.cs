namespace Platform.Processing.Optimization;

/// <summary>Nelder–Mead downhill simplex maximiser (Nelder &amp; Mead 1965, Comput. J. 7:308) with the standard coefficients 1, 2, 0.5, 0.5.</summary>
internal static class NelderMead
{
    public static (double[] Best, double Value) Maximise(Func<double[], double> objective, double[] start, double[] steps, int maxEvaluations, double tolerance = 1e-6)
    {
        var n = start.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        points[0] = (double[])start.Clone();
        values[0] = objective(points[0]);
        for (var i = 0; i < n; i++)
        {
            points[i + 1] = (double[])start.Clone();
            points[i + 1][i] += steps[i];
            values[i + 1] = objective(points[i + 1]);
        }

        var evaluations = n + 1;
        while (evaluations < maxEvaluations)
        {
            // Order best (highest) first.
            var order = Enumerable.Range(0, n + 1).OrderByDescending(i => values[i]).ToArray();
            points = order.Select(i => points[i]).ToArray();
            values = order.Select(i => values[i]).ToArray();
            if (Math.Abs(values[0] - values[n]) <= tolerance * (Math.Abs(values[0]) + Math.Abs(values[n]) + 1e-12))
            {
                break;
            }

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var d = 0; d < n; d++)
                {
                    centroid[d] += points[i][d] / n;
                }
            }

            double[] Along(double t) => centroid.Select((c, d) => c + (t * (points[n][d] - c))).ToArray();
            var reflected = Along(-1);
            var reflectedValue = objective(reflected);
            evaluations++;
            if (reflectedValue > values[0])
            {
                var expanded = Along(-2);
                var expandedValue = objective(expanded);
                evaluations++;
                (points[n], values[n]) = expandedValue > reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
            }
            else if (reflectedValue > values[n - 1])
            {
                (points[n], values[n]) = (reflected, reflectedValue);
            }
            else
            {
                var contracted = Along(0.5);
                var contractedValue = objective(contracted);
                evaluations++;
                if (contractedValue > values[n])
                {
                    (points[n], values[n]) = (contracted, contractedValue);
                }
                else
                {
                    for (var i = 1; i <= n; i++)
                    {
                        points[i] = points[i].Select((v, d) => points[0][d] + (0.5 * (v - points[0][d]))).ToArray();
                        values[i] = objective(points[i]);
                        evaluations++;
                    }
                }
            }
        }

        var best = 0;
        for (var i = 1; i <= n; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return (points[best], values[best]);
    }
}
