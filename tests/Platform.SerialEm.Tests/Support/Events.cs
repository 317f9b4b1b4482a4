namespace Platform.SerialEm.Tests.Support;

/// <summary>Turns simulator events into awaitable tasks with a bounded, explained wait.</summary>
internal static class Events
{
    public static Task<string> NextCommandStarted(Platform.MicroscopeSimulator.Serving.SimulatorServer server, string command)
    {
        var started = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.CommandStarted += name =>
        {
            if (name == command)
            {
                started.TrySetResult(name);
            }
        };
        return started.Task;
    }

    public static async Task<T> Within<T>(this Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out waiting for {what}.");
        }
    }
}
