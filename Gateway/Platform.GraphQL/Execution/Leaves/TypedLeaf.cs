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
    /// Reads the field from <paramref name="parent"/>. True: <paramref name="value"/> and <paramref name="bits"/> are the
    /// completed value (null, a string, or a <see cref="LeafWriter"/> with its bits). False: <paramref name="value"/> is the
    /// value read, boxed, which the general path completes (a null for a non-null field, a value its serialiser rejects or
    /// that the slot cannot hold); it then fails or succeeds exactly as the boxed read would have.
    /// </summary>
    public abstract bool TryRead(object parent, out object? value, out long bits);
}
