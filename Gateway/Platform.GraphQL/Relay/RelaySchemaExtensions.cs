using Platform.GraphQL.Authorization;
using Platform.GraphQL.Building;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>Schema builder helpers for Relay: connection types, paging arguments, and the Node interface with node/nodes.</summary>
public static class RelaySchemaExtensions
{
    /// <summary>Defines <c>{Node}Connection</c>, <c>{Node}Edge</c> and <c>PageInfo</c> for items of <typeparamref name="T"/>.</summary>
    public static SchemaBuilder Connection<T>(this SchemaBuilder builder, string nodeTypeName)
    {
        if (!builder.IsDefined("PageInfo"))
        {
            builder.Object<PageInfo>("PageInfo", t =>
            {
                t.Description("Information about pagination in a connection.").Authorize(FieldRule.WithParent);
                t.Field("hasNextPage", p => p.HasNextPage).Type("Boolean!").Description("When paginating forwards, are there more items?");
                t.Field("hasPreviousPage", p => p.HasPreviousPage).Type("Boolean!").Description("When paginating backwards, are there more items?");
                t.Field("startCursor", p => p.StartCursor).Type("String").Description("When paginating backwards, the cursor to continue.");
                t.Field("endCursor", p => p.EndCursor).Type("String").Description("When paginating forwards, the cursor to continue.");
            });
        }

        builder.Object<Edge<T>>(nodeTypeName + "Edge", t =>
        {
            t.Description($"An edge in a connection of {nodeTypeName}.").Authorize(FieldRule.WithParent);
            t.Field("cursor", e => e.Cursor).Type("String!").Description("A cursor for use in pagination.");
            t.Field("node", e => e.Node).Type(nodeTypeName + "!").Description("The item at the end of the edge.");
        });
        builder.Object<Connection<T>>(nodeTypeName + "Connection", t =>
        {
            t.Description($"A connection to a list of {nodeTypeName}.").Authorize(FieldRule.WithParent);
            t.Field("edges", c => c.Edges).Type($"[{nodeTypeName}Edge!]!").Description("A list of edges.");
            t.Field("nodes", c => c.Nodes).Type($"[{nodeTypeName}!]!").Description("A flattened list of the nodes.");
            t.Field("pageInfo", c => c.PageInfo).Type("PageInfo!").Description("Information to aid in pagination.");
            t.Field("totalCount").Type("Int").Cost(0).Description("Identifies the total count of items in the connection.")
                .Resolve(ctx => ctx.Parent<Connection<T>>().TotalCountAsync(ctx.CancellationToken));
        });
        return builder;
    }

    /// <summary>Adds the Relay paging arguments <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>.</summary>
    public static FieldDescriptor PagingArguments(this FieldDescriptor field) => field
        .Argument("first", "Int", description: "Returns the first n elements from the list.")
        .Argument("after", "String", description: "Returns the elements in the list that come after the specified cursor.")
        .Argument("last", "Int", description: "Returns the last n elements from the list.")
        .Argument("before", "String", description: "Returns the elements in the list that come before the specified cursor.");

    /// <summary>
    /// Makes <paramref name="typeName"/> a Relay node: adds <c>id: ID!</c> (a global id) and <c>implements Node</c>,
    /// and lets <c>node(id:)</c> / <c>nodes(ids:)</c> fetch it with <paramref name="resolveById"/>. An id made from parts (not
    /// a string the object holds) can also be given as <paramref name="formatId"/>, which the response writer uses instead
    /// of making the id string for every object.
    /// </summary>
    public static SchemaBuilder Node<T>(this SchemaBuilder builder, string typeName, Func<T, string> idOf, Func<ResolverContext, string, Task<T?>> resolveById, int maxNodes = 50, NodeIdFormatter<T>? formatId = null)
        where T : class
    {
        var registry = NodeRegistry.For(builder, maxNodes);
        registry.Add(typeName, async (context, id) => await resolveById(context, id).ConfigureAwait(false));
        builder.Object<T>(typeName, t =>
        {
            t.Implements("Node");
            t.Field("id", value => GlobalId.Encode(typeName, idOf(value))).Type("ID!").Description("The global id of the object.")
                .SetTypedRead(new GlobalIdRead<T>(typeName, idOf, formatId));
        });
        return builder;
    }
}
