namespace Platform.GraphQL.Types;

/// <summary>The schema a builder describes breaks the spec's type system rules; lists every problem.</summary>
public sealed class SchemaValidationException(IReadOnlyList<string> errors)
    : Exception("Invalid schema:\n" + string.Join("\n", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
