namespace Platform.GraphQL.Execution;

/// <summary>
/// A response path not built yet: a built parent (null at the operation's root) plus one response key or list index, or
/// (for a field of a list's object) an index and a key.
/// The executor passes these down and makes a <see cref="FieldPath"/> only when an error, a resolver or a child
/// field needs one, so objects whose fields are all plain leaves cost no path at all.
/// </summary>
internal readonly struct PathRef
{
    private readonly FieldPath? _parent;
    private readonly string? _key;
    private readonly int _index;

    private PathRef(FieldPath? parent, string? key, int index)
    {
        _parent = parent;
        _key = key;
        _index = index;
    }

    /// <summary>The root object of an operation (no path).</summary>
    public static PathRef Root => default;

    /// <summary>The field <paramref name="key"/> of the object at <paramref name="parent"/> (null for a root field).</summary>
    public static PathRef Field(FieldPath? parent, string key) => new(parent, key, -1);

    /// <summary>Item <paramref name="index"/> of the list at <paramref name="parent"/>.</summary>
    public static PathRef Item(FieldPath parent, int index) => new(parent, null, index);

    /// <summary>The field <paramref name="key"/> of the list item at this path, as two unbuilt segments (the item's index and the key).</summary>
    public PathRef Child(string key) => IsItem ? new(_parent, key, _index) : throw new InvalidOperationException("Only a list item's path takes a field unbuilt.");

    /// <summary>True for an item of a list (<see cref="Item"/>): a field of it can take its path unbuilt (<see cref="Child"/>).</summary>
    public bool IsItem => _key is null && _parent is not null;

    /// <summary>The path as an object (a new one on every call); null for <see cref="Root"/>.</summary>
    public FieldPath? Build() =>
        _key is null ? _parent?.Append(_index)
        : _index >= 0 ? _parent!.Append(_index).Append(_key)
        : _parent is null ? FieldPath.Root(_key) : _parent.Append(_key);
}
