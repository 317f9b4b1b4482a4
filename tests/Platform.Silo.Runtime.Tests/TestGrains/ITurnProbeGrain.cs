using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

/// <summary>Measures how many requests run inside one activation at the same time.</summary>
public interface ITurnProbeGrain : IGrainWithStringKey
{
    Task<int> EnterAndYieldAsync(int yields);

    [ReadOnly]
    Task<int> ReadAndYieldAsync(int yields);

    [AlwaysInterleave]
    Task<int> PeekMaxConcurrencyAsync();

    Task WaitForSignalAsync(string name);

    [AlwaysInterleave]
    Task SignalAsync(string name);

    Task<int> MaxConcurrencyAsync();

    /// <summary>The managed thread id the grain's code ran on (synchronously, no await).</summary>
    Task<int> ThreadIdAsync();

    /// <summary>After an await: true when the grain resumed on its activation's scheduler with no synchronization context.</summary>
    Task<bool> ResumesOnItsSchedulerAsync();
}
