using Platform.Grains.Errors;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Relay;

namespace Platform.Gateway.Errors;

/// <summary>Reads the domain key out of a global id given to a mutation; a malformed or foreign id is a NotFoundError.</summary>
public static class NodeKeys
{
    public static string Of(string typeName, string globalId)
    {
        try
        {
            var (type, key) = GlobalId.Decode(globalId);
            if (type == typeName && key.Length > 0)
            {
                return key;
            }
        }
        catch (GraphQLException)
        {
            // Reported below as not found: to the caller a malformed id names nothing.
        }

        throw new NotFoundException(typeName, globalId);
    }
}
