using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>A session's saved micrograph filters, keyed by session id.</summary>
public interface IMicrographFiltersGrain : IGrainWithStringKey
{
    /// <summary>Saves (creates or replaces by name) a filter after validating it; returns every filter of the session.</summary>
    Task<IReadOnlyList<MicrographFilter>> SaveAsync(MicrographFilter filter);

    /// <summary>Deletes a filter by name; returns whether there was one.</summary>
    Task<bool> DeleteAsync(string name);

    [ReadOnly]
    Task<IReadOnlyList<MicrographFilter>> ListAsync();

    /// <summary>The filter named <paramref name="name"/>; throws NotFoundException when there is none.</summary>
    [ReadOnly]
    Task<MicrographFilter> GetAsync(string name);
}
