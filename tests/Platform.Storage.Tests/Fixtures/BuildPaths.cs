using System.Reflection;

namespace Platform.Storage.Tests.Fixtures;

/// <summary>Paths recorded at build time: the repository root and the durability probe's output.</summary>
internal static class BuildPaths
{
    public static string RepositoryRoot => Path.GetFullPath(Metadata("RepositoryRoot"));

    public static string DurabilityProbe => Path.GetFullPath(Metadata("DurabilityProbePath"));

    private static string Metadata(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}
