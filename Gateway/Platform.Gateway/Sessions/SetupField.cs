using Platform.GraphQL.Building;

namespace Platform.Gateway.Sessions;

/// <summary>
/// One setup parameter as the API sees it: its GraphQL name and scalar, how to declare it as an output field (a typed read,
/// so the engine writes the value without boxing it) and how to set it from a coerced input value.
/// </summary>
internal sealed record SetupField<T>(string Name, string Type, Func<ObjectTypeDescriptor<T>, FieldDescriptor> Output, Func<T, object, T> Set, string? Description = null)
{
    public static SetupField<T> Int(string name, Func<T, int> read, Func<T, int, T> set, string? description = null) =>
        new(name, "Int", t => t.Field(name, read), (p, v) => set(p, (int)v), description);

    public static SetupField<T> Float(string name, Func<T, double> read, Func<T, double, T> set, string? description = null) =>
        new(name, "Float", t => t.Field(name, read), (p, v) => set(p, (double)v), description);

    public static SetupField<T> Boolean(string name, Func<T, bool> read, Func<T, bool, T> set, string? description = null) =>
        new(name, "Boolean", t => t.Field(name, read), (p, v) => set(p, (bool)v), description);

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
