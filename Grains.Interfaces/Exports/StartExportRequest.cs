using Platform.Runtime;

namespace Platform.Grains.Exports;

/// <summary>Starts a STAR export of a session's selected micrographs, on behalf of <see cref="RequestedByUserId"/>.</summary>
[Immutable]
public sealed record StartExportRequest(string SessionId, ExportSelection Selection, string RequestedByUserId);
