using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Printing;

/// <summary>
/// Prints an input value's default as graphql-js does (<c>print(astFromValue(value, type))</c>): from the coerced value, so
/// introspection and SDL show the canonical form (e.g. input object fields with their defaults filled in).
/// </summary>
public static partial class DefaultValuePrinter
{
    public static string? Print(InputValueDefinition definition)
    {
        if (definition.DefaultLiteral is null)
        {
            return null;
        }

        return FromValue(definition.DefaultValue, definition.Type) is { } ast ? Printer.PrintValue(ast) : Printer.PrintValue(definition.DefaultLiteral);
    }

    /// <summary>The literal for a coerced value, or null when it cannot be expressed (e.g. an input object built by a factory).</summary>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return value is null ? null : FromValue(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (FromValue(item, list.OfType) is not { } node)
                        {
                            return null;
                        }

                        nodes.Add(node);
                    }

                    return new ListValueNode(nodes);
                }

                return FromValue(value, list.OfType);
            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var (name, field) in input.Fields)
                {
                    if (map.TryGetValue(name, out var fieldValue))
                    {
                        if (FromValue(fieldValue, field.Type) is not { } node)
                        {
                            return null;
                        }

                        fields.Add(new ObjectFieldNode(name, node));
                    }
                }

                return new ObjectValueNode(fields);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return Scalar(scalar, scalar.Serialize(value));
            default:
                return null;
        }
    }

    private static ValueNode? Scalar(ScalarType scalar, object? serialized) => serialized switch
    {
        bool b => new BooleanValueNode(b),
        int or long => new IntValueNode(((IFormattable)serialized).ToString(null, CultureInfo.InvariantCulture)),
        double d when double.IsFinite(d) => d == Math.Floor(d) && Math.Abs(d) < 1e21
            ? new IntValueNode(d.ToString("0", CultureInfo.InvariantCulture))
            : new FloatValueNode(d.ToString("R", CultureInfo.InvariantCulture)),
        string s when ReferenceEquals(scalar, BuiltInScalars.Id) && IntegerString().IsMatch(s) => new IntValueNode(s),
        string s => new StringValueNode(s, false),
        _ => null,
    };

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
