using Platform.Grains.Errors;

namespace Platform.Grains.Micrographs;

/// <summary>Micrograph grain keys: <c>sessionId/source/name</c>, so results of different sources sit side by side.</summary>
public static class MicrographKeys
{
    /// <summary>The source name of the edge agent's own results (external pipelines use their client's name).</summary>
    public const string AgentSource = "agent";

    public static string For(string sessionId, string source, string name)
    {
        InvalidInputException.ThrowIfAny(
            [.. Check("source", source), .. Check("name", name)]);
        return $"{sessionId}/{source}/{name}";
    }

    private static IEnumerable<FieldError> Check(string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200 || value.Contains('/', StringComparison.Ordinal))
        {
            yield return new FieldError(field, "must be 1–200 characters without '/'");
        }
    }
}
