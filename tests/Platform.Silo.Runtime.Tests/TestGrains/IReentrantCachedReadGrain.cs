using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface IReentrantCachedReadGrain : IGrainWithStringKey
{
    [ReadOnly]
    [CachedRead]
    Task<int> ReadAsync();
}
