namespace Platform.Processing.Tests.Data;

/// <summary>Locates the real test files in /work/shared/data (../shared/data relative to the repository root).</summary>
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

        var path = Path.Combine(dir.Parent.FullName, "shared", "data", relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Shared test data file is missing.", path);
        }

        return path;
    }
}
