using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>The directives every schema has: @include, @skip, @deprecated, @specifiedBy and @oneOf.</summary>
public static class SpecifiedDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static DirectiveDefinition Include { get; } = new(
        "include",
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments(new InputValueDefinition("if", "Included when true.", new NonNullType(BuiltInScalars.Boolean), null, null, null)),
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false);

    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments(new InputValueDefinition("if", "Skipped when true.", new NonNullType(BuiltInScalars.Boolean), null, null, null)),
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        isRepeatable: false);

    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        "Marks an element of a GraphQL schema as no longer supported.",
        Arguments(new InputValueDefinition(
            "reason",
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            BuiltInScalars.String,
            new StringValueNode(DefaultDeprecationReason, false),
            DefaultDeprecationReason,
            null)),
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        isRepeatable: false);

    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        "Exposes a URL that specifies the behavior of this scalar.",
        Arguments(new InputValueDefinition("url", "The URL that specifies the behavior of this scalar.", new NonNullType(BuiltInScalars.String), null, null, null)),
        [DirectiveLocation.Scalar],
        isRepeatable: false);

    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        "Indicates exactly one field must be supplied and this field must not be `null`.",
        Arguments(),
        [DirectiveLocation.InputObject],
        isRepeatable: false);

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    private static OrderedDictionary<string, InputValueDefinition> Arguments(params InputValueDefinition[] arguments)
    {
        var map = new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            map.Add(argument.Name, argument);
        }

        return map;
    }
}
