using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNames : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode value)
    {
        if (value is not ObjectValueNode obj)
        {
            return;
        }

        foreach (var group in obj.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            context.Report($"There can be only one input field named \"{group.Key}\".", [.. group]);
        }
    }
}
