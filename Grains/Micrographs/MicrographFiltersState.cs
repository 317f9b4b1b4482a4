namespace Platform.Grains.Micrographs;

/// <summary>Persistent state of a session's saved micrograph filters, in the order they were first saved.</summary>
public sealed class MicrographFiltersState
{
    public List<MicrographFilter> Filters { get; set; } = [];
}
