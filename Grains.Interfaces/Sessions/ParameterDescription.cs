using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>What one setup parameter means, in which unit, its default and its rule — shown to users beside the field.</summary>
[Immutable]
public sealed record ParameterDescription(string Name, string Meaning, string Unit, string Default, string Rule);
