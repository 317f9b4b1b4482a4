using Platform.Runtime;

namespace Platform.Grains.Errors;

/// <summary>One invalid input: the field (as the API names it) and why, in words a user can act on.</summary>
[Immutable]
public sealed record FieldError(string Field, string Reason);
