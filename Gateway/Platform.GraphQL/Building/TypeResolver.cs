using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Resolves type names written in descriptors against the types being built, recording errors.</summary>
internal sealed class TypeResolver(Dictionary<string, NamedType> types, List<string> errors)
{
    private static readonly NamedType _placeholder = BuiltInScalars.String;

    private readonly List<(InputValueDefinition Definition, string Where)> _defaults = [];

    public List<string> Errors { get; } = errors;

    public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

    public GraphQLType Output(string? text, string where)
    {
        if (text is null)
        {
            Errors.Add($"Field \"{where}\" has no type; call .Type(\"...\").");
            return _placeholder;
        }

        return Resolve(text, where);
    }

    public GraphQLType Resolve(string text, string where)
    {
        TypeNode node;
        try
        {
            node = Parser.ParseType(text);
        }
        catch (GraphQLSyntaxException exception)
        {
            Errors.Add($"The type \"{text}\" of \"{where}\" is not a valid type reference: {exception.Message}");
            return _placeholder;
        }

        var type = TypeReferences.FromAst(node, name =>
        {
            Referenced.Add(name);
            return types.GetValueOrDefault(name);
        });
        if (type is null)
        {
            Errors.Add($"Unknown type \"{text}\" referenced by \"{where}\".");
            return _placeholder;
        }

        return type;
    }

    public OrderedDictionary<string, InputValueDefinition> Arguments(List<ArgumentDescriptor> arguments, string owner)
    {
        var map = new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var where = $"{owner}({argument.Name}:)";
            if (map.ContainsKey(argument.Name))
            {
                Errors.Add($"Argument \"{where}\" can only be defined once.");
                continue;
            }

            var type = Resolve(argument.TypeText, where);
            ValueNode? literal = null;
            object? value = null;
            if (argument.DefaultText is not null)
            {
                try
                {
                    literal = Parser.ParseValue(argument.DefaultText);
                }
                catch (GraphQLSyntaxException exception)
                {
                    Errors.Add($"The default value of \"{where}\" is invalid: {exception.Message}");
                }
            }

            var definition = new InputValueDefinition(argument.Name, argument.DescriptionText, type, literal, value, argument.DeprecationReason);
            if (literal is not null)
            {
                _defaults.Add((definition, where));
            }

            map.Add(argument.Name, definition);
        }

        return map;
    }

    /// <summary>
    /// Coerces every default value once all types are complete. Input object field defaults go first, nested types before
    /// the types that contain them, so a default like <c>{ genre: SCIENCE }</c> picks up the defaults of the fields it omits.
    /// </summary>
    public void CoerceDefaults()
    {
        var pending = _defaults.ToDictionary(d => d.Definition, d => d.Where);
        var visited = new HashSet<InputObjectType>();
        foreach (var input in types.Values.OfType<InputObjectType>())
        {
            CoerceInputType(input, pending, visited);
        }

        foreach (var (definition, where) in pending)
        {
            CoerceDefault(definition, where);
        }

        _defaults.Clear();
    }

    private void CoerceInputType(InputObjectType input, Dictionary<InputValueDefinition, string> pending, HashSet<InputObjectType> visited)
    {
        if (!visited.Add(input))
        {
            return;
        }

        foreach (var field in input.Fields.Values)
        {
            if (field.Type.Named is InputObjectType nested)
            {
                CoerceInputType(nested, pending, visited);
            }

            if (pending.Remove(field, out var where))
            {
                CoerceDefault(field, where);
            }
        }
    }

    private void CoerceDefault(InputValueDefinition definition, string where)
    {
        if (!definition.Type.IsInputType)
        {
            return;
        }

        try
        {
            var value = InputCoercer.CoerceLiteral(definition.DefaultLiteral!, definition.Type, null);
            if (ReferenceEquals(value, InputCoercer.Undefined))
            {
                Errors.Add($"The default value of \"{where}\" may not use variables.");
            }

            definition.DefaultValue = value;
        }
        catch (Types.InputCoercionException exception)
        {
            Errors.Add($"The default value of \"{where}\" is invalid: {exception.Message}");
        }
    }

    public List<InterfaceType> Interfaces(List<string> names, string owner)
    {
        var result = new List<InterfaceType>();
        foreach (var name in names.Distinct())
        {
            if (types.GetValueOrDefault(name) is InterfaceType iface)
            {
                result.Add(iface);
            }
            else
            {
                Errors.Add($"Type {owner} must only implement Interface types, it cannot implement {name}.");
            }
        }

        return result;
    }

    public List<ObjectType> Members(List<string> names, string owner)
    {
        var result = new List<ObjectType>();
        foreach (var name in names)
        {
            if (types.GetValueOrDefault(name) is ObjectType member)
            {
                if (result.Contains(member))
                {
                    Errors.Add($"Union type {owner} can only include type {name} once.");
                }
                else
                {
                    result.Add(member);
                }
            }
            else
            {
                Errors.Add($"Union type {owner} can only include Object types, it cannot include {name}.");
            }
        }

        return result;
    }
}
