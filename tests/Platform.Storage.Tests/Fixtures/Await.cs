namespace Platform.Storage.Tests.Fixtures;

/// <summary>Awaiting events with a bound and a message saying what was awaited.</summary>
internal static class Await
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<T> Within<T>(Task<T> task, string awaited)
    {
        try
        {
            return await task.WaitAsync(Timeout, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {awaited}.");
        }
    }
}
