using Platform.EdgeAgent.Configuration;
using Platform.EdgeAgent.Journal;
using Platform.SerialEm.Client;

namespace Platform.EdgeAgent.Checks;

/// <summary>Every check <c>check --config FILE</c> runs: SerialEM, the platform's /health, the data and frames folders, the journal.</summary>
public static class AgentChecks
{
    public static async Task<IReadOnlyList<CheckResult>> RunAsync(AgentConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var serialEm = new SerialEmClientOptions { Host = config.SerialEmHost, Port = config.SerialEmPort, ConnectTimeout = TimeSpan.FromSeconds(5) };
        var results = new List<CheckResult>
        {
            await SerialEmCheck.RunAsync(serialEm, cancellationToken).ConfigureAwait(false),
            await PlatformHealthCheck.RunAsync(config.PlatformUrl, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false),
            FolderCheck.Run("data folder", config.DataFolder),
            FolderCheck.Run("frames folder", config.FramesFolder),
        };
        try
        {
            RunJournal.Open(config.JournalPath).Dispose();
            results.Add(new CheckResult($"journal {config.JournalPath}", true, "opens"));
        }
        catch (Exception ex) when (ex is JournalException or IOException or UnauthorizedAccessException)
        {
            results.Add(new CheckResult($"journal {config.JournalPath}", false, ex.Message));
        }

        return results;
    }
}
