using System.Buffers.Text;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>Opaque Relay global ids: base64url of <c>TypeName:id</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id));

    /// <summary>Splits a global id; throws a GraphQLException with code INVALID_ID when it is malformed.</summary>
    public static (string TypeName, string Id) Decode(string globalId)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                return (text[..colon], text[(colon + 1)..]);
            }
        }
        catch (FormatException)
        {
            // Reported below as an invalid id.
        }

        throw new GraphQLException($"\"{globalId}\" is not a valid global id.", ErrorCodes.InvalidId);
    }
}
