using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>One micrograph's results from one source, keyed <c>sessionId/source/name</c> (<see cref="MicrographKeys"/>); mirrored into the <c>micrographs</c> index.</summary>
public interface IMicrographGrain : IGrainWithStringKey
{
    /// <summary>Records results, merged over the stored ones (a value left out keeps the stored value); resending changes nothing, so reports may be retried.</summary>
    Task<MicrographView> RecordAsync(RecordMicrographRequest request);

    [ReadOnly]
    Task<MicrographView> GetAsync();

    /// <summary>The user's manual exclude flag.</summary>
    Task<MicrographView> SetExcludedAsync(bool excluded);

    Task DeleteAsync();
}
