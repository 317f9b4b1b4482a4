using Platform.GraphQL.Building;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Introspection;

/// <summary>The <c>__Type</c> introspection type, which describes every kind of type.</summary>
internal static class IntrospectionTypeFields
{
    public static void Register(SchemaBuilder builder)
    {
        builder.Object<GraphQLType>("__Type", t =>
        {
            t.Description("The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
            t.Field("kind", x => SpecNames.Of(x.Kind)).Type("__TypeKind!");
            t.Field("name", x => (x as NamedType)?.Name).Type("String");
            t.Field("description", x => (x as NamedType)?.Description).Type("String");
            t.Field("specifiedByURL", x => (x as ScalarType)?.SpecifiedByUrl).Type("String");
            t.Field("fields").Type("[__Field!]").Argument("includeDeprecated", "Boolean", "false").Resolve(ctx =>
                ctx.Parent<GraphQLType>() is ComplexType c
                    ? c.Fields.Values.Where(f => ctx.Argument<bool>("includeDeprecated") || !f.IsDeprecated).ToList()
                    : null);
            t.Field("interfaces", x => (x as ComplexType)?.Interfaces).Type("[__Type!]");
            t.Field("possibleTypes").Type("[__Type!]").Resolve(ctx =>
                ctx.Parent<GraphQLType>() is NamedType { IsAbstract: true } n ? ctx.Request.Schema.PossibleTypes(n) : null);
            t.Field("enumValues").Type("[__EnumValue!]").Argument("includeDeprecated", "Boolean", "false").Resolve(ctx =>
                ctx.Parent<GraphQLType>() is EnumType e
                    ? e.Values.Where(v => ctx.Argument<bool>("includeDeprecated") || !v.IsDeprecated).ToList()
                    : null);
            t.Field("inputFields").Type("[__InputValue!]").Argument("includeDeprecated", "Boolean", "false").Resolve(ctx =>
                ctx.Parent<GraphQLType>() is InputObjectType i
                    ? IntrospectionTypes.Filter(i.Fields.Values, ctx.Argument<bool>("includeDeprecated"))
                    : null);
            t.Field("ofType", x => x switch
            {
                ListType l => l.OfType,
                NonNullType n => n.OfType,
                _ => null,
            }).Type("__Type");
            t.Field("isOneOf", x => x is InputObjectType i ? i.IsOneOf : (bool?)null).Type("Boolean");
        });
    }
}
