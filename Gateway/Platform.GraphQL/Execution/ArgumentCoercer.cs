using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec §6.4.1); literal-only argument maps are cached per prepared operation.</summary>
internal static class ArgumentCoercer
{
    private static readonly IReadOnlyDictionary<string, object?> _empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(RequestContext request, FieldDefinition field, FieldNode node)
    {
        if (field.Arguments.Count == 0)
        {
            return _empty;
        }

        var cache = request.Operation.ArgumentCache;
        if (cache.TryGetValue((node, field), out var cached))
        {
            return cached;
        }

        var (values, usesVariables) = Coerce(field.Arguments, node.Arguments, request.Variables);
        if (!usesVariables)
        {
            cache.TryAdd((node, field), values);
        }

        return values;
    }

    /// <summary>A field's coerced arguments, and whether any of them refers to a variable (so the map may not be reused).</summary>
    public static (IReadOnlyDictionary<string, object?> Values, bool UsesVariables) Coerce(FieldDefinition field, FieldNode node, IReadOnlyDictionary<string, object?> variables) =>
        field.Arguments.Count == 0 ? (_empty, false) : Coerce(field.Arguments, node.Arguments, variables);

    /// <summary>Coerces the arguments given in a field or directive against their definitions.</summary>
    public static (IReadOnlyDictionary<string, object?> Values, bool UsesVariables) Coerce(IReadOnlyDictionary<string, InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> given, IReadOnlyDictionary<string, object?> variables)
    {
        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        var usesVariables = false;
        foreach (var (name, definition) in definitions)
        {
            ArgumentNode? argument = null;
            foreach (var candidate in given)
            {
                if (candidate.Name == name)
                {
                    argument = candidate;
                    break;
                }
            }

            object? value = InputCoercer.Undefined;
            if (argument is not null)
            {
                usesVariables |= ContainsVariable(argument.Value);
                value = InputCoercer.CoerceLiteral(argument.Value, definition.Type, variables);
            }

            if (ReferenceEquals(value, InputCoercer.Undefined))
            {
                if (definition.HasDefault)
                {
                    values[name] = definition.DefaultValue;
                }
                else if (definition.Type is NonNullType)
                {
                    throw new InputCoercionException(argument is null
                        ? $"Argument \"{name}\" of required type \"{definition.Type}\" was not provided."
                        : $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${((VariableNode)argument.Value).Name}\" which was not provided a runtime value.");
                }

                continue;
            }

            values[name] = value;
        }

        return (values, usesVariables);
    }

    private static bool ContainsVariable(ValueNode value) => value switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };
}
