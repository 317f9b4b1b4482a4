namespace Platform.Gateway.Sessions;

/// <summary>One setup parameter as the API sees it: its GraphQL name and scalar, how to read it and how to set it.</summary>
internal sealed record SetupField<T>(string Name, string Type, Func<T, object> Read, Func<T, object, T> Set, string? Description = null)
{
    public static T Apply(IEnumerable<SetupField<T>> fields, T current, IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return current;
        }

        foreach (var field in fields)
        {
            if (input.GetValueOrDefault(field.Name) is { } value)
            {
                current = field.Set(current, value);
            }
        }

        return current;
    }
}
