using Platform.Grains.Errors;
using Platform.Grains.Grids;
using Platform.Grains.Microscopes;

namespace Platform.Grains.Sessions;

/// <summary>
/// Autoloader grids: positions are unique and within the autoloader's capacity; names follow SmartScope's
/// <c>name_N</c> numbering. Grids that have not started can be added, edited or removed even while the
/// run goes on; the agent picks them up in position order.
/// </summary>
public sealed partial class SessionGrain
{
    public async Task<GridView> AddGridAsync(GridSetup grid)
    {
        var session = View();
        var microscope = await GrainFactory.GetGrain<IMicroscopeGrain>(S.MicroscopeId).GetAsync();
        if (grid.Position < 1 || grid.Position > microscope.Registration.AutoloaderCapacity)
        {
            throw new InvalidInputException([new("position", $"must be between 1 and the autoloader capacity ({microscope.Registration.AutoloaderCapacity})")]);
        }

        if (S.Grids.Any(g => g.Position == grid.Position))
        {
            throw new InvalidInputException([new("position", $"position {grid.Position} already holds a grid")]);
        }

        var name = GridNaming.Next(grid.Name, [.. S.Grids.OrderBy(g => g.Position).Select(g => g.Name)]);
        var key = GridKeys.For(GrainKey, grid.Position);
        var created = await GrainFactory.GetGrain<IGridGrain>(key).CreateAsync(GridRequest(session, grid, name));
        S.Grids.Add(new GridSlot(grid.Position, created.Name, key));
        S.Grids.Sort((a, b) => a.Position.CompareTo(b.Position));
        await SaveAsync(Event(SessionEventKind.GridsChanged, $"Grid {created.FinalName} added"));
        return created;
    }

    public async Task<GridView> UpdateGridAsync(int position, GridSetup grid)
    {
        var session = View();
        var slot = Slot(position);
        if (grid.Position != position)
        {
            throw new InvalidInputException([new("position", "a grid cannot change position; remove it and add it again")]);
        }

        var others = S.Grids.Where(g => g.Position != position).OrderBy(g => g.Position).Select(g => g.Name).ToList();
        var name = GridNaming.Next(grid.Name ?? slot.Name, others);
        var updated = await GrainFactory.GetGrain<IGridGrain>(slot.GridKey).UpdateAsync(GridRequest(session, grid, name));
        S.Grids[S.Grids.IndexOf(slot)] = slot with { Name = updated.Name };
        await SaveAsync(Event(SessionEventKind.GridsChanged, $"Grid {updated.FinalName} updated"));
        return updated;
    }

    public async Task<SessionView> RemoveGridAsync(int position)
    {
        View();
        var slot = Slot(position);
        var grid = GrainFactory.GetGrain<IGridGrain>(slot.GridKey);
        var view = await grid.GetAsync();
        if (view.State is not WorkState.Queued && SessionRunTransitions.IsActive(S.RunState))
        {
            throw new InvalidStateException("remove the grid", $"grid {view.FinalName} is {view.State}", "a grid that has started cannot be removed while the run goes on");
        }

        // Session first: a grid grain left behind by a crash here is unreachable and harmless; a slot pointing at nothing is not.
        S.Grids.Remove(slot);
        await SaveAsync(Event(SessionEventKind.GridsChanged, $"Grid {view.FinalName} removed"));
        await grid.DeleteAsync();
        return View();
    }

    private GridSlot Slot(int position) =>
        S.Grids.FirstOrDefault(g => g.Position == position) ?? throw new NotFoundException("Grid", GridKeys.For(GrainKey, position));

    private CreateGridRequest GridRequest(SessionView session, GridSetup grid, string name) =>
        new(GrainKey, session.FacilityId, grid, name, session.Setup.Collection.BisMaxDistanceMicrons, session.Setup.Collection.TiltAngleDegrees);
}
