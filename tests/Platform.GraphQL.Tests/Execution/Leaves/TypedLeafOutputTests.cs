using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.Leaves.LeafSchemas;

namespace Platform.GraphQL.Tests.Execution.Leaves;

/// <summary>Leaf fields read without boxing write exactly the JSON the boxed path writes, for every leaf kind.</summary>
public sealed class TypedLeafOutputTests
{
    [Fact]
    public void Typed_reads_of_supported_kinds_bind_without_boxing_and_others_stay_on_the_serialiser()
    {
        var row = (ObjectType)Build(typed: true, [Ordinary]).GetType("Row")!;
        string[] typed = ["count", "maybeCount", "big", "maybeBig", "ratio", "maybeRatio", "flag", "maybeFlag", "at", "maybeAt", "name", "maybeName", "key", "tone", "maybeTone", "bigAsLong", "throws"];
        string[] boxed = ["stamp", "countAsFloat", "flagAsInt"];

        Assert.All(typed, name => Assert.NotNull(row.Fields[name].TypedLeaf));
        Assert.All(boxed, name => Assert.Null(row.Fields[name].TypedLeaf));
        Assert.All(row.Fields.Values, field => Assert.Null(((ObjectType)Build(typed: false, [Ordinary]).GetType("Row")!).Fields[field.Name].TypedLeaf));
    }

    [Fact]
    public async Task Ordinary_null_and_boundary_values_of_every_kind_are_byte_identical_to_the_boxed_path()
    {
        var (typed, boxed) = await BothAsync($"{{ rows {{ {AllLeaves} }} row {{ {AllLeaves} }} }}", Ordinary, Nulls, Extremes, Offset);

        Assert.Equal(boxed, typed);
        Assert.DoesNotContain("\"errors\"", typed);
        Assert.StartsWith("""{"data":{"rows":[{"count":7,"maybeCount":1024,"big":1073741824,"maybeBig":-5,"ratio":0.1,"maybeRatio":2.5E-08,"flag":true,"maybeFlag":false,"at":"2026-11-22T04:30:15.123Z","maybeAt":"1999-01-02T03:04:05.000Z","name":"Grid \"A\" – ü <b>","maybeName":"x","key":"id-1","tone":"DARK_GREY","maybeTone":"LIGHT","stamp":1795321815123,"countAsFloat":7,"flagAsInt":1,"bigAsLong":1073741824},""", typed);
    }

    [Fact]
    public async Task A_date_time_with_an_offset_is_written_by_the_serialiser_in_UTC()
    {
        var (typed, boxed) = await BothAsync("{ row { at maybeAt } }", Offset);

        Assert.Equal(boxed, typed);
        Assert.Equal("""{"data":{"row":{"at":"2026-03-29T11:29:59.999Z","maybeAt":"2026-03-28T11:59:59.000Z"}}}""", typed);
    }

    [Fact]
    public async Task Aliases_and_repeated_selections_of_typed_leaves_write_each_key()
    {
        var (typed, boxed) = await BothAsync("{ row { a: count b: count tone t: tone when: at ...on Row { at } } }", Ordinary);

        Assert.Equal(boxed, typed);
        Assert.Equal("""{"data":{"row":{"a":7,"b":7,"tone":"DARK_GREY","t":"DARK_GREY","when":"2026-11-22T04:30:15.123Z","at":"2026-11-22T04:30:15.123Z"}}}""", typed);
    }

    [Fact]
    public async Task Result_map_values_of_typed_leaves_equal_the_boxed_path_s_completed_values()
    {
        var query = $"{{ row {{ {AllLeaves} }} }}";
        var typed = (ResultMap)(await Run.ResultAsync(Build(typed: true, [Extremes]), query)).Data!["row"]!;
        var boxed = (ResultMap)(await Run.ResultAsync(Build(typed: false, [Extremes]), query)).Data!["row"]!;

        Assert.Equal(boxed.Count, typed.Count);
        for (var i = 0; i < typed.Count; i++)
        {
            Assert.Equal(boxed.KeyAt(i), typed.KeyAt(i));
            Assert.Equal(boxed.ValueAt(i), typed.ValueAt(i));
            Assert.Equal(boxed.ValueAt(i)?.GetType(), typed.ValueAt(i)?.GetType());
        }

        Assert.Equal(int.MinValue, typed["count"]);
        Assert.Equal("0001-01-01T00:00:00.000Z", typed["at"]);
        Assert.Equal("LIGHT", typed["tone"]);
    }

    [Fact]
    public async Task Random_values_of_every_numeric_and_date_kind_are_byte_identical_to_the_boxed_path()
    {
        var (typed, boxed) = await BothAsync($"{{ rows {{ {AllLeaves} }} }}", RandomRows(200));

        Assert.Equal(boxed, typed);
    }

    [Fact]
    public async Task Objects_completing_on_concurrent_threads_keep_their_own_leaf_values()
    {
        var rows = RandomRows(400);

        var (typed, boxed) = await BothAsync($"{{ later {{ row {{ {AllLeaves} }} }} }}", rows);

        Assert.Equal(boxed, typed);
        Assert.Contains($"\"count\":{rows[399].Count},", typed);
    }

    private static Row[] RandomRows(int count)
    {
        var random = new Random(20261122);
        return [.. Enumerable.Range(0, count).Select(_ => Ordinary with
        {
            Count = random.Next(int.MinValue, int.MaxValue),
            MaybeCount = random.Next(3) == 0 ? null : random.Next(-2000, 2000),
            Big = random.NextInt64(int.MinValue, int.MaxValue),
            Ratio = BitConverter.Int64BitsToDouble(random.NextInt64()) is var d && double.IsFinite(d) ? d : random.NextDouble(),
            MaybeRatio = random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
            At = new DateTimeOffset(random.NextInt64(DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero),
            Tone = (Shade)random.Next(2),
        })];
    }
}
