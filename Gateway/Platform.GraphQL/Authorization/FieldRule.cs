using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Authorization;

/// <summary>
/// Who may resolve a field, declared with <c>FieldDescriptor.Authorize</c> (or for every field of an object type with
/// <c>ObjectTypeDescriptor.Authorize</c>). The engine evaluates it before the resolver (before the event stream for a
/// subscription root field); a denial makes the field null with an error, and spec null propagation applies.
/// An unconditional rule (no check) costs nothing at execution: it documents that the field is deliberately open
/// (e.g. public, or visible to whoever could reach the parent object).
/// </summary>
public sealed class FieldRule
{
    private readonly Func<ResolverContext, ValueTask<FieldDecision>>? _check;

    private FieldRule(string name, Func<ResolverContext, ValueTask<FieldDecision>>? check)
    {
        Name = name;
        _check = check;
    }

    /// <summary>For fields of structural types (connections, edges, page info) and plain data fields: visible to whoever reached the parent.</summary>
    public static FieldRule WithParent { get; } = Unconditional("visible with its parent object");

    /// <summary>For <c>node</c>/<c>nodes</c>: open to all; each object is as visible as its type's loader makes it.</summary>
    public static FieldRule CheckedByLoader { get; } = Unconditional("public; each object is checked by its type's loader");

    /// <summary>A readable name for documentation and tests, e.g. <c>staff of the session's facility</c>.</summary>
    public string Name { get; }

    /// <summary>True when the rule always allows (the engine skips it).</summary>
    public bool IsUnconditional => _check is null;

    /// <summary>A rule that always allows, named for what it means.</summary>
    public static FieldRule Unconditional(string name) => new(name, null);

    /// <summary>A rule decided per resolution by <paramref name="check"/>.</summary>
    public static FieldRule Create(string name, Func<ResolverContext, ValueTask<FieldDecision>> check) => new(name, check);

    public ValueTask<FieldDecision> CheckAsync(ResolverContext context) =>
        _check is null ? ValueTask.FromResult(FieldDecision.Allowed) : _check(context);

    public override string ToString() => Name;
}
