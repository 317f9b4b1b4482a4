namespace Platform.GraphQL.Authorization;

/// <summary>What a <see cref="FieldRule"/> decided for one resolution of a field: allowed, or denied with an error code and message.</summary>
public sealed record FieldDecision(bool IsAllowed, string? Code, string? Message)
{
    public static FieldDecision Allowed { get; } = new(true, null, null);

    /// <summary>The field resolves to null with an error carrying <paramref name="code"/> as <c>extensions.code</c>.</summary>
    public static FieldDecision Deny(string code, string message) => new(false, code, message);
}
