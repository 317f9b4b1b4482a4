using Platform.Runtime;

namespace Platform.Grains.Micrographs;

/// <summary>Results for one micrograph of a session from one source (the agent, or an external pipeline such as RELION).</summary>
[Immutable]
public sealed record RecordMicrographRequest(string SessionId, string FacilityId, string Source, MicrographResult Result);
