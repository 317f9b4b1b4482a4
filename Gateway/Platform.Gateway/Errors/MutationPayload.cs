namespace Platform.Gateway.Errors;

/// <summary>What every mutation returns: the changed object (null when nothing changed) and the typed user errors.</summary>
public sealed record MutationPayload<T>(T? Value, IReadOnlyList<object> Errors)
    where T : class
{
    public static MutationPayload<T> Success(T value) => new(value, []);
}
