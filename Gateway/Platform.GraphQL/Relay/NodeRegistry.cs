using Platform.GraphQL.Authorization;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>Per-schema map from type name to the function that fetches a node by its local id; adds Node, node and nodes once.</summary>
internal sealed class NodeRegistry
{
    private const string FeatureKey = "relay.nodes";
    private readonly Dictionary<string, Func<ResolverContext, string, Task<object?>>> _resolvers = new(StringComparer.Ordinal);

    private NodeRegistry(int maxNodes)
    {
        MaxNodes = maxNodes;
    }

    public int MaxNodes { get; }

    public static NodeRegistry For(SchemaBuilder builder, int maxNodes)
    {
        if (builder.Features.TryGetValue(FeatureKey, out var existing))
        {
            return (NodeRegistry)existing;
        }

        var registry = new NodeRegistry(maxNodes);
        builder.Features[FeatureKey] = registry;
        builder.Interface("Node", i => i
            .Description("An object with a global ID.")
            .Field("id").Type("ID!").Description("The global id of the object."));
        builder.Query(q =>
        {
            q.Field("node").Type("Node").Description("Fetches an object given its global ID.").Authorize(FieldRule.CheckedByLoader)
                .Argument("id", "ID!", description: "The global ID of the object.")
                .Resolve(ctx => registry.ResolveAsync(ctx, ctx.Argument<string>("id")!));
            q.Field("nodes").Type("[Node]!").Description("Fetches objects given their global IDs.").Authorize(FieldRule.CheckedByLoader)
                .Argument("ids", "[ID!]!", description: "The global IDs of the objects.")
                .Resolve(async ctx =>
                {
                    var ids = ctx.Argument<IReadOnlyList<object?>>("ids")!;
                    if (ids.Count > registry.MaxNodes)
                    {
                        throw new GraphQLException($"At most {registry.MaxNodes} ids may be fetched at once; {ids.Count} were given.", ErrorCodes.PageSizeExceeded);
                    }

                    return await Task.WhenAll(ids.Select(id => registry.ResolveAsync(ctx, (string)id!))).ConfigureAwait(false);
                });
        });
        return registry;
    }

    public void Add(string typeName, Func<ResolverContext, string, Task<object?>> resolve) => _resolvers[typeName] = resolve;

    private Task<object?> ResolveAsync(ResolverContext context, string globalId)
    {
        var (typeName, id) = GlobalId.Decode(globalId);
        return _resolvers.TryGetValue(typeName, out var resolve)
            ? resolve(context, id)
            : throw new GraphQLException($"\"{globalId}\" does not identify a node type of this schema.", ErrorCodes.InvalidId);
    }
}
