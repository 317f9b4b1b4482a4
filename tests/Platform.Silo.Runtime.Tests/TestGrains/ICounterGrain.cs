using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    [ReadOnly]
    Task<int> GetAsync();

    Task<int> GetActivationCountAsync();

    Task ResetAsync();
}
