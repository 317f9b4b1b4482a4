using Platform.GraphQL.Authorization;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution.Leaves;

namespace Platform.GraphQL.Types;

/// <summary>A field of an object or interface type: its type, arguments and resolver.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, string? description, GraphQLType type, IReadOnlyDictionary<string, InputValueDefinition> arguments, string? deprecationReason)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    public string? Description { get; }

    public GraphQLType Type { get; internal set; }

    /// <summary>Arguments in declaration order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Arguments { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Resolves the field; null means "read the key from a dictionary parent". Setting it (e.g. to wrap it) drops <see cref="ParentRead"/>.</summary>
    public FieldResolver? Resolver
    {
        get;
        internal set
        {
            field = value;
            ParentRead = null;
            _typedRead = null;
        }
    }

    private TypedParentRead? _typedRead;
    private TypedLeaf? _typedLeaf;
    private volatile bool _isTypedLeafBound;

    /// <summary>
    /// When the resolver is nothing but a read of the parent value (<c>t.Field(name, parent => parent.Property)</c>) and
    /// nothing wraps it: that read, which the executor calls directly for argument-less leaf fields (no resolver context).
    /// </summary>
    internal Func<object, object?>? ParentRead { get; private set; }

    /// <summary>Sets the resolver that performs <paramref name="read"/> and remembers the read itself (see <see cref="ParentRead"/>).</summary>
    internal void SetParentRead(FieldResolver resolver, Func<object, object?> read, TypedParentRead? typedRead)
    {
        Resolver = resolver;
        ParentRead = read;
        _typedRead = typedRead;
    }

    /// <summary>
    /// The <see cref="ParentRead"/> without boxing, for a scalar or enum field whose read has a typed form for its type (bound on
    /// first use, once the field's type is final); null otherwise. Dropped, like <see cref="ParentRead"/>, when the resolver is wrapped.
    /// </summary>
    internal TypedLeaf? TypedLeaf
    {
        get
        {
            if (!_isTypedLeafBound)
            {
                // Concurrent first uses bind equal readers; either may win.
                var nullable = Type is NonNullType nonNull ? nonNull.OfType : Type;
                _typedLeaf = _typedRead is not null && nullable is NamedType named ? _typedRead.Bind(named, Type is NonNullType) : null;
                _isTypedLeafBound = true;
            }

            return _typedLeaf;
        }
    }

    /// <summary>For subscription root fields: the source event stream.</summary>
    public SubscriptionSource? Subscriber { get; internal set; }

    /// <summary>Static cost of resolving this field once (cost analysis); 0 for a plain property, 1 by default for resolvers.</summary>
    public int Cost { get; internal set; }

    /// <summary>Who may resolve the field (its own rule, else its object type's); null when none was declared.</summary>
    public FieldRule? Rule { get; internal set; }

    /// <summary>Host-defined annotations (authorisation policies and the like).</summary>
    public IReadOnlyDictionary<string, object?> Metadata { get; internal set; } = new Dictionary<string, object?>();
}
