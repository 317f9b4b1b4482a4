using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>One autoloader grid of a session, keyed <c>sessionId/position</c> (see <see cref="GridKeys"/>).</summary>
public partial interface IGridGrain : IGrainWithStringKey
{
    Task<GridView> CreateAsync(CreateGridRequest request);

    /// <summary>The view of the stored state (a pure function of it: repeated reads are answered from the last one until a change).</summary>
    [ReadOnly]
    [CachedRead]
    Task<GridView> GetAsync();

    Task<GridView> UpdateAsync(CreateGridRequest request);

    Task<GridView> SetStateAsync(WorkState state);

    Task DeleteAsync();
}
