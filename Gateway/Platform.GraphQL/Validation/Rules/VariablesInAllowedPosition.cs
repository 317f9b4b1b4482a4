using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.8.5 All Variable Usages Are Allowed (IsVariableUsageAllowed, incl. @oneOf fields needing non-null variables).</summary>
public sealed class VariablesInAllowedPosition : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        var definitions = operation.VariableDefinitions.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (variable, locationType, locationHasDefault) in context.VariableUsages(operation))
        {
            if (locationType is null || !definitions.TryGetValue(variable.Name, out var definition))
            {
                continue;
            }

            var variableType = TypeReferences.FromAst(context.Schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(variableType, definition.DefaultValue, locationType, locationHasDefault))
            {
                context.Report($"Variable \"${variable.Name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, variable);
            }
        }
    }

    /// <summary>Checks a oneOf field position: the variable must be non-null there.</summary>
    public override void EnterValue(ValidationContext context, ValueNode value)
    {
        if (value is ObjectValueNode obj && context.InputType?.Nullable is InputObjectType { IsOneOf: true } input)
        {
            foreach (var field in obj.Fields)
            {
                if (field.Value is VariableNode variable && Definition(context, variable.Name) is { } definition && definition.Type is not NonNullTypeNode)
                {
                    context.Report($"Variable \"${variable.Name}\" is of type \"{ValidationContext.Print(definition.Type)}\" but must be non-nullable to be used for OneOf Input Object \"{input.Name}\".", variable);
                }
            }
        }
    }

    private OperationDefinitionNode? _operation;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode operation) => _operation = operation;

    private VariableDefinitionNode? Definition(ValidationContext context, string name) =>
        _operation?.VariableDefinitions.FirstOrDefault(v => v.Name == name);

    private static bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullDefault && !locationHasDefault)
            {
                return false;
            }

            return AreTypesCompatible(variableType, nonNullLocation.OfType);
        }

        return AreTypesCompatible(variableType, locationType);
    }

    private static bool AreTypesCompatible(GraphQLType variableType, GraphQLType locationType)
    {
        if (locationType is NonNullType locationNonNull)
        {
            return variableType is NonNullType variableNonNull && AreTypesCompatible(variableNonNull.OfType, locationNonNull.OfType);
        }

        if (variableType is NonNullType nonNull)
        {
            return AreTypesCompatible(nonNull.OfType, locationType);
        }

        if (locationType is ListType locationList)
        {
            return variableType is ListType variableList && AreTypesCompatible(variableList.OfType, locationList.OfType);
        }

        if (variableType is ListType)
        {
            return false;
        }

        return ReferenceEquals(variableType, locationType);
    }
}
