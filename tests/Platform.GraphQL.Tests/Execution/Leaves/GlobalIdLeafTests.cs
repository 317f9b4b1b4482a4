using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution.Leaves;

/// <summary>A node's id is written straight to UTF-8 as its global id: the same text as <see cref="GlobalId.Encode"/>.</summary>
public sealed class GlobalIdLeafTests
{
    private sealed record Item(string Key);

    private static Schema ItemSchema(params Item[] items)
    {
        var builder = new SchemaBuilder();
        builder.Node<Item>("Item", i => i.Key, (_, key) => Task.FromResult(items.FirstOrDefault(i => i.Key == key)));
        builder.Query(q => q.Field("items").Type("[Item!]").Resolve(_ => items));
        return builder.Build();
    }

    [Fact]
    public async Task Ids_are_written_as_the_encoded_global_id_for_ascii_unicode_and_long_keys()
    {
        Item[] items = [new("b1"), new("20260101_Grüße 😀"), new(string.Concat(Enumerable.Repeat("ключ-", 100))), new(string.Empty)];
        Assert.NotNull(((ObjectType)ItemSchema(items).GetType("Item")!).Fields["id"].TypedLeaf);

        var json = await Run.JsonAsync(ItemSchema(items), "{ items { id } }");

        Assert.Equal("{\"data\":{\"items\":[" + string.Join(',', items.Select(i => "{\"id\":\"" + GlobalId.Encode("Item", i.Key) + "\"}")) + "]}}", json);
        Assert.Contains("{\"id\":\"SXRlbToyMDI2MDEwMV9HcsO8w59lIPCfmIA\"}", json);
    }

    [Fact]
    public async Task The_result_map_gives_the_encoded_id_and_node_fetches_by_it()
    {
        var result = await Run.ResultAsync(ItemSchema(new Item("a7")), "{ items { id } }");
        var id = ((ResultMap)((List<object?>)result.Data!["items"]!)[0]!)["id"];

        Assert.Equal(GlobalId.Encode("Item", "a7"), id);
        Assert.Equal("{\"data\":{\"node\":{\"id\":\"" + id + "\"}}}", await Run.JsonAsync(ItemSchema(new Item("a7")), "{ node(id: \"" + id + "\") { id } }"));
    }

    [Fact]
    public async Task A_null_key_is_a_field_error_and_the_null_propagates_to_the_list()
    {
        var json = await Run.JsonAsync(ItemSchema(new Item("a1"), new Item(null!)), "{ items { id } }");

        Assert.Equal("""{"errors":[{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":11}],"path":["items",1,"id"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"items":null}}""", json);
    }
}
