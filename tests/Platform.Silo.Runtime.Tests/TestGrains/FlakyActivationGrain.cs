using System.Collections.Concurrent;
using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

/// <summary>Fails its first activation per key, succeeds afterwards.</summary>
public sealed class FlakyActivationGrain : Grain, IFlakyActivationGrain
{
    private static readonly ConcurrentDictionary<string, int> _attempts = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        _attempts.AddOrUpdate(GrainKey, 1, (_, n) => n + 1) == 1
            ? throw new InvalidOperationException("first activation fails")
            : Task.CompletedTask;

    public Task<string> HelloAsync() => Task.FromResult("hello");
}
