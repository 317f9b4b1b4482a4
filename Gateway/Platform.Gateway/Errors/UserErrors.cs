using Platform.Grains.Errors;

namespace Platform.Gateway.Errors;

/// <summary>
/// The one place domain exceptions become typed user errors: each <see cref="InvalidInputException"/> field becomes a
/// <c>ValidationError</c>; not-found, invalid-state, scope-locked and already-exists keep their own types.
/// </summary>
public static class UserErrors
{
    public static IReadOnlyList<object> From(DomainException exception) => exception switch
    {
        InvalidInputException invalid => [.. invalid.Errors],
        _ => [exception],
    };

    /// <summary>Runs a mutation; a domain exception (the grain changed nothing) becomes the payload's errors.</summary>
    public static async Task<MutationPayload<T>> RunAsync<T>(Func<Task<T>> mutation)
        where T : class
    {
        try
        {
            return MutationPayload<T>.Success(await mutation().ConfigureAwait(false));
        }
        catch (DomainException exception)
        {
            return new MutationPayload<T>(null, From(exception));
        }
    }
}
