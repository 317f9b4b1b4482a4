using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public sealed class PingGrain : Grain, IPingGrain
{
    public static ImmutablePayload? LastPayload { get; private set; }

    public async Task<string> RelayAsync(string[] path)
    {
        if (path.Length == 0)
        {
            return GrainKey;
        }

        var rest = await GrainFactory.GetGrain<IPingGrain>(path[0]).RelayAsync(path[1..]);
        return $"{GrainKey}>{rest}";
    }

    public Task<IReadOnlyList<string>> SpreadAsync(IReadOnlyList<string> values) => Task.FromResult<IReadOnlyList<string>>([.. values, "end"]);

    public Task<List<int>> MutateAndReturnAsync(List<int> values)
    {
        values.Add(99);
        return Task.FromResult(values);
    }

    public Task<bool> KeepsReferenceAsync(ImmutablePayload payload)
    {
        LastPayload = payload;
        return Task.FromResult(true);
    }
}
