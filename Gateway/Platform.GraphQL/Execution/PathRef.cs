namespace Platform.GraphQL.Execution;

/// <summary>
/// A response path not built yet: a built parent (null at the operation's root) plus one response key or list index.
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

    /// <summary>The path as an object (a new one on every call); null for <see cref="Root"/>.</summary>
    public FieldPath? Build() =>
        _key is not null ? (_parent is null ? FieldPath.Root(_key) : _parent.Append(_key))
        : _parent?.Append(_index);
}
