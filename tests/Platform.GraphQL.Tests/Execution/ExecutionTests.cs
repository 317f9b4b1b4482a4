using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Execution semantics of spec §6: null propagation, serial mutations, parallel fields, abstract types, coercion, directives.</summary>
public sealed class ExecutionTests
{
    private sealed record Dog(string Name, int BarkVolume);

    private sealed record Cat(string Name, int MeowVolume);

    private static Schema PetsSchema(Action<SchemaBuilder>? extra = null)
    {
        var builder = new SchemaBuilder();
        builder.Interface("Pet", i => i.Field("name").Type("String!"));
        builder.Object<Dog>("Dog", t =>
        {
            t.Implements("Pet");
            t.Field("name", d => d.Name).Type("String!");
            t.Field("barkVolume", d => d.BarkVolume).Type("Int");
            t.Field("brokenName", _ => (string?)null).Type("String!");
        });
        builder.Object<Cat>("Cat", t =>
        {
            t.Implements("Pet");
            t.Field("name", c => c.Name).Type("String!");
            t.Field("meowVolume", c => c.MeowVolume).Type("Int");
        });
        builder.Union("CatOrDog", u => u.Types("Cat", "Dog"));
        builder.Query(q =>
        {
            q.Field("pets").Type("[Pet!]!").Resolve(_ => new object[] { new Dog("Rex", 3), new Cat("Tom", 7) });
            q.Field("catOrDog").Type("[CatOrDog]").Resolve(_ => new object[] { new Cat("Tom", 7), new Dog("Rex", 3) });
            q.Field("dog").Type("Dog").Resolve(_ => new Dog("Rex", 3));
            q.Field("echo").Type("String").Argument("text", "String", "\"default\"").Resolve(ctx => ctx.Argument<string>("text"));
            q.Field("sum").Type("Int").Argument("values", "[Int!]!").Resolve(ctx => ctx.Argument<IReadOnlyList<object?>>("values")!.Sum(v => (int)v!));
            q.Field("failing").Type("String").Resolve(_ => throw new InvalidOperationException("secret detail"));
            q.Field("coded").Type("String").Resolve(_ => throw new GraphQLException("not yours", "FORBIDDEN"));
            q.Field("notAList").Type("[Int]").Resolve(_ => 5);
            q.Field("unknownPet").Type("Pet").Resolve(_ => "a string is not a pet");
        });
        extra?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_nulls_the_nearest_nullable_parent_and_reports_the_path()
    {
        var json = await Run.JsonAsync(PetsSchema(), "{ dog { name brokenName } pets { name } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Dog.brokenName.","locations":[{"line":1,"column":14}],"path":["dog","brokenName"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"dog":null,"pets":[{"name":"Rex"},{"name":"Tom"}]}}""", json);
    }

    [Fact]
    public async Task Null_propagation_through_non_null_lists_reaches_data()
    {
        var schema = PetsSchema(b => b.Query(q => q.Field("strict").Type("[Dog!]!").Resolve(_ => new[] { new Dog("A", 1) })));

        var json = await Run.JsonAsync(schema, "{ strict { brokenName } }");

        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Dog.brokenName.","locations":[{"line":1,"column":12}],"path":["strict",0,"brokenName"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}""", json);
    }

    [Fact]
    public async Task Resolver_exceptions_become_field_errors_without_leaking_their_message()
    {
        var json = await Run.JsonAsync(PetsSchema(), "{ failing coded echo }");

        Assert.Equal("""{"errors":[{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}},{"message":"not yours","locations":[{"line":1,"column":11}],"path":["coded"],"extensions":{"code":"FORBIDDEN"}}],"data":{"failing":null,"coded":null,"echo":"default"}}""", json);
    }

    [Fact]
    public async Task Abstract_types_resolve_through_the_bound_clr_types()
    {
        var json = await Run.JsonAsync(PetsSchema(), "{ pets { __typename name ... on Dog { barkVolume } } catOrDog { ... on Cat { meowVolume } ... on Dog { name } } }");

        Assert.Equal("""{"data":{"pets":[{"__typename":"Dog","name":"Rex","barkVolume":3},{"__typename":"Cat","name":"Tom"}],"catOrDog":[{"meowVolume":7},{"name":"Rex"}]}}""", json);
    }

    [Fact]
    public async Task A_value_no_possible_type_claims_is_a_field_error()
    {
        var result = await Run.ResultAsync(PetsSchema(), "{ unknownPet { name } notAList }");

        Assert.Equal(["Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.unknownPet\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.", "Expected Iterable, but did not find one for field \"Query.notAList\"."], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task Skip_include_aliases_and_fragments_shape_the_response()
    {
        var json = await Run.JsonAsync(
            PetsSchema(),
            "query q($yes: Boolean!) { a: dog { ...N loud: barkVolume @include(if: $yes) quiet: barkVolume @skip(if: $yes) } b: echo(text: \"hi\") }\nfragment N on Dog { name }",
            new Dictionary<string, object?> { ["yes"] = true });

        Assert.Equal("""{"data":{"a":{"name":"Rex","loud":3},"b":"hi"}}""", json);
    }

    [Fact]
    public async Task Variables_are_coerced_with_single_values_becoming_lists()
    {
        var json = await Run.JsonAsync(PetsSchema(), "query q($v: [Int!]!) { sum(values: $v) one: sum(values: 4) }", new Dictionary<string, object?> { ["v"] = new List<object?> { 1L, 2L, 3L } });

        Assert.Equal("""{"data":{"sum":6,"one":4}}""", json);
    }

    [Theory]
    [InlineData(null, "Variable \"$v\" of required type \"[Int!]!\" was not provided.")]
    [InlineData("abc", "Variable \"$v\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"")]
    [InlineData(3000000000L, "Variable \"$v\" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000")]
    public async Task Bad_variables_fail_the_request_before_execution(object? value, string message)
    {
        var variables = value is null ? null : new Dictionary<string, object?> { ["v"] = value };

        var result = await Run.ResultAsync(PetsSchema(), "query q($v: [Int!]!) { sum(values: $v) }", variables);

        Assert.Equal(RequestErrorKind.VariableCoercion, result.RequestError);
        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        var schema = PetsSchema(b => b.Mutation(m =>
        {
            foreach (var name in new[] { "first", "second", "third" })
            {
                m.Field(name).Type("String").Resolve(async _ =>
                {
                    log.Add("start " + name);
                    await Task.Yield();
                    log.Add("end " + name);
                    return name;
                });
            }
        }));

        var json = await Run.JsonAsync(schema, "mutation { third second first }");

        Assert.Equal("""{"data":{"third":"third","second":"second","first":"first"}}""", json);
        Assert.Equal(["start third", "end third", "start second", "end second", "start first", "end first"], log);
    }

    [Fact]
    public async Task Query_fields_run_concurrently()
    {
        // Each field waits for the other to start: serial execution would deadlock.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = PetsSchema(b => b.Query(q =>
        {
            q.Field("a").Type("String").Resolve(async _ =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
                return "a";
            });
            q.Field("b").Type("String").Resolve(async _ =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
                return "b";
            });
        }));

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", await Run.JsonAsync(schema, "{ a b }"));
    }

    [Fact]
    public async Task A_resolver_running_past_the_timeout_is_cancelled_with_a_timeout_error()
    {
        var schema = PetsSchema(b => b.Query(q => q.Field("slow").Type("String").Resolve(async ctx =>
        {
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            return "never";
        })));

        var result = await Run.ResultAsync(schema, "{ slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.Contains(result.Errors, e => e.Code == ErrorCodes.Timeout);
    }

    [Fact]
    public async Task The_operation_is_chosen_by_name()
    {
        var result = await Run.ResultAsync(PetsSchema(), "query A { echo(text: \"a\") } query B { echo(text: \"b\") }", operationName: "B");
        var missing = await Run.ResultAsync(PetsSchema(), "query A { echo } query B { echo }");

        Assert.Equal("""{"data":{"echo":"b"}}""", Run.Json(result));
        Assert.Equal("Must provide operation name if query contains multiple operations.", Assert.Single(missing.Errors).Message);
    }

    [Fact]
    public async Task A_throwing_custom_scalar_serialiser_is_a_field_error_not_a_crash()
    {
        var broken = new ScalarType("Broken", _ => throw new FormatException("cannot format"), v => v, _ => null);
        var schema = PetsSchema(b =>
        {
            b.Scalar(broken);
            b.Query(q => q.Field("broken").Type("Broken").Resolve(_ => 1));
        });

        var result = await Run.ResultAsync(schema, "{ broken echo }");

        Assert.Equal("""{"errors":[{"message":"Unexpected error while completing this field.","locations":[{"line":1,"column":3}],"path":["broken"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"broken":null,"echo":"default"}}""", Run.Json(result));
    }
}
