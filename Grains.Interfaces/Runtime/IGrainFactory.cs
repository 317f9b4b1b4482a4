namespace Platform.Runtime;

/// <summary>
/// Hands out grain references. A reference is a cheap proxy: getting one never activates the grain;
/// the first call does. References stay valid across deactivations and restarts.
/// </summary>
public interface IGrainFactory
{
    TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey;

    TGrain GetGrain<TGrain>(Guid key)
        where TGrain : IGrainWithGuidKey;
}
