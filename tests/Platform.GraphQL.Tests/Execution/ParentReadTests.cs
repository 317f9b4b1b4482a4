using Platform.GraphQL.Authorization;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// Fields declared as plain parent reads (<c>t.Field(name, x => x.Property)</c>) run without a resolver context, yet give
/// the same values, errors and paths as any resolver, and still go through middleware and conditional rules.
/// </summary>
public sealed class ParentReadTests
{
    private sealed record Sample(string Name, long Big, string? Missing, int Volume);

    private enum Mood
    {
        Calm,
        Loud,
    }

    private static Schema SampleSchema(Action<SchemaBuilder>? extra = null)
    {
        var builder = new SchemaBuilder();
        builder.Enum("Mood", e => e.Values<Mood>());
        builder.Object<Sample>("Sample", t =>
        {
            t.Field("name", s => s.Name).Type("String!");
            t.Field("volume", s => s.Volume).Type("Int");
            t.Field("mood", s => s.Volume > 5 ? Mood.Loud : Mood.Calm).Type("Mood!");
            t.Field("big", s => s.Big).Type("Int");
            t.Field("missing", s => s.Missing).Type("String!");
            t.Field("throws", s => s.Name.Length > 0 ? throw new InvalidOperationException("read failed") : s.Name).Type("String");
        });
        builder.Query(q => q.Field("samples").Type("[Sample!]!").Resolve(_ => new[] { new Sample("a", 1, "here", 3), new Sample("b", 1L << 40, null, 9) }));
        extra?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public async Task Plain_reads_of_scalars_and_enums_give_their_serialised_values()
    {
        var json = await Run.JsonAsync(SampleSchema(), "{ samples { name volume mood } }");

        Assert.Equal("""{"data":{"samples":[{"name":"a","volume":3,"mood":"CALM"},{"name":"b","volume":9,"mood":"LOUD"}]}}""", json);
    }

    [Fact]
    public async Task Int_reads_inside_and_outside_the_shared_small_value_range_give_their_own_values()
    {
        var builder = new SchemaBuilder();
        builder.Object<int>("Number", t => t.Field("value", n => n).Type("Int!"));
        builder.Query(q => q.Field("numbers").Type("[Number!]!").Resolve(_ => new object[] { int.MinValue, -129, -128, -1, 0, 7, 1023, 1024, int.MaxValue }));

        var json = await Run.JsonAsync(builder.Build(), "{ numbers { value } }");

        Assert.Equal("""{"data":{"numbers":[{"value":-2147483648},{"value":-129},{"value":-128},{"value":-1},{"value":0},{"value":7},{"value":1023},{"value":1024},{"value":2147483647}]}}""", json);
    }

    [Fact]
    public async Task A_read_that_throws_is_a_field_error_with_the_list_index_in_its_path()
    {
        var json = await Run.JsonAsync(SampleSchema(), "{ samples { throws } }");

        Assert.Contains("""{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":13}],"path":["samples",1,"throws"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}""", json);
        Assert.EndsWith("""
            "data":{"samples":[{"throws":null},{"throws":null}]}}
            """, json);
    }

    [Fact]
    public async Task A_value_the_scalar_cannot_serialise_is_an_error_at_its_own_path()
    {
        var json = await Run.JsonAsync(SampleSchema(), "{ samples { big } }");

        Assert.Contains("\"path\":[\"samples\",1,\"big\"]", json);
        Assert.EndsWith("""
            "data":{"samples":[{"big":1},{"big":null}]}}
            """, json);
    }

    [Fact]
    public async Task A_null_read_for_a_non_null_field_propagates_to_the_nearest_nullable_parent()
    {
        var json = await Run.JsonAsync(SampleSchema(), "{ samples { missing } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Sample.missing.","locations":[{"line":1,"column":13}],"path":["samples",1,"missing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""", json);
    }

    [Fact]
    public async Task Middleware_on_a_plain_read_still_runs()
    {
        var schema = SampleSchema(b => b.UseFieldMiddleware(f => f.Name == "name", async (context, next) => "<" + await next(context) + ">"));

        Assert.Equal("""{"data":{"samples":[{"name":"<a>"},{"name":"<b>"}]}}""", await Run.JsonAsync(schema, "{ samples { name } }"));
    }

    [Fact]
    public async Task A_conditional_rule_on_a_plain_read_is_still_checked_for_every_object()
    {
        var checks = 0;
        var builder = new SchemaBuilder();
        builder.Object<Sample>("Sample", t =>
        {
            t.Field("name", s => s.Name).Type("String").Authorize(FieldRule.Create("only a", context =>
            {
                Interlocked.Increment(ref checks);
                return ValueTask.FromResult(context.Parent<Sample>().Name == "a" ? FieldDecision.Allowed : FieldDecision.Deny("FORBIDDEN", "not b"));
            }));
        });
        builder.Query(q => q.Field("samples").Type("[Sample!]!").Resolve(_ => new[] { new Sample("a", 1, null, 1), new Sample("b", 1, null, 1) }));

        var json = await Run.JsonAsync(builder.Build(), "{ samples { name } }");

        Assert.Equal(2, checks);
        Assert.Equal("""{"errors":[{"message":"not b","locations":[{"line":1,"column":13}],"path":["samples",1,"name"],"extensions":{"code":"FORBIDDEN"}}],"data":{"samples":[{"name":"a"},{"name":null}]}}""", json);
    }
}
