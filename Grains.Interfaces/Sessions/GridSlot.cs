using Platform.Runtime;

namespace Platform.Grains.Sessions;

/// <summary>An autoloader position of a session and the grid loaded there (details in the Grid grain).</summary>
[Immutable]
public sealed record GridSlot(int Position, string Name, string GridKey);
