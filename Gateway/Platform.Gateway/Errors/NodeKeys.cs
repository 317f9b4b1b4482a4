using Platform.Grains.Errors;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Errors;

/// <summary>Reads the domain key out of a global id given to a mutation; a malformed or foreign id is a NotFoundError.</summary>
public static class NodeKeys
{
    public static string Of(string typeName, string globalId) =>
        TryOf(typeName, globalId) ?? throw new NotFoundException(typeName, globalId);

    /// <summary>The key of a global id of <paramref name="typeName"/>; null when the id is malformed or names another type.</summary>
    public static string? TryOf(string typeName, string? globalId)
    {
        if (globalId is null)
        {
            return null;
        }

        try
        {
            var (type, key) = GlobalId.Decode(globalId);
            return type == typeName && key.Length > 0 ? key : null;
        }
        catch (GraphQLException)
        {
            // To the caller a malformed id names nothing.
            return null;
        }
    }
}
