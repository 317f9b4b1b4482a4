namespace Platform.GraphQL.Types;

/// <summary>A list of another type (<c>[T]</c>).</summary>
public sealed class ListType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.List;

    public override NamedType Named => OfType.Named;

    public override string ToString() => "[" + OfType + "]";
}
