using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.DataLoading;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>What a resolver sees: parent value, coerced arguments, path, request services, user and cancellation.</summary>
public sealed class ResolverContext
{
    private readonly PathRef _pathRef;
    private FieldPath? _path;

    internal ResolverContext(RequestContext request, ObjectType parentType, object? parent, FieldDefinition field, FieldNode selection, IReadOnlyDictionary<string, object?> arguments, PathRef path)
    {
        Request = request;
        ParentType = parentType;
        ParentValue = parent;
        Field = field;
        Selection = selection;
        Arguments = arguments;
        _pathRef = path;
    }

    public RequestContext Request { get; }

    public ObjectType ParentType { get; }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? ParentValue { get; }

    public FieldDefinition Field { get; }

    /// <summary>The first field node of the merged selection for this response key.</summary>
    public FieldNode Selection { get; }

    /// <summary>Coerced argument values; absent arguments without defaults are not present.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The response path of this field (built on first use; most resolvers never ask).</summary>
    public FieldPath Path => _path ??= _pathRef.Build()!;

    public IServiceProvider Services => Request.Services;

    public ClaimsPrincipal? User => Request.User;

    public CancellationToken CancellationToken => Request.CancellationToken;

    public System.Collections.Concurrent.ConcurrentDictionary<string, object?> Items => Request.Items;

    public DataLoaderScope DataLoaders => Request.DataLoaders;

    /// <summary>The parent value cast to its CLR type.</summary>
    public T Parent<T>() => (T)ParentValue!;

    /// <summary>An argument's coerced value, or default(T) when it was not given and has no default.</summary>
    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>A service from the request's provider; throws when it is not registered.</summary>
    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
