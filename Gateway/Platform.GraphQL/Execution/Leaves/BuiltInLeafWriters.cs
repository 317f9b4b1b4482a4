using System.Text.Json;
using Platform.GraphQL.Building;

namespace Platform.GraphQL.Execution.Leaves;

/// <summary>The leaf writers of the built-in Int, Float and Boolean scalars (the boxed path writes their serialised values the same way).</summary>
internal static class BuiltInLeafWriters
{
    /// <summary>Int: the bits hold a 32-bit value.</summary>
    public static LeafWriter Int { get; } = new IntWriter();

    /// <summary>Float: the bits hold a finite double.</summary>
    public static LeafWriter Float { get; } = new FloatWriter();

    /// <summary>Boolean: the bits hold 0 or 1.</summary>
    public static LeafWriter Boolean { get; } = new BooleanWriter();

    private sealed class IntWriter : LeafWriter
    {
        public override void Write(Utf8JsonWriter writer, long bits) => writer.WriteNumberValue((int)bits);

        public override object? ToValue(long bits) => SmallIntBoxes.Box((int)bits);
    }

    private sealed class FloatWriter : LeafWriter
    {
        public override void Write(Utf8JsonWriter writer, long bits) => writer.WriteNumberValue(BitConverter.Int64BitsToDouble(bits));

        public override object? ToValue(long bits) => BitConverter.Int64BitsToDouble(bits);
    }

    private sealed class BooleanWriter : LeafWriter
    {
        private static readonly object _true = true;
        private static readonly object _false = false;

        public override void Write(Utf8JsonWriter writer, long bits) => writer.WriteBooleanValue(bits != 0);

        public override object? ToValue(long bits) => bits != 0 ? _true : _false;
    }
}
