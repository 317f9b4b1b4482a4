namespace Platform.GraphQL.Types;

/// <summary>A validated, immutable GraphQL schema: root types, all named types and directives.</summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];

    internal Schema(string? description, ObjectType query, ObjectType? mutation, ObjectType? subscription, IReadOnlyList<NamedType> types, IReadOnlyList<DirectiveDefinition> directives)
    {
        Introspection = Platform.GraphQL.Introspection.IntrospectionFields.Create(types.First(t => t.Name == "__Schema"), types.First(t => t.Name == "__Type"));
        Description = description;
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        Types = types;
        Directives = directives;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _directives = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Types;
                    _subTypes[union] = [.. union.Types];
                    break;
                case InterfaceType iface:
                    _possibleTypes[iface] = types.OfType<ObjectType>().Where(o => o.Implements(iface)).ToList();
                    _subTypes[iface] = [.. types.OfType<ComplexType>().Where(c => c.Implements(iface))];
                    break;
            }
        }
    }

    public string? Description { get; }

    /// <summary>The implicit <c>__schema</c> and <c>__type</c> fields of the query root.</summary>
    public Platform.GraphQL.Introspection.IntrospectionFields Introspection { get; }

    public ObjectType Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    /// <summary>Every named type, in the order SDL and introspection list them.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? RootType(Language.Ast.OperationType operation) => operation switch
    {
        Language.Ast.OperationType.Query => Query,
        Language.Ast.OperationType.Mutation => Mutation,
        _ => Subscription,
    };

    /// <summary>The object types a value of an abstract (or object) type may have at runtime.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes(NamedType type) => type switch
    {
        ObjectType o => [o],
        _ => _possibleTypes.GetValueOrDefault(type) ?? [],
    };

    /// <summary>True when <paramref name="maybeSub"/> is a member or implementation of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSub) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSub);

    /// <summary>True when two composite types share at least one possible object type.</summary>
    public bool Overlap(NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        var possibleB = PossibleTypes(b);
        return PossibleTypes(a).Any(possibleB.Contains);
    }
}
