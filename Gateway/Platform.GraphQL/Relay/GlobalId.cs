using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>Opaque Relay global ids: base64url of <c>TypeName:id</c>.</summary>
public static class GlobalId
{
    /// <summary>Longest <c>typeName:id</c> (in UTF-8 bytes) encoded on the stack; longer ones use a pooled buffer.</summary>
    private const int StackBytes = 256;

    /// <summary>base64url of the UTF-8 bytes of <c>typeName:id</c>, encoded through a stack (or pooled) buffer rather than two temporary copies.</summary>
    public static string Encode(string typeName, string id)
    {
        // A null id would pass below as an empty span and encode "typeName:"; it is a resolver's fault, reported as one.
        ArgumentNullException.ThrowIfNull(id);
        byte[]? rented = null;
        Span<byte> buffer = MaxBytes(typeName, id) <= StackBytes ? stackalloc byte[StackBytes] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(MaxBytes(typeName, id)));
        try
        {
            return Base64Url.EncodeToString(buffer[..Join(typeName, id, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Writes <see cref="Encode"/>'s result as a JSON string straight from UTF-8 (no string made).</summary>
    internal static void Write(Utf8JsonWriter writer, string typeName, ReadOnlySpan<char> id)
    {
        if (MaxBytes(typeName, id) > StackBytes)
        {
            writer.WriteStringValue(Encode(typeName, id.ToString()));
            return;
        }

        Span<byte> joined = stackalloc byte[StackBytes];
        var length = Join(typeName, id, joined);
        Span<byte> encoded = stackalloc byte[Base64Url.GetEncodedLength(StackBytes)];
        writer.WriteStringValue(encoded[..Base64Url.EncodeToUtf8(joined[..length], encoded)]);
    }

    private static int MaxBytes(string typeName, ReadOnlySpan<char> id) => Encoding.UTF8.GetMaxByteCount(typeName.Length + 1 + id.Length);

    /// <summary>Writes the UTF-8 bytes of <c>typeName:id</c> to <paramref name="buffer"/> (at least <see cref="MaxBytes"/> long); returns their count.</summary>
    private static int Join(string typeName, ReadOnlySpan<char> id, Span<byte> buffer)
    {
        // The ':' between them keeps the two encodings independent, so this equals encoding the joined string.
        var written = Encoding.UTF8.GetBytes(typeName, buffer);
        buffer[written++] = (byte)':';
        return written + Encoding.UTF8.GetBytes(id, buffer[written..]);
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
