using System.Collections.Concurrent;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

/// <summary>A reentrant grain declaring a [CachedRead]: the runtime must run it every time.</summary>
[Reentrant]
public sealed class ReentrantCachedReadGrain : Grain, IReentrantCachedReadGrain
{
    public static readonly ConcurrentDictionary<string, int> Runs = new();

    public Task<int> ReadAsync() => Task.FromResult(Runs.AddOrUpdate(GrainKey, 1, (_, n) => n + 1));
}
