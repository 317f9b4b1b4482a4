using Platform.GraphQL.Authorization;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Building;

/// <summary>Describes one output field: its type, arguments, resolver and documentation.</summary>
public sealed class FieldDescriptor
{
    internal FieldDescriptor(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? TypeText { get; private set; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<ArgumentDescriptor> Arguments { get; } = [];

    internal FieldResolver? Resolver
    {
        get;
        set
        {
            field = value;
            ParentRead = null;
            TypedRead = null;
        }
    }

    /// <summary>The plain parent read behind <see cref="Resolver"/>, when that is all it does (FieldDefinition.ParentRead).</summary>
    internal Func<object, object?>? ParentRead { get; private set; }

    /// <summary>The same read with its static result type, for reading leaf values without boxing (FieldDefinition.TypedLeaf).</summary>
    internal TypedParentRead? TypedRead { get; private set; }

    internal SubscriptionSource? Subscriber { get; private set; }

    internal int? CostValue { get; private set; }

    internal Dictionary<string, object?> MetadataValues { get; } = new(StringComparer.Ordinal);

    internal FieldRule? Rule { get; set; }

    /// <summary>The field's type in GraphQL notation, e.g. <c>[Grid!]!</c>.</summary>
    public FieldDescriptor Type(string type)
    {
        TypeText = type;
        return this;
    }

    public FieldDescriptor Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    public FieldDescriptor Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="defaultValue"/> is a GraphQL literal.</summary>
    public FieldDescriptor Argument(string name, string type, string? defaultValue = null, string? description = null)
    {
        var argument = new ArgumentDescriptor(name, type);
        if (defaultValue is not null)
        {
            argument.Default(defaultValue);
        }

        if (description is not null)
        {
            argument.Description(description);
        }

        Arguments.Add(argument);
        return this;
    }

    /// <summary>Adds an argument configured by a callback (for deprecation and the like).</summary>
    public FieldDescriptor Argument(string name, string type, Action<ArgumentDescriptor> configure)
    {
        var argument = new ArgumentDescriptor(name, type);
        configure(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>A resolver that only reads the parent value (the executor may call <paramref name="read"/> directly).</summary>
    internal void SetParentRead(Func<object, object?> read, TypedParentRead typedRead)
    {
        Resolver = context => new ValueTask<object?>(read(context.ParentValue!));
        ParentRead = read;
        TypedRead = typedRead;
    }

    /// <summary>Replaces the typed form of a parent read set by <see cref="SetParentRead"/> (the read itself stays).</summary>
    internal void SetTypedRead(TypedParentRead typedRead)
    {
        TypedRead = ParentRead is not null ? typedRead : throw new InvalidOperationException("Only a parent read has a typed form.");
    }

    /// <summary>A synchronous resolver.</summary>
    public FieldDescriptor Resolve(Func<ResolverContext, object?> resolver)
    {
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    /// <summary>An asynchronous resolver.</summary>
    public FieldDescriptor Resolve<TResult>(Func<ResolverContext, Task<TResult>> resolver)
    {
        Resolver = context => Box(resolver(context));
        return this;
    }

    /// <summary>For a subscription root field: the event stream; each event becomes the field's value (or the parent of its resolver).</summary>
    public FieldDescriptor Subscribe<TEvent>(Func<ResolverContext, IAsyncEnumerable<TEvent>> subscribe)
    {
        Subscriber = context => Events(subscribe(context));
        return this;
    }

    /// <summary>Static cost of one resolution of this field, used by cost analysis (default 1 with a resolver, 0 without).</summary>
    public FieldDescriptor Cost(int cost)
    {
        CostValue = cost;
        return this;
    }

    /// <summary>Attaches host-defined metadata (e.g. an authorisation policy) readable from <see cref="FieldDefinition.Metadata"/>.</summary>
    public FieldDescriptor Metadata(string key, object? value)
    {
        MetadataValues[key] = value;
        return this;
    }

    /// <summary>Declares who may resolve this field (overrides the rule of its object type).</summary>
    public FieldDescriptor Authorize(FieldRule rule)
    {
        Rule = rule;
        return this;
    }

    /// <summary>The task's value as a field value; no async state machine when the task has already completed.</summary>
    private static ValueTask<object?> Box<TResult>(Task<TResult> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : BoxAsync(task);

    private static async ValueTask<object?> BoxAsync<TResult>(Task<TResult> task) => await task.ConfigureAwait(false);

    private static async IAsyncEnumerable<object?> Events<TEvent>(IAsyncEnumerable<TEvent> source)
    {
        await foreach (var item in source.ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
