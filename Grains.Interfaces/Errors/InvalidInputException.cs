namespace Platform.Grains.Errors;

/// <summary>Input failed validation; <see cref="Errors"/> names every offending field.</summary>
public sealed class InvalidInputException(IReadOnlyList<FieldError> errors)
    : DomainException("INVALID_INPUT", string.Join("; ", errors.Select(e => $"{e.Field}: {e.Reason}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static void ThrowIfAny(IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
