using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec §6.1.2): request variables against the operation's variable definitions.</summary>
internal static class VariableCoercer
{
    public static (IReadOnlyDictionary<string, object?> Values, List<GraphQLError> Errors) Coerce(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?>? inputs)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var type = TypeReferences.FromAst(schema, definition.Type);
            var locations = definition.Location is { } l ? new[] { l } : null;
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.WithCode($"Variable \"${definition.Name}\" expected value of type \"{Language.Printer.Print(definition.Type)}\" which cannot be used as an input type.", ErrorCodes.BadUserInput, locations));
                continue;
            }

            object? value = null;
            var provided = inputs is not null && inputs.TryGetValue(definition.Name, out value);
            try
            {
                if (!provided && definition.DefaultValue is not null)
                {
                    values[definition.Name] = InputCoercer.CoerceLiteral(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType && (!provided || value is null))
                {
                    errors.Add(GraphQLError.WithCode(
                        provided
                            ? $"Variable \"${definition.Name}\" of non-null type \"{type}\" must not be null."
                            : $"Variable \"${definition.Name}\" of required type \"{type}\" was not provided.",
                        ErrorCodes.BadUserInput,
                        locations));
                }
                else if (provided)
                {
                    values[definition.Name] = InputCoercer.CoerceValue(value, type);
                }
            }
            catch (InputCoercionException exception)
            {
                errors.Add(GraphQLError.WithCode($"Variable \"${definition.Name}\" got invalid value {(value is IReadOnlyDictionary<string, object?> or IList<object?> ? "{...}" : BuiltInScalars.Show(value))}; {exception.Message}", ErrorCodes.BadUserInput, locations));
            }
        }

        return (values, errors);
    }
}
