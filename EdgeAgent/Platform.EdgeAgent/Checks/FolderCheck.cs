namespace Platform.EdgeAgent.Checks;

/// <summary>Checks that a folder exists (or can be created) and that the agent can write and delete a file in it.</summary>
public static class FolderCheck
{
    public static CheckResult Run(string what, string folder)
    {
        var name = $"{what} {folder}";
        var probe = Path.Combine(folder, $".agent-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(probe, "check");
            File.Delete(probe);
            return new CheckResult(name, true, "writable");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new CheckResult(name, false, $"not writable: {ex.Message}. Check the path, the share mount and the service account's permissions.");
        }
    }
}
