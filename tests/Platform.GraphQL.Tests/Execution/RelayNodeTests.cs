using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Relay global ids with node/nodes, and interfaces that implement interfaces.</summary>
public sealed class RelayNodeTests
{
    private static readonly Types.Schema _schema = SampleSchema.Build(new BookStore());

    [Fact]
    public async Task Node_fetches_an_object_by_its_global_id_through_the_type_resolver()
    {
        var id = GlobalId.Encode("Author", "a2");

        var json = await Run.JsonAsync(_schema, "{ node(id: \"" + id + "\") { __typename id ... on Author { name } } }");

        Assert.Equal("""{"data":{"node":{"__typename":"Author","id":"ID","name":"Author 2"}}}""".Replace("ID", id, StringComparison.Ordinal), json);
    }

    [Theory]
    [InlineData("Book", "b1", "Qm9vazpiMQ")]
    [InlineData("Session", "20260101_Grüße 😀", "U2Vzc2lvbjoyMDI2MDEwMV9HcsO8w59lIPCfmIA")]
    public void A_global_id_is_the_base64url_of_type_colon_id_in_utf8(string typeName, string id, string expected)
    {
        Assert.Equal(expected, GlobalId.Encode(typeName, id));
        Assert.Equal((typeName, id), GlobalId.Decode(expected));
    }

    [Fact]
    public void A_global_id_longer_than_the_stack_buffer_round_trips()
    {
        var id = string.Concat(Enumerable.Repeat("ключ-", 100));

        var encoded = GlobalId.Encode("Micrograph", id);

        Assert.Equal(System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes("Micrograph:" + id)), encoded);
        Assert.Equal(("Micrograph", id), GlobalId.Decode(encoded));
    }

    [Fact]
    public async Task Nodes_keeps_positions_and_reports_invalid_ids_as_field_errors()
    {
        var book = GlobalId.Encode("Book", "b1");
        var missing = GlobalId.Encode("Book", "nope");

        var result = await Run.ResultAsync(_schema, "{ nodes(ids: [\"" + book + "\", \"" + missing + "\"]) { id } broken: node(id: \"%%%\") { id } }");

        Assert.Equal("""{"errors":[{"message":"\"%%%\" is not a valid global id.","locations":[{"line":1,"column":53}],"path":["broken"],"extensions":{"code":"INVALID_ID"}}],"data":{"nodes":[{"id":"BOOK"},null],"broken":null}}""".Replace("BOOK", book, StringComparison.Ordinal), Run.Json(result));
    }

    [Fact]
    public async Task Enum_arguments_reach_resolvers_as_their_clr_values()
    {
        var json = await Run.JsonAsync(_schema, """{ book(id: "b3") { genre author { books(genre: FICTION) { title genre } } } }""");

        Assert.Equal("""{"data":{"book":{"genre":"FICTION","author":{"books":[{"title":"Book 3","genre":"FICTION"},{"title":"Book 18","genre":"FICTION"},{"title":"Book 33","genre":"FICTION"},{"title":"Book 48","genre":"FICTION"}]}}}}""", json);
    }

    [Fact]
    public async Task An_interface_implementing_an_interface_is_queryable_through_both()
    {
        var builder = new SchemaBuilder();
        builder.Interface("Resource", i => i.Field("url").Type("String!"));
        builder.Interface("Image", i => i.Implements("Resource").Field("url").Type("String!"));
        builder.Object<string>("Png", t =>
        {
            t.Implements("Image", "Resource");
            t.Field("url", s => s).Type("String!");
        });
        builder.Query(q => q.Field("resources").Type("[Resource!]!").Resolve(_ => new[] { "a.png" }));

        var json = await Run.JsonAsync(builder.Build(), "{ resources { ... on Image { url } } __type(name: \"Image\") { interfaces { name } possibleTypes { name } } }");

        Assert.Equal("""{"data":{"resources":[{"url":"a.png"}],"__type":{"interfaces":[{"name":"Resource"}],"possibleTypes":[{"name":"Png"}]}}}""", json);
    }

    [Fact]
    public async Task A_oneOf_variable_with_two_keys_fails_variable_coercion()
    {
        var variables = new Dictionary<string, object?> { ["by"] = new Dictionary<string, object?> { ["id"] = "b1", ["title"] = "Book 1" } };

        var result = await Run.ResultAsync(_schema, "query q($by: BookBy!) { findBook(by: $by) { title } }", variables);

        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        Assert.Equal("Variable \"$by\" got invalid value {...}; OneOf Input Object \"BookBy\" must specify exactly one key.", Assert.Single(result.Errors).Message);
    }
}
