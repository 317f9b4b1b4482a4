using System.Text.Json;

namespace Platform.GraphQL.Execution.Leaves;

/// <summary>One enum value's name, JSON-encoded once for the life of the schema (the slot's bits are unused).</summary>
internal sealed class EnumNameWriter : LeafWriter
{
    private readonly string _name;
    private readonly JsonEncodedText _encoded;

    public EnumNameWriter(string name)
    {
        _name = name;
        _encoded = JsonEncodedText.Encode(name, Serialization.ResultWriter.WriterOptions.Encoder);
    }

    public override void Write(Utf8JsonWriter writer, long bits) => writer.WriteStringValue(_encoded);

    public override object? ToValue(long bits) => _name;
}
