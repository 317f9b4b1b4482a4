using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface ICachedReadProbeGrain : IGrainWithStringKey
{
    /// <summary>The value; counts its own runs in <see cref="CachedReadProbeGrain.Runs"/>.</summary>
    [ReadOnly]
    [CachedRead]
    Task<int> ReadAsync();

    Task SetAsync(int value);

    /// <summary>Sets the value once <paramref name="signal"/> is released (<see cref="CachedReadProbeGrain.Release"/>).</summary>
    Task SetWhenSignalledAsync(int value, string signal);

    Task StartTimerAsync(TimeSpan period);

    Task DeactivateAsync();
}
