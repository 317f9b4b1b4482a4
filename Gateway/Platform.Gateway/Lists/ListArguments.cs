using Platform.Gateway.Errors;
using Platform.Grains.Errors;
using Platform.GraphQL.Execution;
using Platform.Runtime.Indexing;

namespace Platform.Gateway.Lists;

/// <summary>Reads the <c>order</c> and id-valued <c>where</c> arguments of index-backed lists.</summary>
public static class ListArguments
{
    /// <summary>The <c>order</c> argument as index sort keys (its field enum values are column names), or the default.</summary>
    public static IReadOnlyList<IndexOrder> OrderOf(ResolverContext context, string defaultColumn, bool descendingByDefault) =>
        context.Argument<IReadOnlyList<object?>>("order") is { Count: > 0 } order
            ? [.. order.Cast<IReadOnlyDictionary<string, object?>>().Select(o => new IndexOrder((string)o["field"]!, (string?)o["direction"] == SortDirections.Descending))]
            : [new IndexOrder(defaultColumn, descendingByDefault)];

    /// <summary>A filter's global id as a key, or null when it is malformed or of another type (the list is then empty, not an error).</summary>
    public static string? KeyOrNull(string typeName, string globalId)
    {
        try
        {
            return NodeKeys.Of(typeName, globalId);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
