using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Input coercion (spec §3.10, §6.4.1, §5.6): variable JSON values and literals into CLR values.</summary>
public static class InputCoercer
{
    /// <summary>Coerces a JSON-shaped value (dictionaries, lists, string, bool, long, double, null) to a type; throws <see cref="InputCoercionException"/>.</summary>
    public static object? CoerceValue(object? value, GraphQLType type, string path = "")
    {
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                throw new InputCoercionException($"{At(path)}Expected non-nullable type \"{type}\" not to be null.");
            }

            return CoerceValue(value, nonNull.OfType, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is not string and not IReadOnlyDictionary<string, object?> and IEnumerable<object?> items)
                {
                    return items.Select((item, i) => CoerceValue(item, list.OfType, path + "[" + i + "]")).ToList();
                }

                return new List<object?> { CoerceValue(value, list.OfType, path) };
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    throw new InputCoercionException($"{At(path)}Expected type \"{input.Name}\" to be an object.");
                }

                return CoerceObject(input, map, path);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseValue(value), path, type);
            case EnumType enumType:
                return Leaf(() => enumType.ParseValue(value), path, type);
            default:
                throw new InputCoercionException($"{At(path)}Type \"{type}\" is not an input type.");
        }
    }

    /// <summary>Coerces a literal (variables substituted from <paramref name="variables"/>); <see cref="Undefined"/> when a referenced variable is absent.</summary>
    public static object? CoerceLiteral(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name, out var value))
            {
                return Undefined;
            }

            if (value is null && type is NonNullType)
            {
                throw new InputCoercionException($"Expected non-nullable type \"{type}\" not to be null.");
            }

            return value;
        }

        if (type is NonNullType nonNull)
        {
            if (literal is NullValueNode)
            {
                throw new InputCoercionException($"Expected value of type \"{type}\", found null.");
            }

            return CoerceLiteral(literal, nonNull.OfType, variables);
        }

        if (literal is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (literal is ListValueNode items)
                {
                    return items.Values.Select(item =>
                    {
                        var coerced = CoerceLiteral(item, list.OfType, variables);
                        return ReferenceEquals(coerced, Undefined) ? CoerceLiteral(new NullValueNode(), list.OfType, null) : coerced;
                    }).ToList();
                }

                var single = CoerceLiteral(literal, list.OfType, variables);
                return ReferenceEquals(single, Undefined) ? Undefined : new List<object?> { single };
            case InputObjectType input:
                if (literal is not ObjectValueNode objectValue)
                {
                    throw new InputCoercionException($"Expected value of type \"{input.Name}\", found {Printer.Print(literal)}.");
                }

                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in objectValue.Fields)
                {
                    if (!input.Fields.TryGetValue(field.Name, out var definition))
                    {
                        throw new InputCoercionException($"Field \"{field.Name}\" is not defined by type \"{input.Name}\".");
                    }

                    var coerced = CoerceLiteral(field.Value, definition.Type, variables);
                    if (!ReferenceEquals(coerced, Undefined))
                    {
                        map[field.Name] = coerced;
                    }
                }

                return CoerceObject(input, map, string.Empty, alreadyCoerced: true);
            case ScalarType scalar:
                return Leaf(() => scalar.ParseLiteral(literal), string.Empty, type);
            case EnumType enumType:
                return Leaf(() => enumType.ParseLiteral(literal), string.Empty, type);
            default:
                throw new InputCoercionException($"Type \"{type}\" is not an input type.");
        }
    }

    /// <summary>Marks a literal whose variable was not provided (distinct from null).</summary>
    public static object Undefined { get; } = new();

    private static object CoerceObject(InputObjectType input, IReadOnlyDictionary<string, object?> map, string path, bool alreadyCoerced = false)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in map.Keys)
        {
            if (!input.Fields.ContainsKey(key))
            {
                throw new InputCoercionException($"{At(path)}Field \"{key}\" is not defined by type \"{input.Name}\".");
            }
        }

        foreach (var (name, field) in input.Fields)
        {
            if (map.TryGetValue(name, out var value))
            {
                result[name] = alreadyCoerced ? CheckNull(value, field, path) : CoerceValue(value, field.Type, path + "." + name);
            }
            else if (field.HasDefault)
            {
                result[name] = field.DefaultValue;
            }
            else if (field.Type is NonNullType)
            {
                throw new InputCoercionException($"{At(path)}Field \"{name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        if (input.IsOneOf)
        {
            if (result.Count != 1)
            {
                throw new InputCoercionException($"{At(path)}OneOf Input Object \"{input.Name}\" must specify exactly one key.");
            }

            if (result.Values.First() is null)
            {
                throw new InputCoercionException($"{At(path)}Field \"{input.Name}.{result.Keys.First()}\" must be non-null.");
            }
        }

        return input.Factory is null ? result : input.Factory(result);
    }

    private static object? CheckNull(object? value, InputValueDefinition field, string path) =>
        value is null && field.Type is NonNullType
            ? throw new InputCoercionException($"{At(path)}Expected non-nullable type \"{field.Type}\" not to be null.")
            : value;

    private static object? Leaf(Func<object?> parse, string path, GraphQLType type)
    {
        try
        {
            return parse() ?? throw new InputCoercionException($"Expected type \"{type}\".");
        }
        catch (InputCoercionException exception) when (path.Length > 0)
        {
            throw new InputCoercionException($"{At(path)}{exception.Message}");
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException or InvalidCastException)
        {
            throw new InputCoercionException($"{At(path)}Expected type \"{type}\". {exception.Message}");
        }
    }

    private static string At(string path) => path.Length == 0 ? string.Empty : $"At \"{path.TrimStart('.')}\": ";
}
