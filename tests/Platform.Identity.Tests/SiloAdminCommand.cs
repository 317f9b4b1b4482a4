using Platform.Testing;

namespace Platform.Identity.Tests;

/// <summary>Runs <c>Platform.Silo admin ...</c> as a real process and returns its exit code and output.</summary>
public static class SiloAdminCommand
{
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) =>
        ChildProcess.RunToEndAsync(ChildProcessStart.Project(Path.Combine("Silo", "Platform.Silo"), ["admin", .. arguments]));
}
