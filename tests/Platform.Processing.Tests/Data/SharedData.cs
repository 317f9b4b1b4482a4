namespace Platform.Processing.Tests.Data;

/// <summary>
/// Locates the real test files in the shared data folder: the first <c>shared/data</c> found walking up from the repository
/// root (../shared/data for the main checkout, ../../shared/data for a worktree under /work/wt).
/// </summary>
internal static class SharedData
{
    public static string PathOf(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            throw new InvalidOperationException("Cannot find the repository root (Platform.sln) above " + AppContext.BaseDirectory);
        }

        for (var parent = dir.Parent; parent is not null; parent = parent.Parent)
        {
            var path = Path.Combine(parent.FullName, "shared", "data", relative);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"Shared test data file {relative} is missing (looked for shared/data above {dir.FullName}).", relative);
    }
}
