using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation;

/// <summary>One rule of the spec's Validation section; the walker calls the hooks it overrides, with type information in the context.</summary>
public abstract class ValidationRule
{
    public virtual void EnterDocument(ValidationContext context, DocumentNode document)
    {
    }

    public virtual void LeaveDocument(ValidationContext context, DocumentNode document)
    {
    }

    public virtual void EnterOperation(ValidationContext context, OperationDefinitionNode operation)
    {
    }

    public virtual void LeaveOperation(ValidationContext context, OperationDefinitionNode operation)
    {
    }

    public virtual void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode fragment)
    {
    }

    public virtual void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode variable)
    {
    }

    public virtual void EnterSelectionSet(ValidationContext context, SelectionSetNode selectionSet)
    {
    }

    public virtual void EnterField(ValidationContext context, FieldNode field)
    {
    }

    public virtual void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode spread)
    {
    }

    public virtual void EnterInlineFragment(ValidationContext context, InlineFragmentNode fragment)
    {
    }

    /// <summary>A directive application; <paramref name="location"/> is where it appears, <paramref name="siblings"/> all directives there.</summary>
    public virtual void EnterDirective(ValidationContext context, DirectiveNode directive, Types.DirectiveLocation location, IReadOnlyList<DirectiveNode> siblings)
    {
    }

    /// <summary>The arguments given to a field or directive (the definition is in the context).</summary>
    public virtual void EnterArguments(ValidationContext context, SyntaxNode owner, IReadOnlyList<ArgumentNode> arguments)
    {
    }

    /// <summary>Any value node, literal or variable, with its expected input type in the context.</summary>
    public virtual void EnterValue(ValidationContext context, ValueNode value)
    {
    }
}
