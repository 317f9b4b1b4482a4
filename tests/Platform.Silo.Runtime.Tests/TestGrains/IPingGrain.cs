using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface IPingGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="path"/>[0], which calls path[1], ...; returns the keys visited.</summary>
    Task<string> RelayAsync(string[] path);

    Task<List<int>> MutateAndReturnAsync(List<int> values);

    Task<IReadOnlyList<string>> SpreadAsync(IReadOnlyList<string> values);

    Task<bool> KeepsReferenceAsync(ImmutablePayload payload);
}

[Immutable]
public sealed record ImmutablePayload(string Text);
