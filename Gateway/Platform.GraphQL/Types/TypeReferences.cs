using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>Turns a type reference from a document into a schema type (null when a name is unknown).</summary>
public static class TypeReferences
{
    public static GraphQLType? FromAst(Schema schema, TypeNode node) => FromAst(node, schema.GetType);

    public static GraphQLType? FromAst(TypeNode node, Func<string, NamedType?> lookup) => node switch
    {
        NonNullTypeNode n => FromAst(n.Type, lookup) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode l => FromAst(l.Type, lookup) is { } inner ? new ListType(inner) : null,
        NamedTypeNode named => lookup(named.Name),
        _ => null,
    };
}
