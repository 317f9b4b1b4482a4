using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution.Leaves;

/// <summary>A scalar's own <see cref="ScalarValueWriter{TValue}"/> over values kept as bits by <typeparamref name="TCodec"/>.</summary>
internal sealed class ScalarLeafWriter<TValue, TCodec> : LeafWriter
    where TValue : struct
    where TCodec : ILeafCodec<TValue>
{
    private readonly ScalarType _scalar;
    private readonly ScalarValueWriter<TValue> _write;

    public ScalarLeafWriter(ScalarType scalar, ScalarValueWriter<TValue> write)
    {
        _scalar = scalar;
        _write = write;
    }

    public override void Write(Utf8JsonWriter writer, long bits) => _write(writer, TCodec.Decode(bits));

    public override object? ToValue(long bits) => _scalar.Serialize(TCodec.Decode(bits));
}
