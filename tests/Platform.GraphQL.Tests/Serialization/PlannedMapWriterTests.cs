using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Serialization;
using Platform.GraphQL.Tests.Execution;
using Platform.GraphQL.Tests.Execution.Leaves;

namespace Platform.GraphQL.Tests.Serialization;

/// <summary>
/// A planned result map writes each leaf with its name in one writer call; the text must equal writing each response key,
/// then its completed value (<see cref="ResultMap.ValueAt"/>), for every leaf kind, null, escaped strings and enum names.
/// </summary>
public sealed class PlannedMapWriterTests
{
    [Fact]
    public async Task Planned_maps_write_the_same_text_as_each_key_followed_by_its_completed_value()
    {
        foreach (var typed in new[] { true, false })
        {
            var schema = LeafSchemas.Build(typed, [LeafSchemas.Ordinary, LeafSchemas.Nulls, LeafSchemas.Extremes, LeafSchemas.Offset]);
            var result = await Run.ResultAsync(schema, $"{{ rows {{ {LeafSchemas.AllLeaves} __typename }} row {{ {LeafSchemas.AllLeaves} }} }}");

            Assert.Empty(result.Errors);
            Assert.Equal(KeyThenValue(result), Encoding.UTF8.GetString(ResultWriter.ToUtf8(result)));
        }
    }

    /// <summary>The response written the plain way: every key as a property name, then its completed value.</summary>
    private static string KeyThenValue(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            Walk(writer, result.Data);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Walk(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.KeyAt(i));
                    Walk(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                break;
            case List<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Walk(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                ResultWriter.WriteValue(writer, value);
                break;
        }
    }
}
