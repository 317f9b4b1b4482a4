using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Building;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Execution.Leaves;

/// <summary>
/// One schema shape declared twice over the same rows: with typed parent reads (<c>t.Field(name, r => r.X)</c>, read without
/// boxing) and with resolvers returning the same values boxed (the general path), so their responses can be compared byte for byte.
/// </summary>
public static class LeafSchemas
{
    public enum Shade
    {
        Light,
        DarkGrey,
        Unlisted = 7,
    }

    /// <summary>Every leaf kind the typed path reads, plus cases it must hand to the serialisers.</summary>
    public sealed record Row(
        int Count, int? MaybeCount, long Big, long? MaybeBig, double Ratio, double? MaybeRatio, bool Flag, bool? MaybeFlag,
        DateTimeOffset At, DateTimeOffset? MaybeAt, string Name, string? MaybeName, string Key, Shade Tone, Shade? MaybeTone);

    /// <summary>The field list both schemas declare (name, type, read); leaves every query below selects.</summary>
    public const string AllLeaves = "count maybeCount big maybeBig ratio maybeRatio flag maybeFlag at maybeAt name maybeName key tone maybeTone stamp countAsFloat flagAsInt bigAsLong";

    /// <summary>A DateTime-like scalar with a UTF-8 writer (as the platform's): yyyy-MM-ddTHH:mm:ss.fffZ, in UTC.</summary>
    public static ScalarType Instant { get; } = new ScalarType(
        "Instant",
        v => v is DateTimeOffset d ? d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : throw new InputCoercionException("Instant cannot represent a non date-time value."),
        v => v,
        l => ((StringValueNode)l).Value).WriteWith<DateTimeOffset>((writer, value) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));

    /// <summary>A scalar without a writer: Unix milliseconds of a date-time (the typed path must leave it to the serialiser).</summary>
    public static ScalarType Stamp { get; } = new("Stamp", v => ((DateTimeOffset)v).ToUnixTimeMilliseconds(), v => v, l => l);

    /// <summary>A 64-bit integer scalar with a writer.</summary>
    public static ScalarType Long { get; } = new ScalarType("Long", v => (long)v, v => v, l => l).WriteWith<long>((writer, value) => writer.WriteNumberValue(value));

    public static Schema Build(bool typed, IReadOnlyList<Row> rows)
    {
        var builder = new SchemaBuilder();
        builder.Scalar(Instant);
        builder.Scalar(Stamp);
        builder.Scalar(Long);
        builder.Enum("Shade", e => e.Values<Shade>());
        builder.Object<Row>("Row", t =>
        {
            Leaf(t, typed, "count", "Int!", r => r.Count);
            Leaf(t, typed, "maybeCount", "Int", r => r.MaybeCount);
            Leaf(t, typed, "big", "Int!", r => r.Big);
            Leaf(t, typed, "maybeBig", "Int", r => r.MaybeBig);
            Leaf(t, typed, "ratio", "Float!", r => r.Ratio);
            Leaf(t, typed, "maybeRatio", "Float", r => r.MaybeRatio);
            Leaf(t, typed, "flag", "Boolean!", r => r.Flag);
            Leaf(t, typed, "maybeFlag", "Boolean", r => r.MaybeFlag);
            Leaf(t, typed, "at", "Instant!", r => r.At);
            Leaf(t, typed, "maybeAt", "Instant", r => r.MaybeAt);
            Leaf(t, typed, "name", "String!", r => r.Name);
            Leaf(t, typed, "maybeName", "String", r => r.MaybeName);
            Leaf(t, typed, "key", "ID!", r => r.Key);
            Leaf(t, typed, "tone", "Shade!", r => r.Tone);
            Leaf(t, typed, "maybeTone", "Shade", r => r.MaybeTone);
            Leaf(t, typed, "stamp", "Stamp!", r => r.At);
            Leaf(t, typed, "countAsFloat", "Float!", r => r.Count);
            Leaf(t, typed, "flagAsInt", "Int!", r => r.Flag);
            Leaf(t, typed, "bigAsLong", "Long!", r => r.Big);
            Leaf(t, typed, "throws", "Int", r => r.Count > int.MinValue ? throw new InvalidOperationException("read failed") : r.Count);
        });
        // Each row completed after its own thread-pool hop, so objects reserve their leaf bits from concurrent threads.
        builder.Object<Row>("Later", t => t.Field("row").Type("Row!").Resolve(async context =>
        {
            await Task.Yield();
            return context.Parent<Row>();
        }));
        builder.Query(q =>
        {
            q.Field("later").Type("[Later!]!").Resolve(_ => rows);
            q.Field("rows").Type("[Row!]!").Resolve(_ => rows);
            q.Field("maybeRows").Type("[Row!]").Resolve(_ => rows);
            q.Field("row").Type("Row").Resolve(_ => rows[0]);
        });
        return builder.Build();
    }

    /// <summary>A typed parent read, or the same value through a resolver (boxed).</summary>
    private static void Leaf<TResult>(ObjectTypeDescriptor<Row> type, bool typed, string name, string graphQLType, Func<Row, TResult> read)
    {
        var field = typed ? type.Field(name, read) : type.Field(name).Resolve(context => read(context.Parent<Row>()));
        field.Type(graphQLType);
    }

    /// <summary>The response of <paramref name="query"/> from both schemas over <paramref name="rows"/>: (typed, boxed).</summary>
    public static async Task<(string Typed, string Boxed)> BothAsync(string query, params Row[] rows) =>
        (await Run.JsonAsync(Build(typed: true, rows), query), await Run.JsonAsync(Build(typed: false, rows), query));

    /// <summary>A row with ordinary values in every field.</summary>
    public static Row Ordinary { get; } = new(
        7, 1024, 1L << 30, -5, 0.1, 2.5e-8, true, false, new DateTimeOffset(2026, 11, 22, 4, 30, 15, 123, TimeSpan.Zero).AddTicks(4567),
        new DateTimeOffset(1999, 1, 2, 3, 4, 5, TimeSpan.Zero), "Grid \"A\" – ü <b>", "x", "id-1", Shade.DarkGrey, Shade.Light);

    /// <summary>Nulls in every nullable field.</summary>
    public static Row Nulls { get; } = Ordinary with { MaybeCount = null, MaybeBig = null, MaybeRatio = null, MaybeFlag = null, MaybeAt = null, MaybeName = null, MaybeTone = null };

    /// <summary>Boundary values every kind must write exactly as the boxed path.</summary>
    public static Row Extremes { get; } = new(
        int.MinValue, int.MaxValue, int.MaxValue, int.MinValue, double.MaxValue, -0.0, false, true, DateTimeOffset.MinValue, DateTimeOffset.MaxValue,
        string.Empty, "\u0001\n\t\\", "0", Shade.Light, Shade.DarkGrey) { };

    /// <summary>A date-time with a non-UTC offset (kept by the serialiser, not the slot).</summary>
    public static Row Offset { get; } = Ordinary with { At = new DateTimeOffset(2026, 3, 29, 1, 59, 59, 999, TimeSpan.FromHours(-9.5)), MaybeAt = new DateTimeOffset(2026, 3, 29, 1, 59, 59, TimeSpan.FromHours(14)) };

    public static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.GetProperty("data");
}
