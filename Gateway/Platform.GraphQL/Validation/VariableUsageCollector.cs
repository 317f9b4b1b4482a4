using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Validation;

/// <summary>Finds every variable an operation uses, directly or via fragments, with the type expected at each use.</summary>
internal sealed class VariableUsageCollector : ValidationRule
{
    private readonly List<(VariableNode Variable, GraphQLType? Type, bool HasDefault)> _usages = [];

    public static List<(VariableNode Variable, GraphQLType? Type, bool HasDefault)> Collect(ValidationContext outer, OperationDefinitionNode operation)
    {
        var collector = new VariableUsageCollector();
        var context = new ValidationContext(outer.Schema, outer.Document, int.MaxValue);
        var walker = new DocumentWalker(context, [collector]);
        walker.WalkDefinition(operation with { VariableDefinitions = [] });
        foreach (var fragment in outer.RecursivelyReferencedFragments(operation.SelectionSet))
        {
            walker.WalkDefinition(fragment);
        }

        return collector._usages;
    }

    public override void EnterValue(ValidationContext context, ValueNode value)
    {
        if (value is VariableNode variable)
        {
            _usages.Add((variable, context.InputType, context.LocationHasDefault));
        }
    }
}
