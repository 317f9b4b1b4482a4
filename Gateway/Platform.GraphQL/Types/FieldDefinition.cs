using Platform.GraphQL.Authorization;

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
        }
    }

    /// <summary>
    /// When the resolver is nothing but a read of the parent value (<c>t.Field(name, parent => parent.Property)</c>) and
    /// nothing wraps it: that read, which the executor calls directly for argument-less leaf fields (no resolver context).
    /// </summary>
    internal Func<object, object?>? ParentRead { get; private set; }

    /// <summary>Sets the resolver that performs <paramref name="read"/> and remembers the read itself (see <see cref="ParentRead"/>).</summary>
    internal void SetParentRead(FieldResolver resolver, Func<object, object?> read)
    {
        Resolver = resolver;
        ParentRead = read;
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
