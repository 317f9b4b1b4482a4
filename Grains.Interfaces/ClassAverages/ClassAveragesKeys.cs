using Platform.Grains.Errors;

namespace Platform.Grains.ClassAverages;

/// <summary>Class-averages grain keys, <c>sessionId/source</c>, and where a set's images live among the session's files.</summary>
public static class ClassAveragesKeys
{
    /// <summary>The agent's own source name, as for micrographs.</summary>
    public const string AgentSource = Micrographs.MicrographKeys.AgentSource;

    public static string For(string sessionId, string source)
    {
        if (string.IsNullOrWhiteSpace(source) || source.Length > 200 || source.Contains('/', StringComparison.Ordinal))
        {
            throw new InvalidInputException([new FieldError("source", "must be 1–200 characters without '/'")]);
        }

        return $"{sessionId}/{source}";
    }

    /// <summary>The folder (under the session's files) holding one iteration's class images.</summary>
    public static string ImageFolder(string source, long iteration) =>
        $"classification2d/{source}/{iteration.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";
}
