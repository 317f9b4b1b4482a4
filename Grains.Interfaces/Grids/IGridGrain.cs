using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>One autoloader grid of a session, keyed <c>sessionId/position</c> (see <see cref="GridKeys"/>).</summary>
public partial interface IGridGrain : IGrainWithStringKey
{
    Task<GridView> CreateAsync(CreateGridRequest request);

    [ReadOnly]
    Task<GridView> GetAsync();

    Task<GridView> UpdateAsync(CreateGridRequest request);

    Task<GridView> SetStateAsync(WorkState state);

    Task DeleteAsync();
}
