using Platform.GraphQL.Building;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// A list item's fields take their paths unbuilt (the item's index and their key); errors and resolvers still see the
/// full path, for an item's first object field and for every later one.
/// </summary>
public sealed class ItemPathTests
{
    private sealed record Part(string Name);

    private sealed record Pair(Part Left, Part Right);

    [Fact]
    public async Task Errors_and_resolvers_under_every_object_field_of_a_list_item_see_the_full_path()
    {
        var builder = new SchemaBuilder();
        builder.Object<Part>("Part", t =>
        {
            t.Field("name", p => p.Name.StartsWith('!') ? throw new InvalidOperationException("broken part") : p.Name).Type("String");
            t.Field("where").Type("String!").Resolve(ctx => ctx.Path.ToString());
        });
        builder.Object<Pair>("Pair", t =>
        {
            t.Field("left", p => p.Left).Type("Part!");
            t.Field("right", p => p.Right).Type("Part!");
        });
        builder.Query(q => q.Field("pairs").Type("[Pair!]!").Resolve(_ => new[] { new Pair(new Part("a"), new Part("b")), new Pair(new Part("!c"), new Part("!d")) }));

        var json = await Run.JsonAsync(builder.Build(), "{ pairs { left { name where } right { name where } } }");

        Assert.Equal(
            """{"errors":[{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":18}],"path":["pairs",1,"left","name"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},"""
            + """{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":39}],"path":["pairs",1,"right","name"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"pairs":["""
            + """{"left":{"name":"a","where":"pairs.0.left.where"},"right":{"name":"b","where":"pairs.0.right.where"}},"""
            + """{"left":{"name":null,"where":"pairs.1.left.where"},"right":{"name":null,"where":"pairs.1.right.where"}}]}}""",
            json);
    }
}
