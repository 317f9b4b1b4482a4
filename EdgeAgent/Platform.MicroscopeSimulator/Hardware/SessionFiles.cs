namespace Platform.MicroscopeSimulator.Hardware;

/// <summary>Maps the Windows-style paths a client sends (X:\session\grid1) to files under the simulator's data folder, never outside it.</summary>
public sealed class SessionFiles
{
    private readonly string _root;

    public SessionFiles(string dataDirectory)
    {
        _root = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    /// <summary>Resolves <paramref name="path"/> (relative ones against <paramref name="currentDirectory"/>) to a local path under the data folder.</summary>
    public string Map(string path, string currentDirectory = "")
    {
        var cleaned = Clean(path);
        var relative = IsRootedClientPath(path) || currentDirectory.Length == 0 ? cleaned : Path.Combine(Clean(currentDirectory), cleaned);
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            throw new Commands.SimulatedCommandException($"Path {path} leaves the simulator's data folder");
        }

        return full;
    }

    private static bool IsRootedClientPath(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 2 && path[1] == ':');

    private static string Clean(string path)
    {
        var p = path.Replace('\\', '/');
        if (p.Length >= 2 && p[1] == ':')
        {
            p = p[2..];
        }

        return p.TrimStart('/');
    }
}
