using System.Globalization;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The five scalars the spec defines (§3.5): Int, Float, String, Boolean and ID.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new(
        "Int", SerializeInt, ParseIntValue, ParseIntLiteral,
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    public static ScalarType Float { get; } = new(
        "Float", SerializeFloat, ParseFloatValue, ParseFloatLiteral,
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    public static ScalarType String { get; } = new(
        "String", SerializeString,
        v => v as string ?? throw new InputCoercionException($"String cannot represent a non string value: {Show(v)}"),
        l => l is StringValueNode s ? s.Value : throw new InputCoercionException($"String cannot represent a non string value: {Printer.Print(l)}"),
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    public static ScalarType Boolean { get; } = new(
        "Boolean", SerializeBoolean,
        v => v is bool b ? b : throw new InputCoercionException($"Boolean cannot represent a non boolean value: {Show(v)}"),
        l => l is BooleanValueNode b ? b.Value : throw new InputCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(l)}"),
        "The `Boolean` scalar type represents `true` or `false`.");

    public static ScalarType Id { get; } = new(
        "ID", SerializeId, ParseIdValue,
        l => l switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new InputCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(l)}"),
        },
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    /// <summary>All five, in the order introspection lists them.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, Id];

    /// <summary>Shows an input value in error messages the way graphql-js inspects it.</summary>
    internal static string Show(object? value) => value switch
    {
        null => "null",
        string s => Printer.PrintString(s),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static object SerializeInt(object value)
    {
        if (value is int)
        {
            return value;
        }

        double number = value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            uint u => u,
            double d => d,
            float f => f,
            decimal m => (double)m,
            bool b => b ? 1 : 0,
            _ => throw new InputCoercionException($"Int cannot represent non-integer value: {Show(value)}"),
        };
        if (number != Math.Floor(number) || double.IsInfinity(number))
        {
            throw new InputCoercionException($"Int cannot represent non-integer value: {Show(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new InputCoercionException($"Int cannot represent non 32-bit signed integer value: {Show(value)}");
        }

        return (int)number;
    }

    private static object ParseIntValue(object value) =>
        value is long or int or double ? SerializeInt(value) : throw new InputCoercionException($"Int cannot represent non-integer value: {Show(value)}");

    private static object ParseIntLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode i)
        {
            throw new InputCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InputCoercionException($"Int cannot represent non 32-bit signed integer value: {i.Value}");
    }

    private static object SerializeFloat(object value)
    {
        if (value is double already && double.IsFinite(already))
        {
            return value;
        }

        double number = value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            decimal m => (double)m,
            short s => s,
            byte b => b,
            bool b => b ? 1 : 0,
            _ => throw new InputCoercionException($"Float cannot represent non numeric value: {Show(value)}"),
        };
        return double.IsFinite(number) ? number : throw new InputCoercionException($"Float cannot represent non numeric value: {Show(value)}");
    }

    private static object ParseFloatValue(object value) =>
        value is long or int or double ? SerializeFloat(value) : throw new InputCoercionException($"Float cannot represent non numeric value: {Show(value)}");

    private static object ParseFloatLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new InputCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) ? number : throw new InputCoercionException($"Float cannot represent non numeric value: {text}");
    }

    private static object SerializeString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Enum e => e.ToString(),
        IFormattable f when value is int or long or double or float or decimal or short or byte => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new InputCoercionException($"String cannot represent value: {Show(value)}"),
    };

    private static object SerializeBoolean(object value) => value switch
    {
        bool => value,
        int i => i != 0,
        long l => l != 0,
        double d when double.IsFinite(d) => d != 0,
        _ => throw new InputCoercionException($"Boolean cannot represent a non boolean value: {Show(value)}"),
    };

    private static object SerializeId(object value) => value switch
    {
        string s => s,
        int or long or short or byte or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new InputCoercionException($"ID cannot represent value: {Show(value)}"),
    };

    private static object ParseIdValue(object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when d == Math.Floor(d) && double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new InputCoercionException($"ID cannot represent value: {Show(value)}"),
    };
}
