using System.Text;
using Platform.Gateway.Time;
using Platform.GraphQL.Building;
using Platform.GraphQL.Requests;
using Platform.GraphQL.Serialization;

namespace Platform.Gateway.Tests.Time;

/// <summary>The DateTime scalar's UTF-8 writer (used for typed reads) writes exactly what its serialiser gives.</summary>
public sealed class DateTimeScalarTests
{
    private sealed record Stamped(DateTimeOffset At, DateTimeOffset? MaybeAt);

    [Fact]
    public async Task Written_date_times_equal_the_serialised_ones_for_random_boundary_and_offset_values()
    {
        var random = new Random(42);
        var values = new List<DateTimeOffset>
        {
            DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.UnixEpoch, new(2026, 11, 22, 4, 30, 15, 999, TimeSpan.Zero),
            new(2026, 3, 29, 1, 59, 59, 999, TimeSpan.FromHours(5.75)), new DateTimeOffset(2000, 2, 29, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
        };
        values.AddRange(Enumerable.Range(0, 500).Select(_ => new DateTimeOffset(random.NextInt64(DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero)));
        var rows = values.Select((v, i) => new Stamped(v, i % 3 == 0 ? null : v)).ToList();

        var written = await JsonAsync(rows, typed: true);
        var serialised = await JsonAsync(rows, typed: false);

        Assert.Equal(serialised, written);
        Assert.Contains("""{"at":"0001-01-01T00:00:00.000Z","maybeAt":null},{"at":"9999-12-31T23:59:59.999Z","maybeAt":"9999-12-31T23:59:59.999Z"}""", written);
        Assert.Contains("""{"at":"2026-03-28T20:14:59.999Z","maybeAt":"2026-03-28T20:14:59.999Z"}""", written);
        Assert.Contains("""{"at":"2000-02-29T23:59:59.999Z","maybeAt":"2000-02-29T23:59:59.999Z"}""", written);
    }

    /// <summary>The rows through typed parent reads (the scalar's writer) or through resolvers (its serialiser).</summary>
    private static async Task<string> JsonAsync(List<Stamped> rows, bool typed)
    {
        var builder = new SchemaBuilder();
        builder.Scalar(DateTimeScalar.Type);
        builder.Object<Stamped>("Stamped", t =>
        {
            (typed ? t.Field("at", s => s.At) : t.Field("at").Resolve(c => c.Parent<Stamped>().At)).Type("DateTime!");
            (typed ? t.Field("maybeAt", s => s.MaybeAt) : t.Field("maybeAt").Resolve(c => c.Parent<Stamped>().MaybeAt)).Type("DateTime");
        });
        builder.Query(q => q.Field("rows").Type("[Stamped!]!").Resolve(_ => rows));
        var result = await new GraphQLEngine(builder.Build()).ExecuteAsync(new GraphQLRequest { Query = "{ rows { at maybeAt } }" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Empty(result.Errors);
        return Encoding.UTF8.GetString(ResultWriter.ToUtf8(result));
    }
}
