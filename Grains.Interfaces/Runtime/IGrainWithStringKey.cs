namespace Platform.Runtime;

/// <summary>Marker for grains addressed by a string key (facility ids, <c>session/position</c> keys).</summary>
public interface IGrainWithStringKey : IGrain;
