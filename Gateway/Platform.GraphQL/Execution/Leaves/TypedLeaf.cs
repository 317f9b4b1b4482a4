namespace Platform.GraphQL.Execution.Leaves;

/// <summary>
/// A field's typed parent read bound to its leaf type (one per field definition): reads the value without boxing it and
/// hands back what the result map keeps, or, for anything unusual, the value boxed for the general completion path.
/// </summary>
internal abstract class TypedLeaf
{
    /// <summary>True when a completed value comes with bits the result map must keep (numbers, booleans, date-times; not strings or enum names).</summary>
    public abstract bool HasBits { get; }

    /// <summary>
    /// When every completed value with bits is this one writer (numbers, booleans, date-times): the result writer tells it
    /// from an ordinary value by reference, with no type test. Null when there is none.
    /// </summary>
    public virtual LeafWriter? SharedWriter => null;

    /// <summary>True when completed values are other <see cref="LeafWriter"/>s (enum names, global ids); a string read's never are.</summary>
    public virtual bool MakesWriters => false;

    /// <summary>
    /// Reads the field from <paramref name="parent"/>. True: <paramref name="value"/> and <paramref name="bits"/> are the
    /// completed value (null, a string, or a <see cref="LeafWriter"/> with its bits). False: <paramref name="value"/> is the
    /// value read, boxed, which the general path completes (a null for a non-null field, a value its serialiser rejects or
    /// that the slot cannot hold); it then fails or succeeds exactly as the boxed read would have.
    /// </summary>
    public abstract bool TryRead(object parent, out object? value, out long bits);
}
