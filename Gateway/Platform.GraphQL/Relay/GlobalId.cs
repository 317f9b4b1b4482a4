using System.Buffers.Text;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>Opaque Relay global ids: base64url of <c>TypeName:id</c>.</summary>
public static class GlobalId
{
    /// <summary>base64url of the UTF-8 bytes of <c>typeName:id</c>, encoded through a stack (or pooled) buffer rather than two temporary copies.</summary>
    public static string Encode(string typeName, string id)
    {
        const int StackBytes = 256;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(typeName.Length + 1 + id.Length);
        byte[]? rented = null;
        Span<byte> buffer = maxBytes <= StackBytes ? stackalloc byte[StackBytes] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            // The ':' between them keeps the two encodings independent, so this equals encoding the joined string.
            var written = Encoding.UTF8.GetBytes(typeName, buffer);
            buffer[written++] = (byte)':';
            written += Encoding.UTF8.GetBytes(id, buffer[written..]);
            return Base64Url.EncodeToString(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

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
