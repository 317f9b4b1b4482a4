using Platform.GraphQL.Authorization;

namespace Platform.GraphQL.Building;

/// <summary>Describes an object type whose runtime values are <typeparamref name="T"/>.</summary>
public sealed class ObjectTypeDescriptor<T> : IObjectTypeDescriptor
{
    internal ObjectTypeDescriptor(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public Type ClrType => typeof(T);

    public string? DescriptionText { get; private set; }

    public List<string> InterfaceNames { get; } = [];

    public List<FieldDescriptor> Fields { get; } = [];

    public Func<object, bool>? IsTypeOfPredicate { get; private set; }

    public FieldRule? DefaultRule { get; private set; }

    public ObjectTypeDescriptor<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public ObjectTypeDescriptor<T> Implements(params string[] interfaces)
    {
        InterfaceNames.AddRange(interfaces);
        return this;
    }

    /// <summary>Tells abstract type resolution whether a value belongs to this type (default: is it a <typeparamref name="T"/>).</summary>
    public ObjectTypeDescriptor<T> IsTypeOf(Func<object, bool> predicate)
    {
        IsTypeOfPredicate = predicate;
        return this;
    }

    /// <summary>The rule of every field of this type that declares none itself (typically: visible with the object).</summary>
    public ObjectTypeDescriptor<T> Authorize(FieldRule rule)
    {
        DefaultRule = rule;
        return this;
    }

    /// <summary>A field resolved by a resolver given later.</summary>
    public FieldDescriptor Field(string name)
    {
        var field = new FieldDescriptor(name);
        Fields.Add(field);
        return field;
    }

    /// <summary>
    /// A field read from the parent value with a compiled selector (no reflection). For a scalar or enum field read as int,
    /// long, double, bool, DateTimeOffset (their nullable forms), string or a CLR enum, the executor reads and writes the
    /// value without boxing it (same JSON and errors as the boxed read).
    /// </summary>
    public FieldDescriptor Field<TResult>(string name, Func<T, TResult> selector)
    {
        var field = Field(name);
        var typed = new TypedParentRead<T, TResult>(selector);
        if (typeof(TResult) == typeof(int))
        {
            field.SetParentRead(parent => SmallIntBoxes.Box((int)(object)selector((T)parent)!), typed);
        }
        else
        {
            field.SetParentRead(parent => selector((T)parent), typed);
        }

        field.Cost(0);
        return field;
    }
}
