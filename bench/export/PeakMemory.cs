using System.Diagnostics;

namespace Platform.Export.Bench;

/// <summary>Samples the process's resident set every 20 ms while a phase runs and keeps the largest value.</summary>
internal sealed class PeakMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _peakBytes;

    public PeakMemory()
    {
        _sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                _peakBytes = Math.Max(_peakBytes, process.WorkingSet64);
                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    public double PeakMiB => _peakBytes / (1024.0 * 1024.0);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        _stop.Dispose();
    }
}
