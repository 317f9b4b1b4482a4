namespace Platform.Targeting.Filtering;

/// <summary>4-connected labelling of a binary mask (iterative flood fill, no recursion), with each component's pixel list.</summary>
public static class ConnectedComponents
{
    public static IReadOnlyList<IReadOnlyList<int>> Label(bool[] mask, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var seen = new bool[mask.Length];
        var components = new List<IReadOnlyList<int>>();
        var stack = new Stack<int>();
        for (var start = 0; start < mask.Length; start++)
        {
            if (!mask[start] || seen[start])
            {
                continue;
            }

            var pixels = new List<int>();
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                pixels.Add(p);
                var (x, y) = (p % width, p / width);
                Visit(x > 0, p - 1);
                Visit(x < width - 1, p + 1);
                Visit(y > 0, p - width);
                Visit(y < height - 1, p + width);
            }

            components.Add(pixels);
        }

        return components;

        void Visit(bool inside, int q)
        {
            if (inside && mask[q] && !seen[q])
            {
                seen[q] = true;
                stack.Push(q);
            }
        }
    }
}
