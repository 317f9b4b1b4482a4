using Platform.Runtime;

namespace Platform.Grains.Facilities;

/// <summary>A cryo-EM facility (tenant), keyed by facility id: its retention policy and session defaults.</summary>
public interface IFacilityGrain : IGrainWithStringKey
{
    /// <summary>Creates the facility or updates its settings.</summary>
    Task<FacilityView> ConfigureAsync(FacilitySettings settings);

    [ReadOnly]
    Task<FacilityView> GetAsync();
}
