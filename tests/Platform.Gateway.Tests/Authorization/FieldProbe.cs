namespace Platform.Gateway.Tests.Authorization;

/// <summary>
/// How the tenancy matrix exercises one root field: a document taking the target as <c>$id</c>, the target (from the
/// objects seeded for each caller), an id of the same kind naming nothing, and the outcome expected for each caller.
/// <see cref="Indistinguishable"/> marks fields whose answer for a visible but empty target equals the unknown answer
/// (e.g. a grid without targets), so "allowed" is checked by the absence of an authorization error alone.
/// </summary>
public sealed record FieldProbe(string Field, string Document, Func<MatrixTarget, string> Target, string UnknownId, IReadOnlyDictionary<MatrixCaller, Outcome> Expected)
{
    /// <summary>A variant name when a field has several probes (e.g. READ and WRITE grants).</summary>
    public string? Variant { get; init; }

    public bool Indistinguishable { get; init; }

    public bool IsSubscription => Document.TrimStart().StartsWith("subscription", StringComparison.Ordinal);

    public override string ToString() => Variant is null ? Field : $"{Field} ({Variant})";
}
