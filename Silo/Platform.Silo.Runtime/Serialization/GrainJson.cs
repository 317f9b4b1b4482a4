using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Silo.Runtime.Serialization;

/// <summary>The one JSON contract for grain state, stream events and argument copies.</summary>
public static class GrainJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            IncludeFields = false,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
