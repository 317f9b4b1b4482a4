using Platform.Runtime;

namespace Platform.Silo.Runtime.Tests.TestGrains;

public interface IEventSourceGrain : IGrainWithStringKey
{
    Task<int> RecordAsync(string text);
}
