using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.MicroscopeSimulator.GroundTruth;

/// <summary>Writes and reads ground-truth JSON beside an image (<c>name.mrc</c> → <c>name.json</c>), camelCase, indented.</summary>
public static class TruthFile
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string PathFor(string imagePath) => Path.ChangeExtension(imagePath, ".json");

    public static void Write<T>(string imagePath, T truth) => File.WriteAllText(PathFor(imagePath), JsonSerializer.Serialize(truth, JsonOptions));

    public static T Read<T>(string imagePath) =>
        JsonSerializer.Deserialize<T>(File.ReadAllText(PathFor(imagePath)), JsonOptions)
        ?? throw new InvalidDataException($"Ground truth beside {imagePath} is empty.");
}
