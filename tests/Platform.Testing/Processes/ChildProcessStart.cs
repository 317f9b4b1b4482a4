namespace Platform.Testing;

/// <summary>
/// How to start a <see cref="ChildProcess"/>: the program and its arguments, working directory, extra environment, whether
/// the test writes to its standard input, and an optional observer of each standard-output line (null once the output ends).
/// </summary>
public sealed record ChildProcessStart(string Name, string FileName, IReadOnlyList<string> Arguments)
{
    public string WorkingDirectory { get; init; } = Path.GetTempPath();

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public bool RedirectInput { get; init; }

    /// <summary>Called for every standard-output line, in order, before it is logged; called with null when the output ends.</summary>
    public Action<string?>? OnOutputLine { get; init; }

    /// <summary>
    /// <c>dotnet &lt;project&gt;.dll arguments</c> for an executable project of the repository, from its bin folder in the
    /// configuration the tests were built in (<paramref name="projectFolder"/> relative to the repository root).
    /// </summary>
    public static ChildProcessStart Project(string projectFolder, params IReadOnlyList<string> arguments)
    {
        var name = Path.GetFileName(projectFolder);
        return new ChildProcessStart(name, "dotnet", [ProjectDll(projectFolder), .. arguments]);
    }

    /// <summary>The built dll of a repository project in the tests' configuration (Debug or Release).</summary>
    public static string ProjectDll(string projectFolder)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        return Path.Combine(RepositoryPaths.Root, projectFolder, "bin", configuration, "net10.0", Path.GetFileName(projectFolder) + ".dll");
    }
}
