using Platform.Grains.Sessions;
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

    /// <summary>
    /// The session counters this micrograph now qualifies for and has not been counted in: an agent micrograph counts once in
    /// <c>MoviesTransferred</c> when its movie is stored and once in <c>MicrographsProcessed</c> when it has pre-processing
    /// results. Other sources are never counted (the counters describe the session's own run).
    /// </summary>
    [ReadOnly]
    Task<IReadOnlyList<SessionCounter>> SessionCountersDueAsync();

    /// <summary>Remembers that the session counted this micrograph in <paramref name="counters"/> (called after it did).</summary>
    Task MarkSessionCountedAsync(IReadOnlyList<SessionCounter> counters);

    Task DeleteAsync();
}
