using System.Text.Json;

namespace Platform.GraphQL.Transport.WebSockets;

/// <summary>JSON settings for protocol messages the server sends.</summary>
internal static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
