using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Introspection (spec §4): deprecation filters, specifiedByURL, isRepeatable, isOneOf, possible types, defaults.</summary>
public sealed class IntrospectionTests
{
    private static readonly Types.Schema _schema = SampleSchema.Build(new BookStore());

    [Fact]
    public async Task Deprecated_fields_and_enum_values_are_hidden_unless_asked_for()
    {
        var json = await Run.JsonAsync(_schema, """
            {
              book: __type(name: "Book") { fields { name } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              genre: __type(name: "Genre") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
            }
            """);

        Assert.Contains("\"fields\":[{\"name\":\"title\"},{\"name\":\"name\"},{\"name\":\"genre\"},{\"name\":\"tags\"},{\"name\":\"author\"},{\"name\":\"id\"}]", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"rating\",\"isDeprecated\":true,\"deprecationReason\":\"Ratings were removed.\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"enumValues\":[{\"name\":\"FICTION\"},{\"name\":\"SCIENCE\"}]", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"HISTORY\",\"deprecationReason\":\"Shelved under SCIENCE now.\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scalars_directives_and_input_objects_expose_the_2021_and_oneOf_fields()
    {
        var json = await Run.JsonAsync(_schema, """
            {
              dateTime: __type(name: "DateTime") { kind specifiedByURL }
              bookBy: __type(name: "BookBy") { kind isOneOf inputFields { name type { name } } }
              newBook: __type(name: "NewBook") { isOneOf inputFields { name defaultValue } }
              __schema { directives { name isRepeatable locations args { name defaultValue } } }
            }
            """);

        Assert.Contains("\"dateTime\":{\"kind\":\"SCALAR\",\"specifiedByURL\":\"https://scalars.graphql.org/andimarek/date-time\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"bookBy\":{\"kind\":\"INPUT_OBJECT\",\"isOneOf\":true,\"inputFields\":[{\"name\":\"id\",\"type\":{\"name\":\"ID\"}},{\"name\":\"title\",\"type\":{\"name\":\"String\"}}]}", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"genre\",\"defaultValue\":\"FICTION\"}", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"cacheControl\",\"isRepeatable\":true,\"locations\":[\"FIELD_DEFINITION\",\"OBJECT\"],\"args\":[{\"name\":\"maxAgeSeconds\",\"defaultValue\":\"60\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"deprecated\",\"isRepeatable\":false,\"locations\":[\"FIELD_DEFINITION\",\"ARGUMENT_DEFINITION\",\"INPUT_FIELD_DEFINITION\",\"ENUM_VALUE\"],\"args\":[{\"name\":\"reason\",\"defaultValue\":\"\\\"No longer supported\\\"\"}]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Abstract_types_list_their_possible_types_and_wrappers_nest_through_ofType()
    {
        var json = await Run.JsonAsync(_schema, """
            {
              search: __type(name: "SearchResult") { kind possibleTypes { name } }
              named: __type(name: "Named") { kind possibleTypes { name } }
              query: __type(name: "Query") { fields { name type { kind ofType { kind ofType { kind ofType { name } } } } } }
            }
            """);

        Assert.Contains("\"search\":{\"kind\":\"UNION\",\"possibleTypes\":[{\"name\":\"Book\"},{\"name\":\"Author\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("\"named\":{\"kind\":\"INTERFACE\",\"possibleTypes\":[{\"name\":\"Book\"},{\"name\":\"Author\"}]}", json, StringComparison.Ordinal);
        Assert.Contains("{\"name\":\"allBooks\",\"type\":{\"kind\":\"NON_NULL\",\"ofType\":{\"kind\":\"LIST\",\"ofType\":{\"kind\":\"NON_NULL\",\"ofType\":{\"name\":\"Book\"}}}}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_types_introspect_as_null_and_typename_works_on_every_root()
    {
        var json = await Run.JsonAsync(_schema, "{ __type(name: \"Nope\") { name } __typename __schema { queryType { name } mutationType { name } subscriptionType { name } } }");

        Assert.Equal("""{"data":{"__type":null,"__typename":"Query","__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},"subscriptionType":{"name":"Subscription"}}}}""", json);
    }
}
