namespace Platform.EdgeAgent.Workflow;

/// <summary>
/// Where files go, as the agent sees them and as SerialEM names them (the same shared folders; on a real scope SerialEM's side is
/// a Windows path such as <c>X:\sessions</c>). Reports carry paths relative to <see cref="DataFolder"/>.
/// </summary>
public sealed record WorkflowFolders(string DataFolder, string SerialEmDataFolder, string FramesFolder, string SerialEmFramesFolder)
{
    /// <summary>The subfolder (of the data and frames folders) named after a session's full <c>YYYYMMDD_Name</c>: anything but letters, digits, '_' and '-' becomes '_'.</summary>
    public static string SessionFolderName(string sessionName) =>
        string.Concat(sessionName.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));

    /// <summary>Joins SerialEM-side path parts with the separator that folder already uses.</summary>
    public static string JoinSerialEm(string folder, params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var separator = folder.Contains('\\', StringComparison.Ordinal) ? '\\' : '/';
        return string.Join(separator, [folder.TrimEnd('\\', '/'), .. parts]);
    }

    /// <summary>Maps a file SerialEM reported (under its frames or data folder) to the agent's view of it.</summary>
    public string ToAgentPath(string serialEmPath)
    {
        ArgumentNullException.ThrowIfNull(serialEmPath);
        foreach (var (theirs, ours) in new[] { (SerialEmFramesFolder, FramesFolder), (SerialEmDataFolder, DataFolder) })
        {
            var prefix = theirs.TrimEnd('\\', '/');
            if (prefix.Length > 0 && serialEmPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var rest = serialEmPath[prefix.Length..].TrimStart('\\', '/').Replace('\\', '/');
                return Path.Combine(ours, rest);
            }
        }

        return serialEmPath;
    }

    public string RelativeToData(string agentPath) => Path.GetRelativePath(DataFolder, agentPath).Replace('\\', '/');
}
