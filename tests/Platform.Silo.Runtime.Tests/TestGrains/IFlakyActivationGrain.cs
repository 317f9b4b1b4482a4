using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface IFlakyActivationGrain : IGrainWithStringKey
{
    Task<string> HelloAsync();
}
