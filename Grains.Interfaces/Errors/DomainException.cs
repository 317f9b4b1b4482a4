namespace Platform.Grains.Errors;

/// <summary>
/// Base of errors a user can act on. Each carries a stable <see cref="Code"/> the API exposes as the
/// typed user error; a grain that throws one has changed nothing.
/// </summary>
public abstract class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
