using Platform.Grains.Errors;
using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>A session's saved micrograph filters (at most <see cref="MaxFilters"/>), validated on save.</summary>
[GrainType("micrograph-filters")]
public sealed class MicrographFiltersGrain([PersistentState("filters")] IPersistentState<MicrographFiltersState> state) : Grain, IMicrographFiltersGrain
{
    public const int MaxFilters = 50;

    public async Task<IReadOnlyList<MicrographFilter>> SaveAsync(MicrographFilter filter)
    {
        InvalidInputException.ThrowIfAny(filter.Validate());
        var filters = state.State.Filters;
        var index = filters.FindIndex(f => f.Name == filter.Name);
        if (index >= 0)
        {
            filters[index] = filter;
        }
        else if (filters.Count >= MaxFilters)
        {
            throw new InvalidInputException([new FieldError("name", $"a session keeps at most {MaxFilters} filters; delete one first")]);
        }
        else
        {
            filters.Add(filter);
        }

        await state.WriteStateAsync();
        return [.. filters];
    }

    public async Task<bool> DeleteAsync(string name)
    {
        if (state.State.Filters.RemoveAll(f => f.Name == name) == 0)
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public Task<IReadOnlyList<MicrographFilter>> ListAsync() => Task.FromResult<IReadOnlyList<MicrographFilter>>([.. state.State.Filters]);

    public Task<MicrographFilter> GetAsync(string name) =>
        Task.FromResult(state.State.Filters.FirstOrDefault(f => f.Name == name) ?? throw new NotFoundException("Micrograph filter", $"{GrainKey}/{name}"));
}
