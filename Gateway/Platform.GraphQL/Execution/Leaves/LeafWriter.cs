using System.Text.Json;

namespace Platform.GraphQL.Execution.Leaves;

/// <summary>
/// How a leaf value kept unboxed in a <see cref="ResultMap"/> slot (as 64 bits beside this writer) is written to the response,
/// and what the boxed path would have completed it to (for <see cref="ResultMap.ValueAt"/>). Writers are shared, stateless
/// per value, and never reach resolvers or callers: a slot holding one is a leaf, anything else is an ordinary value.
/// </summary>
internal abstract class LeafWriter
{
    /// <summary>Writes the value held in <paramref name="bits"/> as a JSON value.</summary>
    public abstract void Write(Utf8JsonWriter writer, long bits);

    /// <summary>The completed value the boxed path gives for the same field value (what the result writer would have written).</summary>
    public abstract object? ToValue(long bits);
}
