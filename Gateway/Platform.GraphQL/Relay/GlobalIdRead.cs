using System.Text.Json;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution.Leaves;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Relay;

/// <summary>
/// A node's <c>id</c> read as its type name and plain id, encoded only while the response is written (<see cref="GlobalId.Write"/>):
/// no base64 string per object. <see cref="Execution.ResultMap.ValueAt"/> still gives the encoded string.
/// </summary>
internal sealed class GlobalIdRead<T> : TypedParentRead
{
    private readonly string _typeName;
    private readonly Func<T, string> _idOf;
    private readonly NodeIdFormatter<T>? _formatId;

    public GlobalIdRead(string typeName, Func<T, string> idOf, NodeIdFormatter<T>? formatId = null)
    {
        _typeName = typeName;
        _idOf = idOf;
        _formatId = formatId;
    }

    public override TypedLeaf? Bind(NamedType type, bool isNonNull) => ReferenceEquals(type, BuiltInScalars.Id) ? new Leaf(this) : null;

    private sealed class Leaf(GlobalIdRead<T> read) : TypedLeaf
    {
        public override bool HasBits => false;

        public override bool MakesWriters => true;

        public override bool TryRead(object parent, out object? value, out long bits)
        {
            bits = 0;
            if (read._formatId is not null)
            {
                // The id is written from its parts while the response is written; no id string per object.
                value = new Formatted(read, (T)parent);
                return true;
            }

            var id = read._idOf((T)parent);
            // A null id fails in Encode exactly as the boxed read would.
            value = id is null ? GlobalId.Encode(read._typeName, id!) : new Value(read._typeName, id);
            return true;
        }
    }

    /// <summary>One object's id, formatted from the object (<see cref="NodeIdFormatter{T}"/>) and written as its global id.</summary>
    private sealed class Formatted(GlobalIdRead<T> read, T node) : LeafWriter
    {
        /// <summary>Longest id formatted on the stack; a longer one is made as a string.</summary>
        private const int StackChars = 128;

        public override void Write(Utf8JsonWriter writer, long bits)
        {
            Span<char> id = stackalloc char[StackChars];
            if (read._formatId!(node, id, out var written))
            {
                GlobalId.Write(writer, read._typeName, id[..written]);
                return;
            }

            GlobalId.Write(writer, read._typeName, read._idOf(node));
        }

        public override object? ToValue(long bits) => GlobalId.Encode(read._typeName, read._idOf(node));
    }

    /// <summary>One object's id, written as its global id.</summary>
    private sealed class Value(string typeName, string id) : LeafWriter
    {
        public override void Write(Utf8JsonWriter writer, long bits) => GlobalId.Write(writer, typeName, id);

        public override object? ToValue(long bits) => GlobalId.Encode(typeName, id);
    }
}
