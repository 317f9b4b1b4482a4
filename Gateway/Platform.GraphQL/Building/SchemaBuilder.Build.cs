using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Turning descriptors into a validated <see cref="Schema"/>.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>Creates the schema; throws <see cref="SchemaValidationException"/> listing every type system rule broken.</summary>
    public Schema Build()
    {
        var errors = new List<string>();
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All)
        {
            types[scalar.Name] = scalar;
        }

        var userNames = _order.ToList();
        Introspection.IntrospectionTypes.Register(this);
        var order = _order.ToList();
        _order.RemoveRange(userNames.Count, _order.Count - userNames.Count);
        foreach (var name in order)
        {
            if (BuiltInScalars.All.Any(s => s.Name == name) && !_scalars.ContainsKey(name))
            {
                errors.Add($"Type \"{name}\" is a built-in scalar and cannot be redefined.");
                continue;
            }

            types[name] = CreateShell(name, _descriptors[name]);
        }

        var resolver = new TypeResolver(types, errors);
        foreach (var name in order)
        {
            Complete(types[name], _descriptors[name], resolver);
        }

        foreach (var name in order[userNames.Count..])
        {
            _descriptors.Remove(name);
        }

        var directives = SpecifiedDirectives.All.Concat(_directives.Select(d => new DirectiveDefinition(
            d.Name, d.DescriptionText, resolver.Arguments(d.Arguments, $"@{d.Name}"), d.LocationList.Distinct().ToList(), d.IsRepeatable))).ToList();

        resolver.CoerceDefaults();
        var referencedScalars = BuiltInScalars.All.Where(s => s.Name is "String" or "Boolean" || resolver.Referenced.Contains(s.Name));
        var ordered = userNames.Where(types.ContainsKey).Select(n => types[n])
            .Concat(referencedScalars)
            .Concat(order[userNames.Count..].Select(n => types[n]))
            .ToList();

        var query = types.GetValueOrDefault(_queryName) as ObjectType;
        var mutation = _mutationName is null ? null : types.GetValueOrDefault(_mutationName) as ObjectType;
        var subscription = _subscriptionName is null ? null : types.GetValueOrDefault(_subscriptionName) as ObjectType;
        if (query is null)
        {
            errors.Add($"Query root type must be provided and be an Object type (\"{_queryName}\" is not defined).");
        }

        if (errors.Count == 0)
        {
            SchemaRules.Validate(ordered, directives, errors);
        }

        ApplyMiddlewares(ordered.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).OfType<ObjectType>());
        if (errors.Count == 0)
        {
            ApplyFieldRules(query!, mutation, subscription, ordered, errors);
        }

        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        return new Schema(_description, query!, mutation, subscription, ordered, directives);
    }

    private void ApplyMiddlewares(IEnumerable<ObjectType> objectTypes)
    {
        foreach (var field in objectTypes.SelectMany(o => o.Fields.Values))
        {
            for (var i = _middlewares.Count - 1; i >= 0; i--)
            {
                var (appliesTo, middleware) = _middlewares[i];
                if (!appliesTo(field))
                {
                    continue;
                }

                var next = field.Resolver ?? (context => new ValueTask<object?>(context.ParentValue is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(context.Field.Name) : null));
                field.Resolver = context => middleware(context, next);
            }
        }
    }

    private NamedType CreateShell(string name, object descriptor) => descriptor switch
    {
        IObjectTypeDescriptor o => new ObjectType(name, o.DescriptionText, new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal), o.ClrType, o.IsTypeOfPredicate),
        InterfaceTypeDescriptor i => new InterfaceType(name, i.DescriptionText, new OrderedDictionary<string, FieldDefinition>(StringComparer.Ordinal), i.TypeResolver),
        UnionTypeDescriptor u => new UnionType(name, u.DescriptionText, u.TypeResolver),
        EnumTypeDescriptor e => new EnumType(name, e.DescriptionText, e.ValueList),
        InputObjectTypeDescriptor i => new InputObjectType(name, i.DescriptionText, new OrderedDictionary<string, InputValueDefinition>(StringComparer.Ordinal), i.IsOneOf, i.Factory),
        ScalarType s => s,
        _ => throw new InvalidOperationException($"Unknown descriptor for \"{name}\"."),
    };

    private static void Complete(NamedType type, object descriptor, TypeResolver resolver)
    {
        switch (type, descriptor)
        {
            case (ObjectType o, IObjectTypeDescriptor d):
                AddFields((OrderedDictionary<string, FieldDefinition>)o.Fields, d.Fields, o.Name, resolver, d.DefaultRule);
                o.Interfaces = resolver.Interfaces(d.InterfaceNames, o.Name);
                break;
            case (InterfaceType i, InterfaceTypeDescriptor d):
                AddFields((OrderedDictionary<string, FieldDefinition>)i.Fields, d.Fields, i.Name, resolver, null);
                i.Interfaces = resolver.Interfaces(d.InterfaceNames, i.Name);
                break;
            case (UnionType u, UnionTypeDescriptor d):
                u.Types = resolver.Members(d.MemberNames, u.Name);
                break;
            case (InputObjectType i, InputObjectTypeDescriptor d):
                var fields = (OrderedDictionary<string, InputValueDefinition>)i.Fields;
                foreach (var (name, value) in resolver.Arguments(d.Fields, i.Name))
                {
                    fields.Add(name, value);
                }

                break;
        }
    }

    private static void AddFields(OrderedDictionary<string, FieldDefinition> target, List<FieldDescriptor> fields, string owner, TypeResolver resolver, Authorization.FieldRule? defaultRule)
    {
        foreach (var field in fields)
        {
            if (target.ContainsKey(field.Name))
            {
                resolver.Errors.Add($"Field \"{owner}.{field.Name}\" can only be defined once.");
                continue;
            }

            var type = resolver.Output(field.TypeText, $"{owner}.{field.Name}");
            var definition = new FieldDefinition(field.Name, field.DescriptionText, type, resolver.Arguments(field.Arguments, $"{owner}.{field.Name}"), field.DeprecationReason)
            {
                Resolver = field.Resolver,
                Subscriber = field.Subscriber,
                Cost = field.CostValue ?? (field.Resolver is null ? 0 : 1),
                Metadata = field.MetadataValues,
                Rule = field.Rule ?? defaultRule,
            };
            if (field.ParentRead is { } read && field.Resolver is { } plain)
            {
                definition.SetParentRead(plain, read, field.TypedRead);
            }

            target.Add(field.Name, definition);
        }
    }
}
