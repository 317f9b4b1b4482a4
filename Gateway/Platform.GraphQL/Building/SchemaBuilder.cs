using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Code-first schema definition: modules add types (and extend existing ones), then <see cref="Build"/> validates.</summary>
public sealed partial class SchemaBuilder
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, object> _descriptors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly List<DirectiveDescriptor> _directives = [];
    private readonly List<(Func<FieldDefinition, bool> AppliesTo, Func<Execution.ResolverContext, FieldResolver, ValueTask<object?>> Middleware)> _middlewares = [];
    private string? _description;
    private string _queryName = "Query";
    private string? _mutationName;
    private string? _subscriptionName;

    /// <summary>State that schema extensions (Relay nodes) keep while the schema is being described.</summary>
    internal Dictionary<string, object> Features { get; } = new(StringComparer.Ordinal);

    /// <summary>True when a type of that name has been defined.</summary>
    public bool IsDefined(string name) => _descriptors.ContainsKey(name);

    /// <summary>
    /// Wraps the resolvers of every field <paramref name="appliesTo"/> selects (e.g. fields with an authorisation policy in their
    /// metadata). The middleware gets the context and the next resolver; it may short-circuit by throwing a GraphQLException.
    /// Middlewares run in registration order, the first registered outermost.
    /// </summary>
    public SchemaBuilder UseFieldMiddleware(Func<FieldDefinition, bool> appliesTo, Func<Execution.ResolverContext, FieldResolver, ValueTask<object?>> middleware)
    {
        _middlewares.Add((appliesTo, middleware));
        return this;
    }

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds fields to the query root type (named <c>Query</c> unless <paramref name="name"/> says otherwise).</summary>
    public SchemaBuilder Query(Action<ObjectTypeDescriptor<object>> configure, string name = "Query")
    {
        _queryName = name;
        return Object(name, configure);
    }

    public SchemaBuilder Mutation(Action<ObjectTypeDescriptor<object>> configure, string name = "Mutation")
    {
        _mutationName = name;
        return Object(name, configure);
    }

    public SchemaBuilder Subscription(Action<ObjectTypeDescriptor<object>> configure, string name = "Subscription")
    {
        _subscriptionName = name;
        return Object(name, configure);
    }

    /// <summary>Defines (or extends, if already defined) an object type with untyped parent values.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeDescriptor<object>> configure) => Object<object>(name, configure);

    /// <summary>Defines (or extends) an object type whose values are <typeparamref name="T"/>.</summary>
    public SchemaBuilder Object<T>(string name, Action<ObjectTypeDescriptor<T>> configure)
    {
        var descriptor = GetOrAdd(name, () => new ObjectTypeDescriptor<T>(name));
        if (descriptor is ObjectTypeDescriptor<T> typed)
        {
            configure(typed);
        }
        else if (descriptor is IObjectTypeDescriptor existing)
        {
            // An extension with another CLR type: collect its fields into a typed descriptor and move them over.
            var extension = new ObjectTypeDescriptor<T>(name);
            configure(extension);
            foreach (var field in extension.Fields)
            {
                field.Rule ??= extension.DefaultRule;
            }

            existing.Fields.AddRange(extension.Fields);
            existing.InterfaceNames.AddRange(extension.InterfaceNames);
        }
        else
        {
            throw new ArgumentException($"\"{name}\" is already defined as another kind of type.", nameof(name));
        }

        return this;
    }

    public SchemaBuilder Interface(string name, Action<InterfaceTypeDescriptor> configure)
    {
        configure(Typed(name, () => new InterfaceTypeDescriptor(name)));
        return this;
    }

    public SchemaBuilder Union(string name, Action<UnionTypeDescriptor> configure)
    {
        configure(Typed(name, () => new UnionTypeDescriptor(name)));
        return this;
    }

    public SchemaBuilder Enum(string name, Action<EnumTypeDescriptor> configure)
    {
        configure(Typed(name, () => new EnumTypeDescriptor(name)));
        return this;
    }

    public SchemaBuilder InputObject(string name, Action<InputObjectTypeDescriptor> configure)
    {
        configure(Typed(name, () => new InputObjectTypeDescriptor(name)));
        return this;
    }

    /// <summary>Adds a custom scalar (give it a <c>specifiedByUrl</c> when a spec exists).</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        GetOrAdd(scalar.Name, () => scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    public SchemaBuilder Directive(string name, Action<DirectiveDescriptor> configure)
    {
        var directive = new DirectiveDescriptor(name);
        configure(directive);
        _directives.Add(directive);
        return this;
    }

    private T Typed<T>(string name, Func<T> create)
        where T : class =>
        GetOrAdd(name, create) as T ?? throw new ArgumentException($"\"{name}\" is already defined as another kind of type.", nameof(name));

    private object GetOrAdd(string name, Func<object> create)
    {
        if (!_descriptors.TryGetValue(name, out var descriptor))
        {
            descriptor = create();
            _descriptors[name] = descriptor;
            _order.Add(name);
        }

        return descriptor;
    }
}
