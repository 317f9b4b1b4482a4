using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>The user-editable part of a session: what "copy settings" copies and "edit setup" changes.</summary>
[Immutable]
public sealed record SessionSetup(
    string Name,
    string GroupId,
    string DetectorId,
    CollectionParameters Collection,
    ProcessingParameters Processing);
