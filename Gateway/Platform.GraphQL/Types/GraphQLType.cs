namespace Platform.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper.</summary>
public abstract class GraphQLType
{
    public abstract TypeKind Kind { get; }

    /// <summary>The innermost named type under all wrappers.</summary>
    public abstract NamedType Named { get; }

    public bool IsNonNull => Kind == TypeKind.NonNull;

    /// <summary>The type without a non-null wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType n ? n.OfType : this;

    /// <summary>Scalars, enums and input objects (and wrappers of them) may be used as inputs.</summary>
    public bool IsInputType => Named.Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>Everything except input objects (and wrappers of them) may be used as outputs.</summary>
    public bool IsOutputType => Named.Kind is not TypeKind.InputObject;

    /// <summary>Scalars and enums are leaves: they have no sub-selection.</summary>
    public bool IsLeafType => Named.Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Structural equality of type references.</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => a switch
    {
        NonNullType na => b is NonNullType nb && AreEqual(na.OfType, nb.OfType),
        ListType la => b is ListType lb && AreEqual(la.OfType, lb.OfType),
        NamedType => ReferenceEquals(a, b),
        _ => false,
    };
}
