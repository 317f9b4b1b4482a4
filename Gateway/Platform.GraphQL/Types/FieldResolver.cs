using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types;

/// <summary>Produces a field's value from its context (parent, arguments, services).</summary>
public delegate ValueTask<object?> FieldResolver(ResolverContext context);
