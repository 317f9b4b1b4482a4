using Platform.Grains.Errors;
using Platform.Grains.Views;
using Platform.Runtime;

namespace Platform.Grains.Grids;

/// <summary>One autoloader grid: validated setup, resolved protocol, and its place in the run (<see cref="WorkState"/>).</summary>
[GrainType("grid")]
public sealed partial class GridGrain([PersistentState("grid")] IPersistentState<GridState> state) : Grain, IGridGrain
{
    private PersistedView<GridState, GridView>? _views;

    public async Task<GridView> CreateAsync(CreateGridRequest request)
    {
        if (state.RecordExists)
        {
            throw new AlreadyExistsException("Grid", GrainKey);
        }

        state.State.SessionId = request.SessionId;
        state.State.FacilityId = request.FacilityId;
        Apply(request);
        await state.WriteStateAsync();
        return View();
    }

    public Task<GridView> GetAsync() => (_views ??= new(state, View)).GetAsync();

    public async Task<GridView> UpdateAsync(CreateGridRequest request)
    {
        View();
        if (state.State.State is not WorkState.Queued)
        {
            throw new InvalidStateException("edit the grid", state.State.State.ToString(), "only grids that have not started can be edited");
        }

        Apply(request);
        await state.WriteStateAsync();
        return View();
    }

    public async Task<GridView> SetStateAsync(WorkState newState)
    {
        View();
        var now = TimeProvider.GetUtcNow();
        if (newState is WorkState.Started && state.State.StartedAtUtc is null)
        {
            state.State.StartedAtUtc = now;
        }

        if (newState is WorkState.Completed or WorkState.Skipped or WorkState.Error)
        {
            state.State.CompletedAtUtc = now;
        }

        state.State.State = newState;
        await state.WriteStateAsync();
        return View();
    }

    public async Task DeleteAsync()
    {
        if (state.RecordExists)
        {
            await state.ClearStateAsync();
        }
    }

    private void Apply(CreateGridRequest request)
    {
        var setup = request.Setup;
        var holeType = HoleTypes.Find(setup.HoleType);
        var errors = new List<FieldError>();
        if (holeType is null)
        {
            errors.Add(new("holeType", $"unknown hole type '{setup.HoleType}'; known: {string.Join(", ", HoleTypes.All.Select(h => h.Name))}"));
        }

        if (setup.MeshSize is < 50 or > 2000)
        {
            errors.Add(new("meshSize", "must be between 50 and 2000 (lines per inch)"));
        }

        if (!string.Equals(setup.Protocol, GridProtocols.Auto, StringComparison.OrdinalIgnoreCase) && !GridProtocols.All.Contains(setup.Protocol))
        {
            errors.Add(new("protocol", $"must be 'auto' or one of {string.Join(", ", GridProtocols.All)}"));
        }

        if (!GridNaming.IsAllowed(request.Name))
        {
            errors.Add(new("name", "must be 1 to 64 letters, digits, '_', '-' or '.', starting with a letter or digit"));
        }

        InvalidInputException.ThrowIfAny(errors);
        state.State.Position = setup.Position;
        state.State.Name = request.Name;
        state.State.HoleType = holeType;
        state.State.MeshSize = setup.MeshSize;
        state.State.MeshMaterial = setup.MeshMaterial;
        state.State.RequestedProtocol = setup.Protocol;
        state.State.Protocol = GridProtocols.Resolve(setup.Protocol, holeType!, request.BisMaxDistanceMicrons, request.TiltAngleDegrees);
    }

    private GridView View()
    {
        var s = state.State;
        if (!state.RecordExists || s.HoleType is null)
        {
            throw new NotFoundException("Grid", GrainKey);
        }

        return new GridView(s.SessionId, s.FacilityId, s.Position, s.Name, GridNaming.FinalName(s.Position, s.Name), s.HoleType, s.MeshSize, s.MeshMaterial, s.RequestedProtocol, s.Protocol, s.State, s.StartedAtUtc, s.CompletedAtUtc);
    }
}
