namespace Platform.GraphQL.Types;

/// <summary>Type comparisons the spec's rules need (IsValidImplementationFieldType, IsTypeSubTypeOf).</summary>
public static class TypeRelations
{
    /// <summary>True when <paramref name="maybeSub"/> may stand where <paramref name="super"/> is expected (covariance of output types).</summary>
    public static bool IsSubtypeOf(GraphQLType maybeSub, GraphQLType super)
    {
        if (super is NonNullType superNonNull)
        {
            return maybeSub is NonNullType subNonNull && IsSubtypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSub is NonNullType nonNull)
        {
            return IsSubtypeOf(nonNull.OfType, super);
        }

        if (super is ListType superList)
        {
            return maybeSub is ListType subList && IsSubtypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSub is ListType)
        {
            return false;
        }

        if (ReferenceEquals(maybeSub, super))
        {
            return true;
        }

        return super switch
        {
            UnionType union => maybeSub is ObjectType o && union.Types.Contains(o),
            InterfaceType i => maybeSub is ComplexType c && c.Interfaces.Contains(i),
            _ => false,
        };
    }
}
