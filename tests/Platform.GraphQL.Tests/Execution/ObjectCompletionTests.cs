using Platform.GraphQL.Building;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// Object fields and list items whose object type the plan knows complete without the general type switch, with the
/// spec's results: a null for a non-null object is a field error at its path whose null propagates, a nullable object may
/// be null, a resolver that throws or returns a value later gives the same errors, and nested lists still complete.
/// </summary>
public sealed class ObjectCompletionTests
{
    private sealed record Part(string Name);

    private sealed record Holder(int Number, Part? Part);

    private static Schema HolderSchema()
    {
        var builder = new SchemaBuilder();
        builder.Object<Part>("Part", t => t.Field("name", p => p.Name).Type("String!"));
        builder.Object<Holder>("Holder", t =>
        {
            t.Field("number", h => h.Number).Type("Int!");
            t.Field("part", h => h.Part).Type("Part!");
            t.Field("maybePart", h => h.Part).Type("Part");
            t.Field("thrownPart").Type("Part").Resolve(ctx => ctx.Parent<Holder>().Part ?? throw new InvalidOperationException("no part"));
            t.Field("latePart").Type("Part!").Resolve(async ctx =>
            {
                await Task.Yield();
                return ctx.Parent<Holder>().Part;
            });
            t.Field("parts").Type("[Part!]").Resolve(ctx => new[] { new Part("first"), ctx.Parent<Holder>().Part });
            t.Field("partRows").Type("[[Part!]!]").Resolve(ctx => new[] { new[] { ctx.Parent<Holder>().Part! }, new[] { new Part("spare") } });
        });
        builder.Query(q => q.Field("holders").Type("[Holder]!").Resolve(_ => new[] { new Holder(1, new Part("gear")), new Holder(2, null) }));
        return builder.Build();
    }

    [Fact]
    public async Task A_null_for_a_non_null_object_field_is_an_error_at_its_path_and_nulls_the_nearest_nullable_parent()
    {
        var json = await Run.JsonAsync(HolderSchema(), "{ holders { number part { name } } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Holder.part.","locations":[{"line":1,"column":20}],"path":["holders",1,"part"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"holders":[{"number":1,"part":{"name":"gear"}},null]}}""", json);
    }

    [Fact]
    public async Task A_null_for_a_nullable_object_field_is_null_without_an_error()
    {
        var json = await Run.JsonAsync(HolderSchema(), "{ holders { maybePart { name } } }");

        Assert.Equal("""{"data":{"holders":[{"maybePart":{"name":"gear"}},{"maybePart":null}]}}""", json);
    }

    [Fact]
    public async Task A_resolver_that_throws_for_an_object_field_is_a_field_error_and_the_field_is_null()
    {
        var json = await Run.JsonAsync(HolderSchema(), "{ holders { thrownPart { name } } }");

        Assert.Equal("""{"errors":[{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":13}],"path":["holders",1,"thrownPart"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"holders":[{"thrownPart":{"name":"gear"}},{"thrownPart":null}]}}""", json);
    }

    [Fact]
    public async Task A_pending_resolver_that_ends_with_null_for_a_non_null_object_gives_the_same_error_and_propagation()
    {
        var json = await Run.JsonAsync(HolderSchema(), "{ holders { latePart { name } } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Holder.latePart.","locations":[{"line":1,"column":13}],"path":["holders",1,"latePart"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"holders":[{"latePart":{"name":"gear"}},null]}}""", json);
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_objects_is_an_error_at_its_index_and_nulls_the_list()
    {
        var json = await Run.JsonAsync(HolderSchema(), "{ holders { parts { name } } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Holder.parts.","locations":[{"line":1,"column":13}],"path":["holders",1,"parts",1],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"holders":[{"parts":[{"name":"first"},{"name":"gear"}]},{"parts":null}]}}""", json);
    }

    [Fact]
    public async Task Lists_of_lists_of_objects_complete_each_inner_item_and_report_an_inner_null_at_its_full_path()
    {
        var json = await Run.JsonAsync(HolderSchema(), "{ holders { partRows { name } } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Holder.partRows.","locations":[{"line":1,"column":13}],"path":["holders",1,"partRows",0,0],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"holders":[{"partRows":[[{"name":"gear"}],[{"name":"spare"}]]},{"partRows":null}]}}""", json);
    }
}
