namespace Platform.Grains.Errors;

/// <summary>The object does not exist (or, to its caller, must look as if it did not).</summary>
public sealed class NotFoundException(string kind, string id)
    : DomainException("NOT_FOUND", $"{kind} '{id}' was not found.")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}
