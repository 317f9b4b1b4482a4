namespace Platform.GraphQL.Types;

/// <summary>The kinds of GraphQL types, as introspection's <c>__TypeKind</c> names them.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
