using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>A node whose id is formatted from its parts writes the same global id as its id function gives, whatever its length.</summary>
public sealed class NodeIdFormatterTests
{
    private sealed record Slot(string Rack, int Position);

    private static string IdOf(Slot slot) => $"{slot.Rack}/{slot.Position}";

    [Fact]
    public async Task Formatted_ids_equal_the_id_functions_and_an_id_too_long_for_the_stack_falls_back_to_the_string()
    {
        var longRack = string.Concat(Enumerable.Repeat("стойка-", 40));
        var slots = new[] { new Slot("r1", 7), new Slot("Grüße 😀", 12), new Slot(longRack, 3) };
        var formatted = 0;
        var builder = new SchemaBuilder();
        builder.Node<Slot>("Slot", IdOf, (_, _) => Task.FromResult<Slot?>(null), formatId: (slot, destination, out written) =>
        {
            formatted++;
            return destination.TryWrite(System.Globalization.CultureInfo.InvariantCulture, $"{slot.Rack}/{slot.Position}", out written);
        });
        builder.Query(q => q.Field("slots").Type("[Slot!]!").Resolve(_ => slots));

        var result = await Run.ResultAsync(builder.Build(), "{ slots { id } }");
        var json = Run.Json(result);

        var expected = string.Join(",", slots.Select(s => "{\"id\":\"" + GlobalId.Encode("Slot", IdOf(s)) + "\"}"));
        Assert.Equal("{\"data\":{\"slots\":[" + expected + "]}}", json);
        Assert.Equal(3, formatted);
        // Read back as a value (not written), the id is the encoded string too.
        var items = (List<object?>)((ResultMap)result.Data!)["slots"]!;
        Assert.Equal(GlobalId.Encode("Slot", IdOf(slots[1])), ((ResultMap)items[1]!)["id"]);
    }
}
