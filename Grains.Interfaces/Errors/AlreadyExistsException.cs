namespace Platform.Grains.Errors;

/// <summary>Creating an object whose id is already taken.</summary>
public sealed class AlreadyExistsException(string kind, string id)
    : DomainException("ALREADY_EXISTS", $"{kind} '{id}' already exists.")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}
