using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types;

/// <summary>Produces the source event stream of a subscription root field (spec §6.2.3.1 CreateSourceEventStream).</summary>
public delegate IAsyncEnumerable<object?> SubscriptionSource(ResolverContext context);
