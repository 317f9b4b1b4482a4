using static Platform.GraphQL.Tests.Execution.Leaves.LeafSchemas;

namespace Platform.GraphQL.Tests.Execution.Leaves;

/// <summary>Leaf fields read without boxing report the same errors, at the same paths, with the same null propagation as the boxed path.</summary>
public sealed class TypedLeafErrorTests
{
    [Fact]
    public async Task An_Int_outside_32_bits_is_a_field_error_at_its_path_for_non_null_and_nullable_fields()
    {
        var (typed, boxed) = await BothAsync("{ rows { maybeBig } row { big } }", Ordinary with { Big = 1L << 40, MaybeBig = long.MinValue });

        Assert.Equal(boxed, typed);
        Assert.Contains("""{"message":"Int cannot represent non 32-bit signed integer value: 1099511627776","locations":[{"line":1,"column":27}],"path":["row","big"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}""", typed);
        Assert.Contains("""{"message":"Int cannot represent non 32-bit signed integer value: -9223372036854775808","locations":[{"line":1,"column":10}],"path":["rows",0,"maybeBig"]""", typed);
        Assert.EndsWith("""
            "data":{"rows":[{"maybeBig":null}],"row":null}}
            """, typed);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public async Task A_non_finite_Float_is_a_field_error_and_its_null_propagates(double value, string shown)
    {
        var (typed, boxed) = await BothAsync("{ maybeRows { name ratio } row { maybeRatio } }", Ordinary with { Ratio = value, MaybeRatio = value });

        Assert.Equal(boxed, typed);
        Assert.Contains($"Float cannot represent non numeric value: {shown}", typed);
        Assert.Contains("\"path\":[\"maybeRows\",0,\"ratio\"]", typed);
        Assert.Contains("\"path\":[\"row\",\"maybeRatio\"]", typed);
        Assert.EndsWith("""
            "data":{"maybeRows":null,"row":{"maybeRatio":null}}}
            """, typed);
    }

    [Fact]
    public async Task Null_from_a_typed_read_of_a_non_null_field_propagates_to_the_nearest_nullable_parent()
    {
        var (typed, boxed) = await BothAsync("{ row { count name } maybeRows { count name } }", Ordinary with { Name = null! });

        Assert.Equal(boxed, typed);
        Assert.Contains("""{"message":"Cannot return null for non-nullable field Row.name.","locations":[{"line":1,"column":15}],"path":["row","name"]""", typed);
        Assert.Contains("\"locations\":[{\"line\":1,\"column\":40}],\"path\":[\"maybeRows\",0,\"name\"]", typed);
        Assert.EndsWith("""
            "data":{"row":null,"maybeRows":null}}
            """, typed);
    }

    [Fact]
    public async Task A_throwing_typed_read_is_a_field_error_with_the_list_index_in_its_path()
    {
        var (typed, boxed) = await BothAsync("{ rows { count throws } }", Ordinary, Nulls);

        Assert.Equal(boxed, typed);
        Assert.Contains("""{"message":"Unexpected error while resolving this field.","locations":[{"line":1,"column":16}],"path":["rows",1,"throws"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}""", typed);
        Assert.EndsWith("""
            "data":{"rows":[{"count":7,"throws":null},{"count":7,"throws":null}]}}
            """, typed);
    }

    [Fact]
    public async Task An_enum_value_the_type_does_not_list_is_a_field_error_for_non_null_and_nullable_enums()
    {
        var (typed, boxed) = await BothAsync("{ row { maybeTone } maybeRows { tone } }", Ordinary with { Tone = (Shade)43, MaybeTone = (Shade)42 });

        Assert.Equal(boxed, typed);
        Assert.Contains("\"message\":\"Enum \\\"Shade\\\" cannot represent value: 42\",\"locations\":[{\"line\":1,\"column\":9}],\"path\":[\"row\",\"maybeTone\"]", typed);
        Assert.Contains("\"message\":\"Enum \\\"Shade\\\" cannot represent value: 43\",\"locations\":[{\"line\":1,\"column\":33}],\"path\":[\"maybeRows\",0,\"tone\"]", typed);
        Assert.EndsWith("""
            "data":{"row":{"maybeTone":null},"maybeRows":null}}
            """, typed);
    }
}
