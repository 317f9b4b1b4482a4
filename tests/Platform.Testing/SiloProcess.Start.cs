using System.Globalization;

namespace Platform.Testing;

/// <summary>Starting the Silo executable and waiting for the line that says where it listens.</summary>
public sealed partial class SiloProcess
{
    private static readonly TimeSpan _listenDeadline = TimeSpan.FromSeconds(60);

    private static async Task<SiloProcess> StartAsync(string folder, int port, string[] extraArguments)
    {
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var process = ChildProcess.Start(
            ChildProcessStart.Project(Path.Combine("Silo", "Platform.Silo"), ["--urls", url, "--Platform:Demo=true", .. extraArguments]) with { WorkingDirectory = folder });
        try
        {
            var line = await process.WaitForLinesAsync(l => GraphQLLine().IsMatch(l), 1, _listenDeadline);
            return new SiloProcess(process, folder, new Uri(GraphQLLine().Match(line).Groups["base"].Value), extraArguments);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }
}
