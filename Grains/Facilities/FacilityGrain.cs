using Platform.Grains.Errors;
using Platform.Grains.Sessions;
using Platform.Runtime;

namespace Platform.Grains.Facilities;

/// <summary>A facility: validates and stores its retention policy and default collection parameters.</summary>
[GrainType("facility")]
public sealed class FacilityGrain([PersistentState("facility")] IPersistentState<FacilityState> state) : Grain, IFacilityGrain
{
    public async Task<FacilityView> ConfigureAsync(FacilitySettings settings)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(settings.Name) || settings.Name.Length > 200)
        {
            errors.Add(new("name", "must be 1 to 200 characters"));
        }

        if (settings.Retention.RetentionDays is < 1 or > 3650)
        {
            errors.Add(new("retention.retentionDays", "must be between 1 and 3650 days"));
        }

        if (settings.Retention.WarningLeadDays < 0 || settings.Retention.WarningLeadDays >= settings.Retention.RetentionDays)
        {
            errors.Add(new("retention.warningLeadDays", "must be at least 0 and shorter than the retention period"));
        }

        // Defaults are checked without hardware: the detector rule applies per session.
        var collection = settings.DefaultCollection.Normalized();
        errors.AddRange(CollectionParametersValidator.Validate(collection, DetectorFacts.Unchecked)
            .Select(e => e with { Field = $"defaultCollection.{e.Field}" }));
        InvalidInputException.ThrowIfAny(errors);

        if (!state.RecordExists)
        {
            state.State.CreatedAtUtc = TimeProvider.GetUtcNow();
        }

        state.State.Name = settings.Name.Trim();
        state.State.Retention = settings.Retention;
        state.State.DefaultCollection = collection;
        await state.WriteStateAsync();
        return View();
    }

    public Task<FacilityView> GetAsync() =>
        state.RecordExists ? Task.FromResult(View()) : throw new NotFoundException("Facility", GrainKey);

    private FacilityView View() =>
        new(GrainKey, new FacilitySettings(state.State.Name, state.State.Retention, state.State.DefaultCollection), state.State.CreatedAtUtc);
}
