using System.Text.Json;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Tests.Authorization;

/// <summary>
/// The tenancy matrix (issue 4): every root field of the schema, run as each of eight callers against lab-a's objects,
/// is allowed or denied as <see cref="ProbeTable"/> says; a denial changes nothing, and another facility's (or group's, or
/// microscope's) object answers exactly like an unknown id. A root field missing from the table fails the first test.
/// </summary>
public sealed class TenancyMatrixTests(TenancyMatrixFixture fixture) : IClassFixture<TenancyMatrixFixture>
{
    public static TheoryData<string> Probes => [.. ProbeTable.All.Select(p => p.ToString())];

    [Fact]
    public void Every_root_field_has_an_entry_in_the_matrix_and_every_entry_names_a_root_field()
    {
        var schema = PlatformGraphQL.Describe(new SchemaBuilder()).Build();
        var roots = new[] { schema.Query, schema.Mutation, schema.Subscription }.OfType<GraphQL.Types.ObjectType>()
            .SelectMany(t => t.Fields.Keys).Where(name => !name.StartsWith("__", StringComparison.Ordinal)).ToHashSet();
        var probed = ProbeTable.All.Select(p => p.Field).ToHashSet();

        var missing = roots.Except(probed).Order().ToList();
        Assert.True(missing.Count == 0, $"root fields without a tenancy-matrix entry: {string.Join(", ", missing)}");
        Assert.Empty(probed.Except(roots));
        Assert.All(ProbeTable.All, p => Assert.Equal(MatrixCaller.All.Count, p.Expected.Count));
    }

    [Theory]
    [MemberData(nameof(Probes))]
    public async Task Each_caller_is_allowed_or_denied_as_the_rules_say_and_a_denial_changes_nothing(string probeName)
    {
        var probe = ProbeTable.All.Single(p => p.ToString() == probeName);
        var failures = new List<string>();
        foreach (var caller in MatrixCaller.All)
        {
            var target = await fixture.SeedTargetAsync();
            var id = probe.Target(target);
            var (unknown, _) = await fixture.RunAsync(caller, probe, probe.UnknownId, id, probe.UnknownId);
            var before = await fixture.SnapshotAsync(target);
            var (answer, response) = await fixture.RunAsync(caller, probe, id, id, probe.UnknownId);
            var after = await fixture.SnapshotAsync(target);
            var codes = ErrorCodesOf(response, probe.Field);
            var expected = probe.Expected[caller];
            var problem = expected switch
            {
                Outcome.Allowed when codes.Overlaps([ErrorCodes.Unauthenticated, ErrorCodes.Forbidden]) => $"denied ({string.Join(", ", codes)})",
                Outcome.Allowed when !probe.Indistinguishable && answer == unknown => "answered as for an unknown id",
                Outcome.Unauthenticated or Outcome.Forbidden when !codes.Contains(expected == Outcome.Forbidden ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated) || !IsNull(response, probe.Field) =>
                    $"not a null field with {expected} (codes: {string.Join(", ", codes)})",
                Outcome.AsUnknown when answer != unknown => $"differs from the unknown-id answer {unknown}",
                not Outcome.Allowed when before != after => "the denied call changed the state",
                _ => null,
            };
            if (problem is not null)
            {
                failures.Add($"{probe} as {caller}: expected {expected}, but {problem}; response: {answer}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The <c>extensions.code</c> of every error on the field's path (or of request errors).</summary>
    private static HashSet<string> ErrorCodesOf(JsonElement response, string field) =>
        response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray()
                .Where(e => !e.TryGetProperty("path", out var path) || path[0].GetString() == field)
                .Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var code) ? code.GetString() ?? "" : "")
                .ToHashSet()
            : [];

    private static bool IsNull(JsonElement response, string field) =>
        !response.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null
        || !data.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null;
}
