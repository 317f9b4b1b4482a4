namespace Platform.Runtime;

/// <summary>Marker for a grain interface: a virtual actor addressed by identity, activated on first call.</summary>
public interface IGrain;
