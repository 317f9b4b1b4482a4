using System.Text.Json;

namespace Platform.GraphQL.Serialization;

/// <summary>Converts JSON into the plain CLR shapes input coercion expects (dictionaries, lists, string, bool, long, double, null).</summary>
public static class JsonInput
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToMap(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToClr(property.Value);
        }

        return map;
    }
}
