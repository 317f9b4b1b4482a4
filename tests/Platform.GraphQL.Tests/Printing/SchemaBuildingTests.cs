using Platform.GraphQL.Building;
using Platform.GraphQL.Printing;
using Platform.GraphQL.SampleServer;
using Platform.GraphQL.SampleServer.Library;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Printing;

/// <summary>Building schemas: the type system rules checked at build time, and SDL printed like graphql-js printSchema.</summary>
public sealed class SchemaBuildingTests
{
    [Fact]
    public void The_sample_schema_prints_exactly_the_committed_sdl()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Printing", "sample-schema.graphql"));

        Assert.Equal(expected.TrimEnd('\n'), SchemaPrinter.Print(SampleSchema.Build(new BookStore())));
    }

    public static TheoryData<string, Action<SchemaBuilder>> BrokenSchemas => new()
    {
        { "Interface field Named.name expected but Thing does not provide it.", b => { b.Interface("Named", i => i.Field("name").Type("String")); b.Object("Thing", t => { t.Implements("Named"); t.Field("size").Type("Int"); }); b.Query(q => q.Field("thing").Type("Thing")); } },
        { "Interface field Named.name expects type String! but Thing.name is type String.", b => { b.Interface("Named", i => i.Field("name").Type("String!")); b.Object("Thing", t => { t.Implements("Named"); t.Field("name").Type("String"); }); b.Query(q => q.Field("thing").Type("Thing")); } },
        { "Type Thing must implement Node because it is implemented by Named.", b => { b.Interface("Node", i => i.Field("id").Type("ID!")); b.Interface("Named", i => { i.Implements("Node"); i.Field("id").Type("ID!"); }); b.Object("Thing", t => { t.Implements("Named"); t.Field("id").Type("ID!"); }); b.Query(q => q.Field("thing").Type("Thing")); } },
        { "Union type Empty must define one or more member types.", b => { b.Union("Empty", _ => { }); b.Query(q => q.Field("e").Type("Empty")); } },
        { "Union type U can only include Object types, it cannot include Int.", b => { b.Union("U", u => u.Types("Int")); b.Query(q => q.Field("u").Type("U")); } },
        { "Cannot reference Input Object \"A\" within itself through a series of non-null fields.", b => { b.InputObject("A", i => i.Field("b", "B!")); b.InputObject("B", i => i.Field("a", "A!")); b.Query(q => q.Field("x").Type("Int").Argument("a", "A")); } },
        { "OneOf input field One.a must be nullable and have no default value.", b => { b.InputObject("One", i => i.OneOf().Field("a", "Int!")); b.Query(q => q.Field("x").Type("Int").Argument("o", "One")); } },
        { "Unknown type \"Missing\" referenced by \"Query.x\".", b => b.Query(q => q.Field("x").Type("Missing")) },
        { "The type of Query.x(a:) must be Input Type but got: Query.", b => b.Query(q => q.Field("x").Type("Int").Argument("a", "Query")) },
        { "The type of I.o must be Input Type but got: Query.", b => { b.InputObject("I", i => i.Field("o", "Query")); b.Query(q => q.Field("x").Type("Int").Argument("i", "I")); } },
        { "Name \"Query.__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.", b => b.Query(q => q.Field("__bad").Type("Int")) },
        { "Required argument Query.x(a:) cannot be deprecated.", b => b.Query(q => q.Field("x").Type("Int").Argument("a", "Int!", a => a.Deprecated())) },
        { "The default value of \"Query.x(a:)\" is invalid: Int cannot represent non-integer value: \"one\"", b => b.Query(q => q.Field("x").Type("Int").Argument("a", "Int", "\"one\"")) },
        { "Enum type E must define one or more values.", b => { b.Enum("E", _ => { }); b.Query(q => q.Field("e").Type("E")); } },
        { "Field \"Query.x\" has no type; call .Type(\"...\").", b => b.Query(q => q.Field("x")) },
    };

    [Theory]
    [MemberData(nameof(BrokenSchemas))]
    public void Schemas_breaking_a_type_system_rule_fail_to_build_with_the_reason(string expected, Action<SchemaBuilder> describe)
    {
        var builder = new SchemaBuilder();
        describe(builder);

        var error = Assert.Throws<SchemaValidationException>(builder.Build);

        Assert.Contains(expected, error.Errors);
    }

    [Fact]
    public void Modules_extend_the_same_type_from_separate_registrations()
    {
        var builder = new SchemaBuilder();
        builder.Query(q => q.Field("a").Type("Int").Resolve(_ => 1));
        builder.Query(q => q.Field("b").Type("Int").Resolve(_ => 2));

        var schema = builder.Build();

        Assert.Equal(["a", "b"], schema.Query.Fields.Keys);
    }

    [Fact]
    public void Clr_enums_map_to_screaming_snake_case_values()
    {
        var builder = new SchemaBuilder();
        builder.Enum("Kind", e => e.Values<DayOfWeek>());
        builder.Query(q => q.Field("k").Type("Kind").Resolve(_ => DayOfWeek.Monday));

        var kind = Assert.IsType<EnumType>(builder.Build().GetType("Kind"));

        Assert.Equal("MONDAY", kind.Serialize(DayOfWeek.Monday));
        Assert.Equal(DayOfWeek.Friday, kind.ParseValue("FRIDAY"));
    }

    [Fact]
    public async Task Argument_defaults_pick_up_the_defaults_of_input_fields_they_omit()
    {
        var schema = SampleSchema.Build(new BookStore());

        var json = await Execution.Run.JsonAsync(schema, "{ __type(name: \"Query\") { fields { name args { name defaultValue } } } shelf { genre } }");

        Assert.Contains("{\"name\":\"filter\",\"defaultValue\":\"{genre: SCIENCE, minTags: 1}\"},{\"name\":\"fromId\",\"defaultValue\":\"1\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"shelf\":[{\"genre\":\"SCIENCE\"},{\"genre\":\"SCIENCE\"},{\"genre\":\"SCIENCE\"}]", json, StringComparison.Ordinal);
    }
}
