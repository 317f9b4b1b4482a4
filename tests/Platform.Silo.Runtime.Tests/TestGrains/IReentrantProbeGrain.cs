using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface IReentrantProbeGrain : IGrainWithStringKey
{
    Task WaitForSignalAsync(string name);

    Task SignalAsync(string name);
}
