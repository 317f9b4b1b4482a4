namespace Platform.GraphQL.Types;

/// <summary>A non-null wrapper of another type (<c>T!</c>).</summary>
public sealed class NonNullType(GraphQLType ofType) : GraphQLType
{
    public GraphQLType OfType { get; } = ofType;

    public override TypeKind Kind => TypeKind.NonNull;

    public override NamedType Named => OfType.Named;

    public override string ToString() => OfType + "!";
}
