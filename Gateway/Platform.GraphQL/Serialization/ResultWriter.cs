using System.Collections;
using System.Text.Json;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Serialization;

/// <summary>Writes execution results as JSON (spec §7.1 response format) without reflection.</summary>
public static class ResultWriter
{
    private const int InitialBufferBytes = 16 * 1024;

    /// <summary>A thread keeps its buffer only up to this size, so one huge response does not pin memory for good.</summary>
    private const int MaxRetainedBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>Writer settings for responses: only what JSON requires is escaped (the response is never embedded in HTML).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            WriteErrors(writer, result.Errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, result.Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as UTF-8 JSON, written into a per-thread reused buffer and copied out once.</summary>
    public static byte[] ToUtf8(ExecutionResult result)
    {
        // Growing a fresh buffer per response copied a 46 KB page three times (112 KB of garbage per request, bench/gateway);
        // a buffer and writer kept per thread are taken for the call and put back after, so a nested call gets its own.
        var scratch = _scratch ?? new Scratch();
        _scratch = null;
        try
        {
            scratch.Writer.Reset(scratch.Buffer);
            Write(scratch.Writer, result);
            scratch.Writer.Flush();
            return scratch.Buffer.WrittenSpan.ToArray();
        }
        finally
        {
            scratch.Buffer.ResetWrittenCount();
            if (scratch.Buffer.Capacity <= MaxRetainedBufferBytes)
            {
                _scratch = scratch;
            }
        }
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 })
            {
                writer.WriteStartArray("locations");
                foreach (var location in error.Locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is not null)
            {
                writer.WritePropertyName("path");
                WriteValue(writer, error.Path);
            }

            if (error.Extensions is { Count: > 0 })
            {
                writer.WritePropertyName("extensions");
                WriteValue(writer, error.Extensions);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a completed value: result maps, lists, dictionaries and JSON primitives.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case ResultMap map:
                WriteMap(writer, map);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case List<object?> items:
                // The executor's completed lists: indexed, no boxed enumerator, no interface casts on the way.
                writer.WriteStartArray();
                for (var i = 0; i < items.Count; i++)
                {
                    WriteValue(writer, items[i]);
                }

                writer.WriteEndArray();
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case float f:
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        if (map.Plan is { } plan)
        {
            var values = map.Slots;
            var start = map.SlotStart;
            for (var i = 0; i < plan.Length; i++)
            {
                var field = plan[i];
                writer.WritePropertyName(field.EncodedKey);
                var value = values[start + i];
                // A leaf kept as bits holds its typed read's one shared writer, told apart by reference; a global id holds a
                // writer of its own; every other value (strings and enum names of typed reads too) skips the type test.
                if (value is not null && ReferenceEquals(value, field.SharedWriter))
                {
                    field.SharedWriter.Write(writer, map.BitSlots![map.BitsStart + field.BitsIndex]);
                }
                else if (field.MakesWriters && value is Execution.Leaves.LeafWriter leaf)
                {
                    leaf.Write(writer, 0);
                }
                else
                {
                    WriteValue(writer, value);
                }
            }
        }
        else
        {
            for (var i = 0; i < map.Count; i++)
            {
                writer.WritePropertyName(map.KeyAt(i));
                WriteValue(writer, map.ValueAt(i));
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>A thread's reusable output buffer and the JSON writer over it.</summary>
    private sealed class Scratch
    {
        public Scratch()
        {
            Buffer = new System.Buffers.ArrayBufferWriter<byte>(InitialBufferBytes);
            Writer = new Utf8JsonWriter(Buffer, WriterOptions);
        }

        public System.Buffers.ArrayBufferWriter<byte> Buffer { get; }

        public Utf8JsonWriter Writer { get; }
    }
}
