using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation.Rules;

namespace Platform.GraphQL.Validation;

/// <summary>Validates an executable document against a schema with every rule of the spec's Validation section (§5).</summary>
public static class DocumentValidator
{
    /// <summary>The specified rules, in graphql-js order; pass extra rules (depth, cost) to <see cref="Validate"/>.</summary>
    public static IReadOnlyList<Func<ValidationRule>> SpecifiedRules { get; } =
    [
        () => new ExecutableDefinitions(),
        () => new UniqueOperationNames(),
        () => new LoneAnonymousOperation(),
        () => new SingleFieldSubscriptions(),
        () => new KnownOperationTypes(),
        () => new KnownTypeNames(),
        () => new FragmentsOnCompositeTypes(),
        () => new VariablesAreInputTypes(),
        () => new ScalarLeafs(),
        () => new FieldsOnCorrectType(),
        () => new UniqueFragmentNames(),
        () => new KnownFragmentNames(),
        () => new NoUnusedFragments(),
        () => new PossibleFragmentSpreads(),
        () => new NoFragmentCycles(),
        () => new UniqueVariableNames(),
        () => new NoUndefinedVariables(),
        () => new NoUnusedVariables(),
        () => new KnownDirectives(),
        () => new UniqueDirectivesPerLocation(),
        () => new KnownArgumentNames(),
        () => new UniqueArgumentNames(),
        () => new ValuesOfCorrectType(),
        () => new ProvidedRequiredArguments(),
        () => new VariablesInAllowedPosition(),
        () => new OverlappingFieldsCanBeMerged(),
        () => new UniqueInputFieldNames(),
    ];

    /// <summary>Returns the validation errors (empty when the document is valid), at most <paramref name="maxErrors"/>.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, int maxErrors = 100, IEnumerable<ValidationRule>? extraRules = null)
    {
        var context = new ValidationContext(schema, document, maxErrors);
        var rules = SpecifiedRules.Select(create => create()).Concat(extraRules ?? []).ToList();
        new DocumentWalker(context, rules).Walk(document);
        return context.Errors;
    }
}
