using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>An enum type: a closed set of named values, each bound to a CLR value.</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<object, EnumValueDefinition> _byValue;

    internal EnumType(string name, string? description, IReadOnlyList<EnumValueDefinition> values)
        : base(name, description)
    {
        Values = values;
        ValuesByName = values.ToDictionary(v => v.Name, StringComparer.Ordinal);
        NameWriters = [.. values.Select(v => new Execution.Leaves.EnumNameWriter(v.Name))];
        _byValue = [];
        foreach (var value in values)
        {
            _byValue.TryAdd(value.Value, value);
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public IReadOnlyDictionary<string, EnumValueDefinition> ValuesByName { get; }

    /// <summary>Each value's name pre-encoded for the response, position for position with <see cref="Values"/>.</summary>
    internal IReadOnlyList<Execution.Leaves.EnumNameWriter> NameWriters { get; }

    /// <summary>The enum value name for a resolver's CLR value.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        if (value is string s && ValuesByName.ContainsKey(s))
        {
            return s;
        }

        throw new InputCoercionException($"Enum \"{Name}\" cannot represent value: {value}");
    }

    /// <summary>Coerces a variable value (a JSON string) to the CLR value.</summary>
    public object ParseValue(object value)
    {
        if (value is string s && ValuesByName.TryGetValue(s, out var definition))
        {
            return definition.Value;
        }

        var shown = value is string text ? Printer.PrintString(text) : value.ToString();
        throw new InputCoercionException(value is string
            ? $"Value {shown} does not exist in \"{Name}\" enum."
            : $"Enum \"{Name}\" cannot represent non-string value: {shown}.");
    }

    /// <summary>Coerces an enum literal to the CLR value.</summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is EnumValueNode e && ValuesByName.TryGetValue(e.Value, out var definition))
        {
            return definition.Value;
        }

        var printed = Printer.Print(literal);
        throw new InputCoercionException(literal is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{Name}\" enum."
            : $"Enum \"{Name}\" cannot represent non-enum value: {printed}.");
    }
}
