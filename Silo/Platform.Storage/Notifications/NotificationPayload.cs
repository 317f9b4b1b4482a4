using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Storage.Notifications;

/// <summary>
/// The JSON carried by PostgreSQL NOTIFY on <see cref="Channel"/>: ids only, well under the 8000-byte limit
/// (identifier lengths are capped by <see cref="StorageKeys"/>). The last field is the version or sequence,
/// which the SQL appends once the statement knows it, so the notification goes out in the write's own
/// statement and only when the write happened.
/// </summary>
internal static class NotificationPayload
{
    public const string Channel = "platform_storage";

    private static readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The payload of a grain change up to its ETag: append the version (or <c>null</c>) and <c>}</c>.</summary>
    public static string GrainChangedPrefix(string originNodeId, GrainStateKey key) =>
        Prefix("g", originNodeId, ("gt", key.GrainType), ("gk", key.GrainKey), ("sn", key.StateName), "e");

    /// <summary>The payload of a stream append up to its last sequence: append the sequence and <c>}</c>.</summary>
    public static string StreamAppendedPrefix(string originNodeId, string streamNamespace, string key) =>
        Prefix("s", originNodeId, ("ns", streamNamespace), ("k", key), null, "q");

    /// <summary>Parses a payload; anything that is not one of ours throws <see cref="FormatException"/>.</summary>
    public static StorageNotification Decode(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            var origin = Text(root, "o");
            return Text(root, "t") switch
            {
                "g" => new GrainStateChanged(origin, new GrainStateKey(Text(root, "gt"), Text(root, "gk"), Text(root, "sn")),
                    root.GetProperty("e").ValueKind == JsonValueKind.Null ? null : root.GetProperty("e").GetInt64().ToString(CultureInfo.InvariantCulture)),
                "s" => new StreamAppended(origin, Text(root, "ns"), Text(root, "k"), root.GetProperty("q").GetInt64()),
                var kind => throw new FormatException($"Unknown storage notification kind '{kind}'."),
            };
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"Malformed storage notification payload: {exception.Message}", exception);
        }
    }

    private static string Prefix(string kind, string origin, (string Name, string Value) a, (string Name, string Value) b, (string Name, string Value)? c, string last)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, _options))
        {
            json.WriteStartObject();
            json.WriteString("t", kind);
            json.WriteString("o", origin);
            json.WriteString(a.Name, a.Value);
            json.WriteString(b.Name, b.Value);
            if (c is { } third)
            {
                json.WriteString(third.Name, third.Value);
            }

            json.WriteEndObject();
        }

        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return string.Concat(text.AsSpan(0, text.Length - 1), ",\"", last, "\":");
    }

    private static string Text(JsonElement root, string name) =>
        root.GetProperty(name).GetString() ?? throw new FormatException($"Storage notification field '{name}' is null.");
}
