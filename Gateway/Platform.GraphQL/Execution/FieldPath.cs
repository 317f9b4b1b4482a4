namespace Platform.GraphQL.Execution;

/// <summary>The response path of a field (keys and list indices), as an immutable linked list.</summary>
public sealed class FieldPath
{
    private FieldPath(FieldPath? parent, string? key, int index)
    {
        Parent = parent;
        Key = key;
        Index = index;
    }

    public FieldPath? Parent { get; }

    /// <summary>The response key, or null for a list index segment.</summary>
    public string? Key { get; }

    public int Index { get; }

    public static FieldPath Root(string key) => new(null, key, -1);

    public FieldPath Append(string key) => new(this, key, -1);

    public FieldPath Append(int index) => new(this, null, index);

    /// <summary>The segments from the root: strings for keys, ints for indices.</summary>
    public IReadOnlyList<object> ToList()
    {
        var segments = new List<object>();
        for (var p = this; p is not null; p = p.Parent)
        {
            segments.Add(p.Key is null ? p.Index : p.Key);
        }

        segments.Reverse();
        return segments;
    }

    /// <summary>Number of field segments (list indices excluded).</summary>
    public int FieldDepth
    {
        get
        {
            var depth = 0;
            for (var p = this; p is not null; p = p.Parent)
            {
                depth += p.Key is null ? 0 : 1;
            }

            return depth;
        }
    }

    public override string ToString() => string.Join('.', ToList());
}
